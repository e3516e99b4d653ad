/**
 * Closed vocabularies used by the record schemas. Each is a readonly tuple so that users can
 * spread it into their own `z.enum([...])` when they add members of their own.
 *
 * @module
 */

/**
 * How precisely a {@link FuzzyDate} is known.
 *
 * @example
 * ```ts
 * DATE_PRECISIONS; // => ['day', 'week', 'month', 'year', 'range']
 * ```
 */
export const DATE_PRECISIONS = /* @__PURE__ */ Object.freeze(['day', 'week', 'month', 'year', 'range'] as const);

/**
 * How a {@link Quantity}'s value relates to the true figure.
 *
 * @example
 * ```ts
 * QUANTITY_QUALIFIERS.includes('at-least'); // => true
 * ```
 */
export const QUANTITY_QUALIFIERS = /* @__PURE__ */ Object.freeze(['exact', 'about', 'at-least', 'at-most', 'estimate'] as const);

/**
 * What a claim's position asserts about its topic: a `trend` (rising, falling), a `capability`
 * (able to act), `control` (held in check), or `presence` (operating, tolerated).
 *
 * @example
 * ```ts
 * SCOPE_ASPECTS.includes('capability'); // => true
 * ```
 */
export const SCOPE_ASPECTS = ['trend', 'capability', 'control', 'presence'] as const;

/**
 * Kinds of actor. `state-group` is an informal group of states that a source treats as one
 * voice ("the Central Asian states"); `de-facto-authority` governs without recognition.
 *
 * @example
 * ```ts
 * ACTOR_KINDS[0]; // => 'state'
 * ```
 */
export const ACTOR_KINDS = /* @__PURE__ */ Object.freeze([
  'state',
  'person',
  'armed-group',
  'government-body',
  'security-force',
  'intergovernmental',
  'media',
  'de-facto-authority',
  'state-group',
] as const);

/**
 * Where an actor's alias comes from: `source` when a cited source spells the actor this way,
 * `common` for a widely used alternative name that readers search for but no source here uses.
 *
 * @example
 * ```ts
 * ALIAS_ORIGINS; // => ['source', 'common']
 * ```
 */
export const ALIAS_ORIGINS = /* @__PURE__ */ Object.freeze(['source', 'common'] as const);

/**
 * Kinds of place.
 *
 * @example
 * ```ts
 * PLACE_KINDS.includes('border'); // => true
 * ```
 */
export const PLACE_KINDS = /* @__PURE__ */ Object.freeze(['region', 'country', 'province', 'city', 'border', 'infrastructure'] as const);

/**
 * Types of incident: the events a source reports.
 *
 * @example
 * ```ts
 * INCIDENT_TYPES.includes('seizure'); // => true
 * ```
 */
export const INCIDENT_TYPES = /* @__PURE__ */ Object.freeze([
  'meeting',
  'incursion',
  'clash',
  'attack',
  'seizure',
  'report-release',
  'statement',
  'policy-announcement',
  'military-withdrawal',
  'intelligence-sharing',
  'construction',
] as const);

/**
 * Roles an actor plays in an incident.
 *
 * @example
 * ```ts
 * INCIDENT_ROLES.includes('perpetrator'); // => true
 * ```
 */
export const INCIDENT_ROLES = /* @__PURE__ */ Object.freeze([
  'host',
  'participant',
  'speaker',
  'perpetrator',
  'target',
  'responder',
  'author',
  'publisher',
  'subject',
  'announcer',
  'supplier',
  'recipient',
  'builder',
] as const);

/**
 * Types of relation between two actors. Symmetric types (see {@link SYMMETRIC_RELATION_TYPES})
 * read the same in both directions.
 *
 * @example
 * ```ts
 * RELATION_TYPES.includes('member-of'); // => true
 * ```
 */
export const RELATION_TYPES = /* @__PURE__ */ Object.freeze([
  'member-of',
  'part-of',
  'leader-of',
  'allied-with',
  'ties-with',
  'diplomatic-ties',
  'shares-intelligence-with',
  'bans',
  'hostile-to',
  'shares-border-with',
  'concerned-about',
  'controls',
] as const);

/**
 * Relation types whose direction carries no meaning.
 *
 * @example
 * ```ts
 * SYMMETRIC_RELATION_TYPES.includes('shares-border-with'); // => true
 * ```
 */
export const SYMMETRIC_RELATION_TYPES = /* @__PURE__ */ Object.freeze(['allied-with', 'ties-with', 'diplomatic-ties', 'shares-border-with'] as const);

/**
 * A claim's stance on the proposition it takes a position on.
 *
 * @example
 * ```ts
 * STANCES; // => ['affirms', 'denies']
 * ```
 */
export const STANCES = /* @__PURE__ */ Object.freeze(['affirms', 'denies'] as const);

/**
 * Lifecycle of a record: withdrawn records stay as tombstones so ids are never lost.
 *
 * @example
 * ```ts
 * RECORD_STATUSES; // => ['active', 'withdrawn']
 * ```
 */
export const RECORD_STATUSES = /* @__PURE__ */ Object.freeze(['active', 'withdrawn'] as const);

/**
 * The record kinds a dataset holds, in the order the dataset lists them.
 *
 * @example
 * ```ts
 * RECORD_KINDS.length; // => 8
 * ```
 */
export const RECORD_KINDS = /* @__PURE__ */ Object.freeze([
  'source',
  'actor',
  'place',
  'incident',
  'indicator',
  'observation',
  'claim',
  'relation',
] as const);

/**
 * How precisely a date is known: one of {@link DATE_PRECISIONS}.
 *
 * @example
 * ```ts
 * const p: DatePrecision = 'month';
 * DATE_PRECISIONS.includes(p); // => true
 * ```
 */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * How a quantity's value relates to the true figure: one of {@link QUANTITY_QUALIFIERS}.
 *
 * @example
 * ```ts
 * getObservation('sco-high-profile-terror-attacks-3y')?.value.qualifier; // => 'at-least'
 * ```
 */
export type QuantityQualifier = (typeof QUANTITY_QUALIFIERS)[number];

/**
 * A kind of actor: one of {@link ACTOR_KINDS}.
 *
 * @example
 * ```ts
 * const kind: ActorKind | undefined = getActor('iskp')?.kind; // => 'armed-group'
 * ```
 */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * Where an actor's alias comes from: one of {@link ALIAS_ORIGINS}.
 *
 * @example
 * ```ts
 * getActor('iskp')?.aliases.find((a) => a.name === 'ISIS-K')?.origin; // => 'common'
 * ```
 */
export type AliasOrigin = (typeof ALIAS_ORIGINS)[number];

/**
 * A kind of place: one of {@link PLACE_KINDS}.
 *
 * @example
 * ```ts
 * const kind: PlaceKind | undefined = getPlace('dushanbe')?.kind; // => 'city'
 * ```
 */
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * A type of incident: one of {@link INCIDENT_TYPES}.
 *
 * @example
 * ```ts
 * const type: IncidentType | undefined = getIncident('badakhshan-border-incursion-2023-09')?.type; // => 'clash'
 * ```
 */
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/**
 * An actor's role in an incident: one of {@link INCIDENT_ROLES}.
 *
 * @example
 * ```ts
 * const role: IncidentRole = 'perpetrator';
 * INCIDENT_ROLES.includes(role); // => true
 * ```
 */
export type IncidentRole = (typeof INCIDENT_ROLES)[number];

/**
 * A type of relation between two actors: one of {@link RELATION_TYPES}.
 *
 * @example
 * ```ts
 * const type: RelationType | undefined = getRelation('tajikistan-bans-jamaat-ansarullah')?.type; // => 'bans'
 * ```
 */
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * A claim's stance on its proposition: one of {@link STANCES}.
 *
 * @example
 * ```ts
 * getClaim('taliban-contained-iskp')?.position?.stance; // => 'denies'
 * ```
 */
export type Stance = (typeof STANCES)[number];

/**
 * A record's lifecycle status (absent means active): one of {@link RECORD_STATUSES}.
 *
 * @example
 * ```ts
 * const status: RecordStatus = 'withdrawn';
 * RECORD_STATUSES.includes(status); // => true
 * ```
 */
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/**
 * A record kind: one of {@link RECORD_KINDS}.
 *
 * @example
 * ```ts
 * const kind: RecordKind | undefined = getRecord('dushanbe')?.kind; // => 'place'
 * ```
 */
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * Units a Quantity may be in: masses, shares and the things the sources count. Add your own
 * with `defineSchemas({ units: [...] })`. Ambiguous spellings (`ton`, `tons`) and plurals are
 * not units: write `tonne`, `person`.
 *
 * @example
 * ```ts
 * UNITS.includes('tonne'); // => true
 * UNITS.includes('tons'); // => false
 * ```
 */
export const UNITS = ['tonne', 'kilogram', 'gram', 'percent', 'percentage-point', 'ratio', 'person', 'attack', 'attempt', 'incident'] as const;

/**
 * A unit of the bundled vocabulary: one of {@link UNITS}.
 *
 * @example
 * ```ts
 * const unit: Unit = 'person';
 * UNITS.includes(unit); // => true
 * ```
 */
export type Unit = (typeof UNITS)[number];

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
export const SCOPE_ASPECTS = /* @__PURE__ */ Object.freeze(['trend', 'capability', 'control', 'presence'] as const);

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
export const PLACE_KINDS = /* @__PURE__ */ Object.freeze(['region', 'country', 'province', 'district', 'city', 'village', 'border', 'infrastructure'] as const);

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
 * What a source is. `secondary` is commentary or an article written from other reports (the
 * KabulNow article); the others count as primary: a body's own statement, a news or wire
 * report that carries one, an agency's report, an intergovernmental body's report.
 *
 * @example
 * ```ts
 * SOURCE_KINDS[0]; // => 'secondary'
 * ```
 */
export const SOURCE_KINDS = /* @__PURE__ */ Object.freeze([
  'secondary',
  'official-statement',
  'news-report',
  'agency-report',
  'intergovernmental-report',
] as const);

/**
 * How the copy of a source that was read reached us: on its `original` publisher's site, on a
 * `relay` (another outlet or aggregator republishing it), or on a `mirror` (an unrelated site
 * holding a copy). A relay or mirror is weaker evidence of the original's wording.
 *
 * @example
 * ```ts
 * SOURCE_COPIES; // => ['original', 'relay', 'mirror']
 * ```
 */
export const SOURCE_COPIES = /* @__PURE__ */ Object.freeze(['original', 'relay', 'mirror'] as const);

/**
 * What primary sources say about a record's field, as a {@link Check} records it:
 * `confirms` (they support the reported value), `refines` (they give a narrower date, place or
 * figure inside what was reported), `contradicts` (they support a different value),
 * `unverified` (nothing found; the check says what was looked for).
 *
 * @example
 * ```ts
 * CHECK_VERDICTS.includes('refines'); // => true
 * ```
 */
export const CHECK_VERDICTS = /* @__PURE__ */ Object.freeze(['confirms', 'refines', 'contradicts', 'unverified'] as const);

/**
 * The aspect of a record a {@link Check} is about. Each aspect takes values of certain kinds
 * only: see {@link ASPECT_VALUE_KINDS}.
 *
 * @example
 * ```ts
 * CHECK_ASPECTS.includes('figure'); // => true
 * ```
 */
export const CHECK_ASPECTS = /* @__PURE__ */ Object.freeze(['date', 'place', 'figure', 'attribution', 'wording', 'identity', 'participants'] as const);

/**
 * The kinds of value a check's `value` may hold: a FuzzyDate, a Quantity, the id of a record,
 * or a text in our own words.
 *
 * @example
 * ```ts
 * CHECK_VALUE_KINDS; // => ['date', 'quantity', 'record', 'text']
 * ```
 */
export const CHECK_VALUE_KINDS = /* @__PURE__ */ Object.freeze(['date', 'quantity', 'record', 'text'] as const);

/**
 * Which value kinds each aspect accepts: a date check supports a date, a figure check a
 * quantity, a place check a place record (or a text where no record fits), and so on.
 *
 * @example
 * ```ts
 * ASPECT_VALUE_KINDS.date; // => ['date']
 * ASPECT_VALUE_KINDS.place; // => ['record', 'text']
 * ```
 */
export const ASPECT_VALUE_KINDS = /* @__PURE__ */ Object.freeze({
  date: Object.freeze(['date'] as const),
  place: Object.freeze(['record', 'text'] as const),
  figure: Object.freeze(['quantity'] as const),
  attribution: Object.freeze(['record', 'text'] as const),
  wording: Object.freeze(['text'] as const),
  identity: Object.freeze(['record', 'text'] as const),
  participants: Object.freeze(['record', 'text'] as const),
} as const satisfies Record<(typeof CHECK_ASPECTS)[number], readonly (typeof CHECK_VALUE_KINDS)[number][]>);

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
 * Units a Quantity may be in: masses, shares and the things the sources count. Add your own
 * with `defineSchemas({ units: [...] })`. Ambiguous spellings (`ton`, `tons`) and plurals are
 * not units: write `tonne`, `person`.
 *
 * @example
 * ```ts
 * UNITS.includes('tonne'); // => true
 * // A tuple's includes() takes only its members; widen it to ask about any string.
 * (UNITS as readonly string[]).includes('tons'); // => false
 * ```
 */
export const UNITS = /* @__PURE__ */ Object.freeze([
  'tonne',
  'kilogram',
  'gram',
  'percent',
  'percentage-point',
  'ratio',
  'person',
  'attack',
  'attempt',
  'incident',
] as const);

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

/**
 * What a source is: one of {@link SOURCE_KINDS}.
 *
 * @example
 * ```ts
 * const kind: SourceKind = 'news-report';
 * SOURCE_KINDS.includes(kind); // => true
 * ```
 */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * How the copy read reached us: one of {@link SOURCE_COPIES}.
 *
 * @example
 * ```ts
 * const copy: SourceCopy = 'relay';
 * SOURCE_COPIES.includes(copy); // => true
 * ```
 */
export type SourceCopy = (typeof SOURCE_COPIES)[number];

/**
 * A check's verdict: one of {@link CHECK_VERDICTS}.
 *
 * @example
 * ```ts
 * const verdict: CheckVerdict = 'contradicts';
 * CHECK_VERDICTS.includes(verdict); // => true
 * ```
 */
export type CheckVerdict = (typeof CHECK_VERDICTS)[number];

/**
 * The aspect a check is about: one of {@link CHECK_ASPECTS}.
 *
 * @example
 * ```ts
 * const aspect: CheckAspect = 'date';
 * ASPECT_VALUE_KINDS[aspect]; // => ['date']
 * ```
 */
export type CheckAspect = (typeof CHECK_ASPECTS)[number];

/**
 * The kind of a check's value: one of {@link CHECK_VALUE_KINDS}.
 *
 * @example
 * ```ts
 * const kind: CheckValueKind = 'quantity';
 * CHECK_VALUE_KINDS.includes(kind); // => true
 * ```
 */
export type CheckValueKind = (typeof CHECK_VALUE_KINDS)[number];

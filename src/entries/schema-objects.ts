/**
 * The schemas as objects, built when this module is imported: what `central-asia-security/schema`
 * exports. Each is the result of its factory in src/schema/ (the same object the factory returns
 * to `createDataset`), kept out of the schema layer so that the main entry, which reaches only the
 * factories, builds none of them at import.
 *
 * @module
 */
import {
  actorBaseSchema,
  actorSchema,
  aliasSchema,
  bboxSchema,
  checkBaseSchema,
  checkSchema,
  checkValueBaseSchema,
  checkValueSchema,
  citationBaseSchema,
  citationSchema,
  claimBaseSchema,
  claimChannelSchema,
  claimSchema,
  comparisonSchema,
  countSchema,
  countryCodeSchema,
  datasetSchema,
  derivationSchema,
  externalIdSchema,
  fuzzyDateBaseSchema,
  fuzzyDateSchema,
  geoProvenanceSchema,
  idSchema,
  incidentActorSchema,
  incidentBaseSchema,
  incidentSchema,
  indicatorBaseSchema,
  indicatorSchema,
  inferenceSchema,
  isoDateSchema,
  latitudeSchema,
  lonLatSchema,
  longitudeSchema,
  observationBaseSchema,
  observationSchema,
  placeBaseSchema,
  placeGeoBaseSchema,
  placeSchema,
  positionSchema,
  positionScopeSchema,
  quantityBaseSchema,
  quantitySchema,
  recordBaseSchema,
  recordSchemas,
  relationBaseSchema,
  relationSchema,
  sourceBaseSchema,
  sourceSchema,
  withdrawalSchema,
  type DatasetSchemaOf,
} from '../schema/index.js';

// id.ts

/**
 * A stable kebab-case record id. Ids are never reused or renamed; a withdrawn record stays as a
 * tombstone so that references keep resolving.
 *
 * @example
 * ```ts
 * IdSchema.parse('tajikistan'); // => 'tajikistan'
 * IdSchema.safeParse('Tajikistan').success; // => false
 * ```
 */
export const IdSchema = /* @__PURE__ */ idSchema();

/**
 * An ISO 3166-1 alpha-2 country code: two uppercase letters that are one of the officially
 * assigned codes in {@link COUNTRY_CODES}.
 *
 * @example
 * ```ts
 * CountryCodeSchema.parse('TJ'); // => 'TJ'
 * CountryCodeSchema.safeParse('tj').success; // => false
 * CountryCodeSchema.safeParse('XX').success; // => false
 * ```
 */
export const CountryCodeSchema = /* @__PURE__ */ countryCodeSchema();

// fuzzy-date.ts

/**
 * An ISO calendar date `YYYY-MM-DD` that exists on the calendar (so `2023-02-30` is refused).
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2023-09-14'); // => '2023-09-14'
 * IsoDateSchema.safeParse('2023-02-30').success; // => false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ isoDateSchema();

/**
 * Refinement-free shape of a {@link FuzzyDate}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * Object.keys(FuzzyDateBaseSchema.extend({ calendar: z.literal('gregorian') }).shape);
 * // => ['start', 'end', 'precision', 'text', 'edtf', 'calendar']
 * ```
 */
export const FuzzyDateBaseSchema = /* @__PURE__ */ fuzzyDateBaseSchema();

/**
 * A date known only to lie within an inclusive interval, with the precision the source gives.
 * Refined: `start` must not be after `end`, and the interval must fit its precision.
 *
 * @example
 * ```ts
 * FuzzyDateSchema.parse({ start: '2023-09-01', end: '2023-09-30', precision: 'month' });
 * // => { start: '2023-09-01', end: '2023-09-30', precision: 'month' }
 * FuzzyDateSchema.safeParse({ start: '2023-09-20', end: '2023-09-01', precision: 'range' }).success;
 * // => false
 * ```
 */
export const FuzzyDateSchema = /* @__PURE__ */ fuzzyDateSchema();

// quantity.ts

/**
 * Refinement-free shape of a {@link Quantity}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * QuantityBaseSchema.shape.qualifier.options; // => ['exact', 'about', 'at-least', 'at-most', 'estimate']
 * ```
 */
export const QuantityBaseSchema = /* @__PURE__ */ quantityBaseSchema();

/**
 * A figure with its unit and how certain it is. Refined: `low ≤ value ≤ high` where given.
 *
 * @example
 * ```ts
 * QuantitySchema.parse({ value: 80, unit: 'attack', qualifier: 'at-least' });
 * // => { value: 80, unit: 'attack', qualifier: 'at-least' }
 * QuantitySchema.safeParse({ value: 5, unit: 'tonne', qualifier: 'about', low: 6 }).success; // => false
 * ```
 */
export const QuantitySchema = /* @__PURE__ */ quantitySchema();

/**
 * A count (deaths, people, attacks): a Quantity whose value and bounds are whole numbers, never
 * negative.
 *
 * @example
 * ```ts
 * CountSchema.safeParse({ value: 3, unit: 'person', qualifier: 'exact' }).success; // => true
 * CountSchema.safeParse({ value: -1, unit: 'person', qualifier: 'exact' }).success; // => false
 * CountSchema.safeParse({ value: 2.5, unit: 'person', qualifier: 'exact' }).success; // => false
 * ```
 */
export const CountSchema = /* @__PURE__ */ countSchema();

// citation.ts

/**
 * Refinement-free citation schema; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * Object.keys(CitationBaseSchema.extend({ page: z.number() }).shape);
 * // => ['source', 'quote', 'paragraph', 'summary', 'locator', 'page']
 * ```
 */
export const CitationBaseSchema = /* @__PURE__ */ citationBaseSchema();

/**
 * A citation of a source that supports a record: either a verbatim `quote` (only of a source
 * with `textHeld`), or a `summary` in our own words with a `locator`, never both.
 *
 * @example
 * ```ts
 * CitationSchema.parse({ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'at least 80' });
 * // => { source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'at least 80' }
 * CitationSchema.safeParse({ source: 'kazinform-2023-09-08-sco-attacks', quote: 'x', summary: 'y' }).success; // => false
 * ```
 */
export const CitationSchema = /* @__PURE__ */ citationSchema();

// record-base.ts

/**
 * A value we inferred rather than read, with the reasoning that supports it.
 *
 * @example
 * ```ts
 * InferenceSchema.parse({ field: 'period', reasoning: 'compared with 2021, so after 2021' });
 * // => { field: 'period', reasoning: 'compared with 2021, so after 2021' }
 * ```
 */
export const InferenceSchema = /* @__PURE__ */ inferenceSchema();

/**
 * An identifier of the record in an external scheme, with the scheme's name.
 *
 * @example
 * ```ts
 * ExternalIdSchema.parse({ scheme: 'iso-3166-1-alpha-3', value: 'TJK' });
 * // => { scheme: 'iso-3166-1-alpha-3', value: 'TJK' }
 * ```
 */
export const ExternalIdSchema = /* @__PURE__ */ externalIdSchema();

/**
 * Why a record was withdrawn and what replaces it.
 *
 * @example
 * ```ts
 * WithdrawalSchema.parse({ reason: 'duplicate of tajikistan', successor: 'tajikistan' });
 * // => { reason: 'duplicate of tajikistan', successor: 'tajikistan' }
 * ```
 */
export const WithdrawalSchema = /* @__PURE__ */ withdrawalSchema();

/**
 * Fields every sourced record shares: id, citations and provenance. Spread its `shape` into a
 * record schema.
 *
 * @example
 * ```ts
 * Object.keys(RecordBaseSchema.shape);
 * // => ['id', 'citations', 'inferred', 'notes', 'status', 'withdrawal']
 * ```
 */
export const RecordBaseSchema = /* @__PURE__ */ recordBaseSchema();

// source.ts

/**
 * Refinement-free shape of a {@link Source}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MySource = SourceBaseSchema.extend({ paywalled: z.boolean() });
 * Object.keys(MySource.shape).includes('paywalled'); // => true
 * ```
 */
export const SourceBaseSchema = /* @__PURE__ */ sourceBaseSchema();

/**
 * A publication that records cite.
 *
 * @example
 * ```ts
 * SourceSchema.parse({
 *   id: 'kabulnow-2023-09-central-asia-terrorism-concerns',
 *   title: 'Central Asia Voice Terrorism Concerns as US Projects Confidence in Taliban',
 *   publisher: 'KabulNow',
 *   url: 'https://kabulnow.com/2023/09/central-asia-voice-terrorism-concerns-as-us-projects-confidence-in-taliban/',
 *   published: { start: '2023-09-14', end: '2023-09-20', precision: 'range' },
 * }).publisher; // => 'KabulNow'
 * ```
 */
export const SourceSchema = /* @__PURE__ */ sourceSchema();

// actor.ts

/**
 * Another name for an actor, and whether a source spells it so.
 *
 * @example
 * ```ts
 * AliasSchema.parse({ name: 'ISIS-K', origin: 'common' }); // => { name: 'ISIS-K', origin: 'common' }
 * ```
 */
export const AliasSchema = /* @__PURE__ */ aliasSchema();

/**
 * Refinement-free shape of an {@link Actor}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyActor = ActorBaseSchema.extend({ founded: z.number().int() });
 * Object.keys(MyActor.shape).includes('founded'); // => true
 * ```
 */
export const ActorBaseSchema = /* @__PURE__ */ actorBaseSchema();

/**
 * A state, person, group or body that sources name. Refined with the shared record rules.
 *
 * @example
 * ```ts
 * ActorSchema.parse({
 *   id: 'tajikistan', kind: 'state', name: 'Tajikistan', aliases: [], country: 'TJ',
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'Tajikistan' }],
 * }).name; // => 'Tajikistan'
 * ```
 */
export const ActorSchema = /* @__PURE__ */ actorSchema();

// geo.ts

/**
 * A longitude in degrees, −180…180 (WGS 84).
 *
 * @example
 * ```ts
 * LongitudeSchema.safeParse(191).success; // => false
 * ```
 */
export const LongitudeSchema = /* @__PURE__ */ longitudeSchema();

/**
 * A latitude in degrees, −90…90 (WGS 84).
 *
 * @example
 * ```ts
 * LatitudeSchema.safeParse(-91).success; // => false
 * ```
 */
export const LatitudeSchema = /* @__PURE__ */ latitudeSchema();

/**
 * A position `[longitude, latitude]` in WGS 84 degrees, in GeoJSON order.
 *
 * @example
 * ```ts
 * LonLatSchema.parse([68.779, 38.536]); // => [68.779, 38.536]
 * LonLatSchema.safeParse([38.536, 191]).success; // => false
 * ```
 */
export const LonLatSchema = /* @__PURE__ */ lonLatSchema();

/**
 * A bounding box `[west, south, east, north]` as in RFC 7946; `west > east` crosses the
 * antimeridian, `south > north` is an error.
 *
 * @example
 * ```ts
 * BBoxSchema.parse([70.27, 36.67, 75.17, 39.47]); // => [70.27, 36.67, 75.17, 39.47]
 * BBoxSchema.safeParse([70, 39, 75, 36]).success; // => false
 * ```
 */
export const BBoxSchema = /* @__PURE__ */ bboxSchema();

/**
 * Where a coordinate came from: how it was derived, from which named data set (with the
 * feature's id in it), and the gazetteer ids or source address that identify the place.
 *
 * @example
 * ```ts
 * GeoProvenanceSchema.parse({ derivation: 'gazetteer-point', dataset: 'GeoNames cities500', feature: '1221874' }).feature; // => '1221874'
 * ```
 */
export const GeoProvenanceSchema = /* @__PURE__ */ geoProvenanceSchema();

/**
 * Refinement-free shape of a place's geometry: a representative point, what it stands for,
 * optionally a bounding box and a simplified line, and the provenance of each. Extend this one.
 *
 * @example
 * ```ts
 * Object.keys(PlaceGeoBaseSchema.shape); // => ['point', 'precision', 'bbox', 'line', 'provenance', 'outlineProvenance']
 * ```
 */
export const PlaceGeoBaseSchema = /* @__PURE__ */ placeGeoBaseSchema();

// place.ts

/**
 * Refinement-free shape of a {@link Place}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyPlace = PlaceBaseSchema.extend({ lat: z.number(), lon: z.number() });
 * Object.keys(MyPlace.shape).includes('lat'); // => true
 * ```
 */
export const PlaceBaseSchema = /* @__PURE__ */ placeBaseSchema();

/**
 * A country, province, city, border or infrastructure project. Refined with the shared record
 * rules and the geometry rules (decimals per precision, point inside its bbox).
 *
 * @example
 * ```ts
 * PlaceSchema.parse({
 *   id: 'dushanbe', kind: 'city', name: 'Dushanbe', country: 'TJ',
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'in Dushanbe, the capital of Tajikistan' }],
 * }).kind; // => 'city'
 * ```
 */
export const PlaceSchema = /* @__PURE__ */ placeSchema();

// incident.ts

/**
 * An actor's part in an incident.
 *
 * @example
 * ```ts
 * IncidentActorSchema.parse({ actor: 'jamaat-ansarullah', role: 'perpetrator' });
 * // => { actor: 'jamaat-ansarullah', role: 'perpetrator' }
 * ```
 */
export const IncidentActorSchema = /* @__PURE__ */ incidentActorSchema();

/**
 * Refinement-free shape of an {@link Incident}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyIncident = IncidentBaseSchema.extend({ severity: z.number().int().min(1).max(5) });
 * Object.keys(MyIncident.shape).includes('severity'); // => true
 * ```
 */
export const IncidentBaseSchema = /* @__PURE__ */ incidentBaseSchema();

/**
 * An event a source reports. Refined with the shared record rules.
 *
 * @example
 * ```ts
 * IncidentSchema.parse({
 *   id: 'example-meeting', type: 'meeting', title: 'A meeting', actors: [],
 *   date: { start: '2023-09-14', end: '2023-09-14', precision: 'day' },
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'held on Thursday, September 14' }],
 * }).type; // => 'meeting'
 * ```
 */
export const IncidentSchema = /* @__PURE__ */ incidentSchema();

// indicator.ts

/**
 * Refinement-free shape of an {@link Indicator}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyIndicator = IndicatorBaseSchema.extend({ methodology: z.url() });
 * Object.keys(MyIndicator.shape).includes('methodology'); // => true
 * ```
 */
export const IndicatorBaseSchema = /* @__PURE__ */ indicatorBaseSchema();

/**
 * What is measured. Refined with the shared record rules.
 *
 * @example
 * ```ts
 * IndicatorSchema.parse({
 *   id: 'opium-supply', name: 'Opium supplied', unit: 'tonne', description: 'Opium supplied in a year.',
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'supplied 6,200 tons of opium' }],
 * }).unit; // => 'tonne'
 * ```
 */
export const IndicatorSchema = /* @__PURE__ */ indicatorSchema();

// observation.ts

/**
 * A change the source states against an earlier period, e.g. "a 22% increase compared to 2021".
 *
 * @example
 * ```ts
 * ComparisonSchema.parse({
 *   baseline: { start: '2021-01-01', end: '2021-12-31', precision: 'year', text: '2021' },
 *   change: { value: 22, unit: 'percent', qualifier: 'exact' },
 * }).change.value; // => 22
 * ```
 */
export const ComparisonSchema = /* @__PURE__ */ comparisonSchema();

/**
 * Marks a value we computed rather than read, with the formula and its inputs.
 *
 * @example
 * ```ts
 * DerivationSchema.parse({ formula: 'value / (1 + 22 / 100)', inputs: ['tajik-narcotics-seizures'] }).formula;
 * // => 'value / (1 + 22 / 100)'
 * ```
 */
export const DerivationSchema = /* @__PURE__ */ derivationSchema();

/**
 * Refinement-free shape of an {@link Observation}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyObservation = ObservationBaseSchema.extend({ confidence: z.enum(['low', 'high']) });
 * Object.keys(MyObservation.shape).includes('confidence'); // => true
 * ```
 */
export const ObservationBaseSchema = /* @__PURE__ */ observationBaseSchema();

/**
 * A value of an indicator for a subject over a period. Refined with the shared record rules.
 *
 * @example
 * ```ts
 * ObservationSchema.parse({
 *   id: 'attacks', indicator: 'high-profile-terror-attacks', subject: 'sco-member-states',
 *   period: { start: '2020-09-04', end: '2023-09-17', precision: 'range', text: 'in the last three years' },
 *   value: { value: 80, unit: 'attack', qualifier: 'at-least' },
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'at least 80 high-profile terror attacks' }],
 * }).value.qualifier; // => 'at-least'
 * ```
 */
export const ObservationSchema = /* @__PURE__ */ observationSchema();

// claim.ts

/**
 * One link in the chain a claim reached the source through, e.g. "cited in a Tajik media".
 *
 * @example
 * ```ts
 * ClaimChannelSchema.parse({ description: 'cited in a Tajik media' });
 * // => { description: 'cited in a Tajik media' }
 * ```
 */
export const ClaimChannelSchema = /* @__PURE__ */ claimChannelSchema();

/**
 * What a position asserts, where and when. Two claims on opposite sides of a topic contradict
 * each other only where their scopes meet: same aspect, places and periods not disjoint.
 *
 * @example
 * ```ts
 * PositionScopeSchema.parse({ aspect: 'capability', text: 'in the foreseeable future' }).aspect;
 * // => 'capability'
 * ```
 */
export const PositionScopeSchema = /* @__PURE__ */ positionScopeSchema();

/**
 * The proposition a claim takes a side on. Claims sharing a `topic` with opposite stances
 * contradict each other.
 *
 * @example
 * ```ts
 * PositionSchema.parse({ topic: 'iskp-threat-rising', question: 'Is the ISKP threat rising?', stance: 'affirms' }).stance;
 * // => 'affirms'
 * ```
 */
export const PositionSchema = /* @__PURE__ */ positionSchema();

/**
 * Refinement-free shape of a {@link Claim}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyClaim = ClaimBaseSchema.extend({ verified: z.boolean() });
 * Object.keys(MyClaim.shape).includes('verified'); // => true
 * ```
 */
export const ClaimBaseSchema = /* @__PURE__ */ claimBaseSchema();

/**
 * Who asserted what about whom, when, and through whom it reached the source.
 *
 * @example
 * ```ts
 * ClaimSchema.parse({
 *   id: 'example-claim', claimant: 'taliban', about: ['iskp'],
 *   statement: 'The Taliban says it has contained the ISKP threat.',
 *   date: { start: '2023-09-14', end: '2023-09-20', precision: 'range' },
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'the Taliban says it has contained the ISKP threat' }],
 * }).claimant; // => 'taliban'
 * ```
 */
export const ClaimSchema = /* @__PURE__ */ claimSchema();

// relation.ts

/**
 * Refinement-free shape of a {@link Relation}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyRelation = RelationBaseSchema.extend({ strength: z.number().min(0).max(1) });
 * Object.keys(MyRelation.shape).includes('strength'); // => true
 * ```
 */
export const RelationBaseSchema = /* @__PURE__ */ relationBaseSchema();

/**
 * A typed edge between two actors. Refined with the shared record rules and `from ≠ to`.
 *
 * @example
 * ```ts
 * RelationSchema.parse({
 *   id: 'example-relation', type: 'shares-border-with', from: 'tajikistan', to: 'afghanistan',
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'along the border with Afghanistan' }],
 * }).type; // => 'shares-border-with'
 * ```
 */
export const RelationSchema = /* @__PURE__ */ relationSchema();

// check.ts

/**
 * Refinement-free shape of a {@link CheckValue}: one of its four fields.
 *
 * @example
 * ```ts
 * Object.keys(CheckValueBaseSchema.shape); // => ['date', 'quantity', 'record', 'text']
 * ```
 */
export const CheckValueBaseSchema = /* @__PURE__ */ checkValueBaseSchema();

/**
 * The value primary sources support, typed by kind: exactly one of `date`, `quantity`,
 * `record` and `text`.
 *
 * @example
 * ```ts
 * CheckValueSchema.parse({ record: 'astana' }); // => { record: 'astana' }
 * CheckValueSchema.safeParse({ record: 'astana', text: 'Astana' }).success; // => false
 * ```
 */
export const CheckValueSchema = /* @__PURE__ */ checkValueSchema();

/**
 * Refinement-free shape of a {@link Check}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyCheck = CheckBaseSchema.extend({ reviewer: z.string() });
 * Object.keys(MyCheck.shape).includes('reviewer'); // => true
 * ```
 */
export const CheckBaseSchema = /* @__PURE__ */ checkBaseSchema();

/**
 * What primary sources say about one field of one record: the verdict, the sources (its
 * citations, each a summary with a locator) and the value they support. The statement model
 * of OpenSanctions' FollowTheMoney keeps one value per entity, property and source; a check
 * does the same for our records, so that `statementsOf(id, field)` lists which sources support
 * which value. Refined: a verdict that changes the value (`refines`, `contradicts`) carries
 * one; `unverified` carries none and says what was `sought`; the value's kind fits the aspect.
 * `createDataset` further checks that the record and the value's record exist, that a refined
 * date lies inside the reported one, and that a contradicting date does not.
 *
 * @example
 * ```ts
 * CheckSchema.parse({
 *   id: 'example-check', about: 'sco-rats-council-2023-09', field: 'date', aspect: 'date', verdict: 'refines',
 *   value: { date: { start: '2023-09-08', end: '2023-09-08', precision: 'day' } },
 *   summary: 'The council met on Friday 8 September 2023.',
 *   citations: [{ source: 'kazinform-2023-09-08-sco-attacks', summary: 'Dated 8 September 2023.', locator: 'dateline' }],
 * }).verdict; // => 'refines'
 * ```
 */
export const CheckSchema = /* @__PURE__ */ checkSchema();

// record-schemas.ts

/**
 * Our refined schema of each record kind, by kind.
 *
 * @example
 * ```ts
 * RECORD_SCHEMAS.incident === IncidentSchema; // => true
 * ```
 */
export const RECORD_SCHEMAS = /* @__PURE__ */ recordSchemas();

// dataset-schema.ts

/**
 * The shape of a whole dataset: one array per record kind, each optional on input.
 * Cross-record rules (unique ids, references, quotes) are checked by `createDataset`, not here.
 *
 * @example
 * ```ts
 * DatasetSchema.parse({ actors: [] }); // => { actors: [] }
 * ```
 */
export const DatasetSchema: DatasetSchemaOf<typeof RECORD_SCHEMAS> = /* @__PURE__ */ datasetSchema();

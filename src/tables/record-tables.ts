import type { Actor, Check, Claim, Incident, Indicator, Observation, Place, RecordKind, Relation, Source } from '../schema/index.js';
import { baseColumns, column, dateColumns, geoColumns, placeGeo, quantityColumns, successorKey } from './columns.js';
import { lineToWkt } from './wkt.js';
import type { TableDefinition } from './table-spec.js';

const id = <T extends { id: string }>(what: string) => column<T>('id', 'string', `Stable kebab-case id of the ${what}.`, (x) => x.id, true);

/**
 * Definition of the `sources` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'sources').primaryKey; // => ['id']
 * ```
 */
export const sourcesTable: TableDefinition<Source> = {
  name: 'sources',
  description: 'One row per source publication. The full text is not shipped; quotes are in citations.',
  primaryKey: ['id'],
  foreignKeys: [],
  items: ({ input }) => input.sources,
  columns: [
    id('source'),
    column('title', 'string', 'Title.', (x) => x.title, true),
    column('publisher', 'string', 'Publisher.', (x) => x.publisher, true),
    column('url', 'string', 'Address of the publication.', (x) => x.url, true),
    ...dateColumns<Source>('published', 'the publication date', (x) => x.published, true),
    column('author', 'string', 'Author, when printed.', (x) => x.author),
    column('language', 'string', 'BCP 47 language tag.', (x) => x.language),
    column('text_notes', 'string', 'How the source text was obtained and anything odd about it.', (x) => x.textNotes),
    column('kind', 'string', 'secondary, or a primary kind: official-statement, news-report, agency-report, intergovernmental-report.', (x) => x.kind),
    column('copy', 'string', 'original, relay or mirror: how the copy read reached us (empty: the publisher’s own site).', (x) => x.copy),
    column('host', 'string', 'The site a relay or mirror copy was read on.', (x) => x.host),
    column('accessed', 'date', 'The day the source was read.', (x) => x.accessed),
    column('text_held', 'boolean', 'true when the repository may hold the full text, so citations may quote it.', (x) => x.textHeld === true, true),
  ],
};

/**
 * Definition of the `actors` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'actors').primaryKey; // => ['id']
 * ```
 */
export const actorsTable: TableDefinition<Actor> = {
  name: 'actors',
  description:
    'One row per actor: state, person, armed group, government or security body, intergovernmental body, media outlet or de-facto authority. Aliases are in the aliases table.',
  primaryKey: ['id'],
  foreignKeys: [{ column: 'member_of', table: 'actors', references: 'id' }, successorKey('actors')],
  items: ({ input }) => input.actors,
  columns: [
    id('actor'),
    column('kind', 'string', 'Kind of actor.', (x) => x.kind, true),
    column('name', 'string', 'Most common English name.', (x) => x.name, true),
    column('country', 'string', 'ISO 3166-1 alpha-2 code of the country the actor is or belongs to.', (x) => x.country),
    column('member_of', 'string', 'Id of the actor this one belongs to.', (x) => x.memberOf),
    ...baseColumns<Actor>(),
  ],
};

/**
 * Definition of the `places` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'places').primaryKey; // => ['id']
 * ```
 */
export const placesTable: TableDefinition<Place> = {
  name: 'places',
  description: 'One row per place: country, province, city, border or infrastructure project.',
  primaryKey: ['id'],
  foreignKeys: [{ column: 'parent', table: 'places', references: 'id' }, successorKey('places')],
  items: ({ input }) => input.places,
  columns: [
    id('place'),
    column('kind', 'string', 'Kind of place.', (x) => x.kind, true),
    column('name', 'string', 'Name.', (x) => x.name, true),
    column('country', 'string', 'ISO 3166-1 alpha-2 code of the country the place lies in.', (x) => x.country),
    column('parent', 'string', 'Id of the enclosing place.', (x) => x.parent),
    ...geoColumns<Place>((x) => x.geo),
    column(
      'geo_derivation',
      'string',
      'How the point was obtained: gazetteer-point, boundary-centroid, label-point, line-midpoint, …',
      (x) => x.geo?.provenance.derivation,
    ),
    column('geo_dataset', 'string', 'The named data set the point was taken or computed from.', (x) => x.geo?.provenance.dataset),
    column(
      'geo_feature',
      'string',
      "The feature's id in that data set (a GeoNames id, an ISO 3166 numeric code, a Natural Earth adm1_code).",
      (x) => x.geo?.provenance.feature,
    ),
    column('geo_url', 'string', 'Address of the page that gives or locates the point.', (x) => x.geo?.provenance.url),
    column('bbox_west', 'number', 'West edge of the place’s extent, degrees.', (x) => x.geo?.bbox?.[0]),
    column('bbox_south', 'number', 'South edge of the place’s extent, degrees.', (x) => x.geo?.bbox?.[1]),
    column('bbox_east', 'number', 'East edge of the place’s extent, degrees.', (x) => x.geo?.bbox?.[2]),
    column('bbox_north', 'number', 'North edge of the place’s extent, degrees.', (x) => x.geo?.bbox?.[3]),
    column('geo_line_wkt', 'string', 'The simplified line of a border or route as WKT (LINESTRING (lon lat, …)), which GIS tools and shapely read.', (x) =>
      lineToWkt(x.geo?.line),
    ),
    column(
      'outline_derivation',
      'string',
      'How the bbox and line were obtained, when not from the same data set as the point.',
      (x) => x.geo?.outlineProvenance?.derivation,
    ),
    column('outline_dataset', 'string', 'The data set the bbox and line come from.', (x) => x.geo?.outlineProvenance?.dataset),
    column('outline_feature', 'string', "The outline's feature id in that data set.", (x) => x.geo?.outlineProvenance?.feature),
    column('outline_url', 'string', 'Address of the page the outline comes from.', (x) => x.geo?.outlineProvenance?.url),
    ...baseColumns<Place>(),
  ],
};

/**
 * Definition of the `incidents` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'incidents').primaryKey; // => ['id']
 * ```
 */
export const incidentsTable: TableDefinition<Incident> = {
  name: 'incidents',
  description: 'One row per incident the sources report. Its actors and their roles are in incident-actors.',
  primaryKey: ['id'],
  foreignKeys: [{ column: 'place', table: 'places', references: 'id' }, successorKey('incidents')],
  items: ({ input }) => input.incidents,
  columns: [
    id('incident'),
    column('type', 'string', 'Type of incident.', (x) => x.type, true),
    column('title', 'string', 'Title.', (x) => x.title, true),
    ...dateColumns<Incident>('date', 'the incident', (x) => x.date, true),
    column('place', 'string', 'Id of the place.', (x) => x.place),
    ...geoColumns<Incident>((x, context) => placeGeo(context, x.place)),
    ...quantityColumns<Incident>('fatalities', 'Deaths stated; empty when the source states none', (x) => x.fatalities),
    column('description', 'string', 'Description.', (x) => x.description),
    ...baseColumns<Incident>(),
  ],
};

/**
 * Definition of the `indicators` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'indicators').primaryKey; // => ['id']
 * ```
 */
export const indicatorsTable: TableDefinition<Indicator> = {
  name: 'indicators',
  description: 'One row per indicator: what is measured, and in which unit.',
  primaryKey: ['id'],
  foreignKeys: [successorKey('indicators')],
  items: ({ input }) => input.indicators,
  columns: [
    id('indicator'),
    column('name', 'string', 'Name.', (x) => x.name, true),
    column('unit', 'string', 'Unit of its observations.', (x) => x.unit, true),
    column('description', 'string', 'What is measured.', (x) => x.description, true),
    ...baseColumns<Indicator>(),
  ],
};

/**
 * Definition of the `observations` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'observations').primaryKey; // => ['id']
 * ```
 */
export const observationsTable: TableDefinition<Observation> = {
  name: 'observations',
  description:
    'One row per observation: a value of an indicator for a subject over a period, with its qualifier, any change the source states, and whether we derived it.',
  primaryKey: ['id'],
  foreignKeys: [
    { column: 'indicator', table: 'indicators', references: 'id' },
    { column: 'claim', table: 'claims', references: 'id' },
    successorKey('observations'),
  ],
  items: ({ input }) => input.observations,
  columns: [
    id('observation'),
    column('indicator', 'string', 'Id of the indicator.', (x) => x.indicator, true),
    column('subject', 'string', 'Id of the actor or place the value describes.', (x) => x.subject, true),
    column('subject_kind', 'string', 'actor or place: the table subject names a row of.', (x, context) => context.kindOf(x.subject), true),
    ...dateColumns<Observation>('period', 'the period the value covers', (x) => x.period, true),
    ...quantityColumns<Observation>('', 'Value', (x) => x.value, true),
    ...dateColumns<Observation>('baseline', 'the period a stated change is against', (x) => x.comparison?.baseline),
    ...quantityColumns<Observation>('change', 'Stated change against the baseline', (x) => x.comparison?.change),
    column(
      'derived',
      'boolean',
      'true when we computed the value rather than read it; its inputs are in observation-inputs.',
      (x) => x.derived !== undefined,
      true,
    ),
    column('derived_formula', 'string', 'How a derived value was computed.', (x) => x.derived?.formula),
    ...dateColumns<Observation>('derived_reading', 'the period a derivation reads its inputs as covering', (x) => x.derived?.reading?.period),
    column('derived_reading_reasoning', 'string', 'Why the derivation reads its inputs so.', (x) => x.derived?.reading?.reasoning),
    column('claim', 'string', 'Id of the claim asserting the figure.', (x) => x.claim),
    ...baseColumns<Observation>(),
  ],
};

/**
 * Definition of the `claims` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'claims').primaryKey; // => ['id']
 * ```
 */
export const claimsTable: TableDefinition<Claim> = {
  name: 'claims',
  description: 'One row per attributed statement. What it is about is in claim-about; the chain it reached the source through is in claim-via.',
  primaryKey: ['id'],
  foreignKeys: [
    { column: 'claimant', table: 'actors', references: 'id' },
    { column: 'incident', table: 'incidents', references: 'id' },
    { column: 'scope_place', table: 'places', references: 'id' },
    successorKey('claims'),
  ],
  items: ({ input }) => input.claims,
  columns: [
    id('claim'),
    column('claimant', 'string', 'Id of the actor who asserted it.', (x) => x.claimant, true),
    column('statement', 'string', 'What was asserted, paraphrased; the source’s words are in citations.', (x) => x.statement, true),
    ...dateColumns<Claim>('date', 'the assertion', (x) => x.date, true),
    column('incident', 'string', 'Id of the incident (speech, report, meeting) it was asserted in.', (x) => x.incident),
    column('topic', 'string', 'Key of the proposition it takes a position on.', (x) => x.position?.topic),
    column('question', 'string', 'That proposition as a yes/no question.', (x) => x.position?.question),
    column('stance', 'string', 'affirms or denies.', (x) => x.position?.stance),
    column(
      'scope_aspect',
      'string',
      'What the position asserts: trend, capability, control or presence; claims contradict only where scopes meet.',
      (x) => x.position?.scope?.aspect,
    ),
    column('scope_place', 'string', 'Id of the place the position is limited to.', (x) => x.position?.scope?.place),
    ...dateColumns<Claim>('scope_period', 'the period the position is about', (x) => x.position?.scope?.period),
    column('scope_text', 'string', 'The source’s words that set the position’s scope.', (x) => x.position?.scope?.text),
    ...baseColumns<Claim>(),
  ],
};

/**
 * Definition of the `relations` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'relations').primaryKey; // => ['id']
 * ```
 */
export const relationsTable: TableDefinition<Relation> = {
  name: 'relations',
  description: 'One row per typed edge between two actors.',
  primaryKey: ['id'],
  foreignKeys: [
    { column: 'from', table: 'actors', references: 'id' },
    { column: 'to', table: 'actors', references: 'id' },
    { column: 'claim', table: 'claims', references: 'id' },
    successorKey('relations'),
  ],
  items: ({ input }) => input.relations,
  columns: [
    id('relation'),
    column('type', 'string', 'Type of relation.', (x) => x.type, true),
    column('from', 'string', 'Id of the actor it starts from.', (x) => x.from, true),
    column('to', 'string', 'Id of the actor it points to.', (x) => x.to, true),
    column('claim', 'string', 'Id of the claim it rests on.', (x) => x.claim),
    ...dateColumns<Relation>('date', 'when the relation is said to hold', (x) => x.date),
    column('description', 'string', 'Description.', (x) => x.description),
    ...baseColumns<Relation>(),
  ],
};

/**
/**
 * Definition of the `checks` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'checks').primaryKey; // => ['id']
 * ```
 */
export const checksTable: TableDefinition<Check> = {
  name: 'checks',
  description:
    'One row per check of a record’s field against primary sources: the verdict and the value they support. The sources are in citations; records they add are in check-adds.',
  primaryKey: ['id'],
  foreignKeys: [successorKey('checks')],
  items: ({ input }) => input.checks ?? [],
  columns: [
    id('check'),
    column('about', 'string', 'Id of the record checked (any kind).', (x) => x.about, true),
    column('about_kind', 'string', 'Kind of that record: the table named by its plural holds it.', (x, context) => context.kindOf(x.about), true),
    column('field', 'string', 'Dotted path of the field checked.', (x) => x.field, true),
    column('aspect', 'string', 'date, place, figure, attribution, wording, identity or participants.', (x) => x.aspect, true),
    column('verdict', 'string', 'confirms, refines, contradicts or unverified.', (x) => x.verdict, true),
    ...dateColumns<Check>('value_date', 'the date the sources support', (x) => x.value?.date),
    ...quantityColumns<Check>('value_quantity', 'Figure the sources support', (x) => x.value?.quantity),
    column('value_record', 'string', 'Id of the record the sources point to.', (x) => x.value?.record),
    column('value_text', 'string', 'What the sources support, in our words.', (x) => x.value?.text),
    column('reported', 'string', 'What the checked source says, when the record does not show it plainly.', (x) => x.reported),
    column('summary', 'string', 'What the primary sources say, in our own words.', (x) => x.summary, true),
    column('sought', 'string', 'For unverified: what was looked for.', (x) => x.sought),
    ...baseColumns<Check>(),
  ],
};

/**
 * The table of each record kind.
 *
 * @example
 * ```ts
 * RECORD_TABLES.incident.name; // => 'incidents'
 * ```
 */
export const RECORD_TABLES = {
  source: sourcesTable,
  actor: actorsTable,
  place: placesTable,
  incident: incidentsTable,
  indicator: indicatorsTable,
  observation: observationsTable,
  claim: claimsTable,
  relation: relationsTable,
  check: checksTable,
} as const satisfies Record<RecordKind, Pick<TableDefinition, 'name' | 'columns'>>;

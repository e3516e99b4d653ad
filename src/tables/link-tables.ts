import type { Citation, ClaimChannel, ExternalId, IncidentActor, Inference, RecordKind } from '../schema/index.js';
import { COLLECTION_OF, RECORD_KINDS } from '../schema/index.js';
import { column } from './columns.js';
import type { TableContext, TableDefinition, TableInput } from './table-spec.js';

/** Every record of the input with its kind, in the order the tables list them. */
function everyRecord(input: TableInput): { kind: RecordKind; record: Record<string, unknown> & { id: string } }[] {
  return RECORD_KINDS.flatMap((kind) =>
    ((input[COLLECTION_OF[kind]] ?? []) as readonly (Record<string, unknown> & { id: string })[]).map((record) => ({ kind, record })),
  );
}

/** One entry of a record's list field, with the record, its kind and the entry's 1-based position. */
interface Entry<T> {
  record: string;
  kind: RecordKind;
  position: number;
  item: T;
}

function entries<T>(context: TableContext, field: string): Entry<T>[] {
  return everyRecord(context.input).flatMap(({ kind, record }) => {
    const list = record[field];
    return Array.isArray(list) ? list.map((item: T, i) => ({ record: record.id, kind, position: i + 1, item })) : [];
  });
}

const recordColumns = <T>() => [
  column<Entry<T>>('record', 'string', 'Id of the record.', (x) => x.record, true),
  column<Entry<T>>('record_kind', 'string', 'Kind of the record: the table named by its plural holds it.', (x) => x.kind, true),
];

/**
 * Definition of the `incident-actors` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'incident-actors').primaryKey; // => ['incident', 'actor', 'role']
 * ```
 */
export const incidentActorsTable: TableDefinition<Entry<IncidentActor>> = {
  name: 'incident-actors',
  description: 'One row per actor taking part in an incident, with its role.',
  primaryKey: ['incident', 'actor', 'role'],
  foreignKeys: [
    { column: 'incident', table: 'incidents', references: 'id' },
    { column: 'actor', table: 'actors', references: 'id' },
  ],
  items: (context) => entries<IncidentActor>(context, 'actors').filter((e) => e.kind === 'incident'),
  columns: [
    column('incident', 'string', 'Id of the incident.', (x) => x.record, true),
    column('actor', 'string', 'Id of the actor.', (x) => x.item.actor, true),
    column('role', 'string', 'The actor’s role.', (x) => x.item.role, true),
  ],
};

/**
 * Definition of the `claim-about` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'claim-about').primaryKey; // => ['claim', 'about']
 * ```
 */
export const claimAboutTable: TableDefinition<Entry<string>> = {
  name: 'claim-about',
  description: 'One row per record a claim is about.',
  primaryKey: ['claim', 'about'],
  foreignKeys: [{ column: 'claim', table: 'claims', references: 'id' }],
  items: (context) => entries<string>(context, 'about').filter((e) => e.kind === 'claim'),
  columns: [
    column('claim', 'string', 'Id of the claim.', (x) => x.record, true),
    column('about', 'string', 'Id of a record the claim is about (any kind).', (x) => x.item, true),
    column('about_kind', 'string', 'Kind of that record: the table named by its plural holds it.', (x, c) => c.kindOf(x.item), true),
  ],
};

/**
 * Definition of the `claim-via` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'claim-via').primaryKey; // => ['claim', 'position']
 * ```
 */
export const claimViaTable: TableDefinition<Entry<ClaimChannel>> = {
  name: 'claim-via',
  description: 'One row per link in the chain a claim reached the source through, nearest the claimant first.',
  primaryKey: ['claim', 'position'],
  foreignKeys: [
    { column: 'claim', table: 'claims', references: 'id' },
    { column: 'actor', table: 'actors', references: 'id' },
  ],
  items: (context) => entries<ClaimChannel>(context, 'via').filter((e) => e.kind === 'claim'),
  columns: [
    column('claim', 'string', 'Id of the claim.', (x) => x.record, true),
    column('position', 'integer', '1 for the link nearest the claimant.', (x) => x.position, true),
    column('actor', 'string', 'Id of the actor relaying the claim, when named.', (x) => x.item.actor),
    column('description', 'string', 'The source’s description of the channel.', (x) => x.item.description, true),
  ],
};

/**
 * Definition of the `citations` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'citations').primaryKey; // => ['record', 'position']
 * ```
 */
export const citationsTable: TableDefinition<Entry<Citation>> = {
  name: 'citations',
  description: 'One row per citation supporting a record: a verbatim quote of a source whose text we may hold, or a summary in our own words with a locator.',
  primaryKey: ['record', 'position'],
  foreignKeys: [{ column: 'source', table: 'sources', references: 'id' }],
  items: (context) => entries<Citation>(context, 'citations'),
  columns: [
    ...recordColumns<Citation>(),
    column('position', 'integer', 'Position of the citation in the record, from 1.', (x) => x.position, true),
    column('source', 'string', 'Id of the source quoted.', (x) => x.item.source, true),
    column('quote', 'string', 'Verbatim excerpt of the source; empty when the citation is a summary.', (x) => x.item.quote),
    column('paragraph', 'integer', '1-based paragraph of the source the quote stands in.', (x) => x.item.paragraph),
    column('summary', 'string', 'What the source says, in our own words; empty when the citation is a quote.', (x) => x.item.summary),
    column('locator', 'string', 'Where in the source: section, paragraph or page.', (x) => x.item.locator),
  ],
};

/**
 * Definition of the `aliases` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'aliases').primaryKey; // => ['actor', 'name']
 * ```
 */
export const aliasesTable: TableDefinition<Entry<{ name: string; origin: string; note?: string }>> = {
  name: 'aliases',
  description: 'One row per other name of an actor.',
  primaryKey: ['actor', 'name'],
  foreignKeys: [{ column: 'actor', table: 'actors', references: 'id' }],
  items: (context) => entries<{ name: string; origin: string; note?: string }>(context, 'aliases').filter((e) => e.kind === 'actor'),
  columns: [
    column('actor', 'string', 'Id of the actor.', (x) => x.record, true),
    column('name', 'string', 'The other name.', (x) => x.item.name, true),
    column('origin', 'string', 'source when a cited source spells it so; common for a name readers search for.', (x) => x.item.origin, true),
    column('note', 'string', 'e.g. abbreviation, transliteration.', (x) => x.item.note),
  ],
};

/**
 * Definition of the `external-ids` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'external-ids').primaryKey; // => ['record', 'scheme', 'value']
 * ```
 */
export const externalIdsTable: TableDefinition<Entry<ExternalId>> = {
  name: 'external-ids',
  description: 'One row per identifier of a record in an external scheme (ISO 3166, Wikidata, …).',
  primaryKey: ['record', 'scheme', 'value'],
  foreignKeys: [],
  items: (context) => entries<ExternalId>(context, 'externalIds'),
  columns: [
    ...recordColumns<ExternalId>(),
    column('scheme', 'string', 'The scheme, e.g. iso-3166-1-alpha-3.', (x) => x.item.scheme, true),
    column('value', 'string', 'The identifier in that scheme.', (x) => x.item.value, true),
  ],
};

/**
 * Definition of the `place-spans` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'place-spans').primaryKey; // => ['place', 'spans']
 * ```
 */
export const placeSpansTable: TableDefinition<Entry<string>> = {
  name: 'place-spans',
  description: 'One row per place that a place (a border, a railway) spans or connects.',
  primaryKey: ['place', 'spans'],
  foreignKeys: [
    { column: 'place', table: 'places', references: 'id' },
    { column: 'spans', table: 'places', references: 'id' },
  ],
  items: (context) => entries<string>(context, 'spans').filter((e) => e.kind === 'place'),
  columns: [
    column('place', 'string', 'Id of the spanning place.', (x) => x.record, true),
    column('spans', 'string', 'Id of a place it spans.', (x) => x.item, true),
  ],
};

/**
 * Definition of the `observation-inputs` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'observation-inputs').primaryKey; // => ['observation', 'input']
 * ```
 */
export const observationInputsTable: TableDefinition<Entry<string>> = {
  name: 'observation-inputs',
  description: 'One row per observation a derived observation is computed from.',
  primaryKey: ['observation', 'input'],
  foreignKeys: [
    { column: 'observation', table: 'observations', references: 'id' },
    { column: 'input', table: 'observations', references: 'id' },
  ],
  items: ({ input }) =>
    input.observations.flatMap((o) => (o.derived?.inputs ?? []).map((item, i) => ({ record: o.id, kind: 'observation' as const, position: i + 1, item }))),
  columns: [
    column('observation', 'string', 'Id of the derived observation.', (x) => x.record, true),
    column('input', 'string', 'Id of an observation it is computed from.', (x) => x.item, true),
  ],
};

/**
 * Definition of the `inferences` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'inferences').primaryKey; // => ['record', 'position']
 * ```
 */
export const inferencesTable: TableDefinition<Entry<Inference>> = {
  name: 'inferences',
  description: 'One row per field whose value was inferred rather than stated, with the reasoning.',
  primaryKey: ['record', 'position'],
  foreignKeys: [],
  items: (context) => entries<Inference>(context, 'inferred'),
  columns: [
    ...recordColumns<Inference>(),
    column('position', 'integer', 'Position of the inference in the record, from 1.', (x) => x.position, true),
    column('field', 'string', 'Dotted path of the inferred field.', (x) => x.item.field, true),
    column('reasoning', 'string', 'Why the text supports the value.', (x) => x.item.reasoning, true),
  ],
};

/**
 * Definition of the `check-adds` table: its rows, columns and keys.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'check-adds').primaryKey; // => ['check', 'adds']
 * ```
 */
export const checkAddsTable: TableDefinition<Entry<string>> = {
  name: 'check-adds',
  description: 'One row per record that primary sources add and a check links to (a finer place, a named official, an earlier incident).',
  primaryKey: ['check', 'adds'],
  foreignKeys: [{ column: 'check', table: 'checks', references: 'id' }],
  items: (context) => entries<string>(context, 'adds').filter((e) => e.kind === 'check'),
  columns: [
    column('check', 'string', 'Id of the check.', (x) => x.record, true),
    column('adds', 'string', 'Id of the record added (any kind).', (x) => x.item, true),
    column('adds_kind', 'string', 'Kind of that record: the table named by its plural holds it.', (x, c) => c.kindOf(x.item), true),
  ],
};

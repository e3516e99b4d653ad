import { RECORD_KINDS, COLLECTION_OF, type RecordKind } from '../schema/index.js';
import {
  aliasesTable,
  citationsTable,
  claimAboutTable,
  claimViaTable,
  externalIdsTable,
  incidentActorsTable,
  inferencesTable,
  checkAddsTable,
  observationInputsTable,
  placeSpansTable,
} from './link-tables.js';
import {
  actorsTable,
  checksTable,
  claimsTable,
  incidentsTable,
  indicatorsTable,
  observationsTable,
  placesTable,
  relationsTable,
  sourcesTable,
  RECORD_TABLES,
} from './record-tables.js';
import { assertTableInput, tableError } from './check-input.js';
import { extensionColumns } from './extension-columns.js';
import type { TableRow } from './row-types.js';
import {
  TABLE_NAMES,
  type ColumnSpec,
  type ForeignKeySpec,
  type Row,
  type TableContext,
  type TableDefinition,
  type TableInput,
  type TableName,
  type TypedTableInput,
} from './table-spec.js';

const DEFINITIONS = [
  sourcesTable,
  actorsTable,
  placesTable,
  incidentsTable,
  indicatorsTable,
  observationsTable,
  claimsTable,
  relationsTable,
  checksTable,
  incidentActorsTable,
  claimAboutTable,
  claimViaTable,
  citationsTable,
  aliasesTable,
  externalIdsTable,
  placeSpansTable,
  observationInputsTable,
  inferencesTable,
  checkAddsTable,
] as unknown as readonly TableDefinition<unknown>[];

/**
 * A tidy table: its rows and what its columns and keys are.
 *
 * @example
 * ```ts
 * const table: ExportTable = exportTable(dataset, 'aliases');
 * table.primaryKey; // => ['actor', 'name']
 * ```
 */
export interface ExportTable {
  name: TableName;
  description: string;
  columns: ColumnSpec[];
  primaryKey: string[];
  foreignKeys: ForeignKeySpec[];
  rows: Row[];
}

function contextOf(input: TableInput): TableContext {
  let kinds: Map<string, RecordKind> | undefined;
  return {
    // Extended records carry at least our fields; the definitions read only those.
    input: input as TypedTableInput,
    kindOf(id) {
      if (!kinds) {
        kinds = new Map();
        for (const kind of RECORD_KINDS) for (const record of input[COLLECTION_OF[kind]] ?? []) kinds.set(record.id, kind);
      }
      return kinds.get(id);
    },
  };
}

function definitionOf(name: TableName): TableDefinition<unknown> {
  const definition = DEFINITIONS.find((d) => d.name === name);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- a JavaScript caller may pass a symbol, which a template literal throws on
  if (!definition) throw new RangeError(`unknown table "${String(name)}"; expected one of ${TABLE_NAMES.join(', ')}`);
  return definition;
}

const KIND_OF_TABLE = new Map<TableName, RecordKind>(RECORD_KINDS.map((kind) => [RECORD_TABLES[kind].name, kind]));

function build(definition: TableDefinition<unknown>, context: TableContext, fn: string): ExportTable {
  let items: readonly unknown[];
  try {
    items = definition.items(context);
  } catch (error) {
    throw tableError(fn, definition.name, undefined, error);
  }
  const kind = KIND_OF_TABLE.get(definition.name);
  // A record table gains a column for each scalar field an extended schema adds.
  const columns =
    kind === undefined ? definition.columns : [...definition.columns, ...extensionColumns(kind, items, new Set(definition.columns.map((c) => c.name)))];
  const rows = items.map((item, i) => {
    const row: Row = {};
    try {
      for (const c of columns) row[c.name] = c.get(item, context) ?? null;
    } catch (error) {
      throw tableError(fn, definition.name, i + 1, error);
    }
    return row;
  });
  return {
    name: definition.name,
    description: definition.description,
    columns: columns.map(({ get: _get, ...spec }) => spec),
    primaryKey: [...definition.primaryKey],
    // Copies down to each key: the definitions are shared by every caller.
    foreignKeys: definition.foreignKeys.map((key) => ({ ...key })),
    rows,
  };
}

/**
 * One table of a dataset — any Dataset, or a plain object with its record arrays — with its
 * column specs and keys. Every row has every column, `null` where the record has no value.
 *
 * @throws {RangeError} For a name that is not in {@link TABLE_NAMES}.
 * @throws {TypeError} When `input` is not a dataset: not an object, a collection that is not an
 * array, a record without a string id (the message names the collection and index).
 *
 * @example
 * ```ts
 * exportTable(dataset, 'incident-actors').columns.map((c) => c.name); // => ['incident', 'actor', 'role']
 * ```
 */
export function exportTable(input: TableInput, name: TableName): ExportTable {
  return tableFor('exportTable', input, name);
}

/**
 * {@link exportTable} for the public function `fn`, which its errors name: the dataset is
 * checked first (see `assertTableInput`).
 *
 * @example
 * ```ts
 * tableFor('toRows', dataset, 'aliases').name; // => 'aliases'
 * ```
 */
export function tableFor(fn: string, input: TableInput, name: TableName): ExportTable {
  const definition = definitionOf(name);
  assertTableInput(input, fn);
  return build(definition, contextOf(input), fn);
}

/**
 * Every table of a dataset, in {@link TABLE_NAMES} order: one per record kind, then the link
 * tables. The CLI's `export` and the package's shipped CSV, JSON and NDJSON files are these.
 *
 * @throws {TypeError} When `input` is not a dataset: not an object, a collection that is not an
 * array, a record without a string id or a field a table reads (the message names the
 * collection and index, or the table).
 *
 * @example
 * ```ts
 * exportTables(dataset).map((t) => t.name).slice(0, 3); // => ['sources', 'actors', 'places']
 * ```
 */
export function exportTables(input: TableInput): ExportTable[] {
  assertTableInput(input, 'exportTables');
  const context = contextOf(input);
  return TABLE_NAMES.map((name) => build(definitionOf(name), context, 'exportTables'));
}

/**
 * The tidy rows of one table of a dataset: flat objects with stable, documented column names
 * (docs/tables.md), one per record or per link, ready for Observable Plot, Arquero or pandas.
 *
 * @throws {RangeError} For a name that is not in {@link TABLE_NAMES}.
 * @throws {TypeError} When `input` is not a dataset: not an object, a collection that is not an
 * array, a record without a string id (the message names the collection and index).
 *
 * @example
 * ```ts
 * tableRows(dataset, 'aliases').filter((r) => r.actor === 'iskp').map((r) => r.name).includes('ISIS-K'); // => true
 * ```
 */
export function tableRows<N extends TableName, I extends TableInput>(input: I, name: N): TableRow<N, I>[] {
  return tableFor('tableRows', input, name).rows as TableRow<N, I>[];
}

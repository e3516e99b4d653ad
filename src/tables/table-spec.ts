import type { Check, CollectionName, DatasetCollections, RecordKind, RecordMap } from '../schema/index.js';

/**
 * Field types of the exported tables, as Frictionless Table Schema names them.
 *
 * @example
 * ```ts
 * exportTable(dataset, 'citations').columns.find((c) => c.name === 'paragraph')?.type; // => 'integer'
 * ```
 */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

/**
 * One cell of a tidy row: unknown or absent is `null`, never 0 or an empty string.
 *
 * @example
 * ```ts
 * const role: Cell | undefined = toRows('incident-actors')[0]?.role; // => 'host'
 * ```
 */
export type Cell = string | number | boolean | null;

/**
 * One tidy row: every column of its table, in the table's column order.
 *
 * @example
 * ```ts
 * const row: Row | undefined = toRows('incident-actors')[0];
 * // => { incident: 'central-asia-consultative-meeting-2023', actor: 'tajikistan', role: 'host' }
 * ```
 */
export type Row = Record<string, Cell>;

/**
 * A column of an exported table: its stable name, type and meaning.
 *
 * @example
 * ```ts
 * const column: ColumnSpec | undefined = exportTable(dataset, 'incidents').columns.find((c) => c.name === 'id');
 * // => { name: 'id', type: 'string', description: 'Stable kebab-case id of the incident.', required: true }
 * ```
 */
export interface ColumnSpec {
  name: string;
  type: FieldType;
  description: string;
  /** Never null. */
  required?: boolean;
}

/**
 * A column whose values name rows of another table (or of the same one).
 *
 * @example
 * ```ts
 * const fk: ForeignKeySpec | undefined = exportTable(dataset, 'incidents').foreignKeys[0];
 * // => { column: 'place', table: 'places', references: 'id' }
 * ```
 */
export interface ForeignKeySpec {
  column: string;
  table: TableName;
  references: string;
}

/**
 * A column together with how to read it from an item of the table.
 *
 * @example
 * ```ts
 * const c: ColumnDefinition<{ id: string }> = { name: 'id', type: 'string', description: 'Id.', get: (x) => x.id };
 * ```
 */
export interface ColumnDefinition<T> extends ColumnSpec {
  get: (item: T, context: TableContext) => Cell | undefined;
}

/**
 * The records of a dataset the tables are made from: any Dataset (including one built with
 * `defineSchemas` vocabularies and fields), or a plain object of arrays. Fields are read as our
 * schemas define them; an extended kind's extra scalar fields become extra columns.
 *
 * @example
 * ```ts
 * const input: TableInput = createDataset({ actors: [] }); // any Dataset is a TableInput
 * toRows('aliases', input); // => []
 * ```
 */
export type TableInput = { readonly [C in Exclude<CollectionName, 'checks'>]: readonly { readonly id: string }[] } & {
  /** Optional so that inputs written before checks existed still fit. */
  readonly checks?: readonly { readonly id: string }[];
};

/** The records as the table definitions read them. */
export interface TypedTableInput extends Omit<DatasetCollections<RecordMap>, 'checks'> {
  /** Checks against primary sources; optional so that inputs written before checks existed still fit. */
  readonly checks?: readonly Check[];
}

/**
 * What a table definition reads its items from: the records, and the kind of any id.
 *
 * @example
 * ```ts
 * // doctest: skip (the context is built inside exportTables; tests/tables covers it)
 * context.kindOf('dushanbe'); // => 'place'
 * ```
 */
export interface TableContext {
  input: TypedTableInput;
  kindOf: (id: string) => RecordKind | undefined;
}

/**
 * A table: what its rows are, how to list its items and how to read each column.
 *
 * @example
 * ```ts
 * // doctest: skip (aliasesTable is an internal table definition in link-tables.ts)
 * aliasesTable.primaryKey; // => ['actor', 'name']
 * ```
 */
export interface TableDefinition<T = never> {
  name: TableName;
  description: string;
  primaryKey: readonly string[];
  foreignKeys: readonly ForeignKeySpec[];
  items: (context: TableContext) => readonly T[];
  columns: readonly ColumnDefinition<T>[];
}

/**
 * Names of the exported tables: one per record kind, then the link tables that hold
 * many-to-many and one-to-many data one row per pair (never joined with semicolons).
 *
 * @example
 * ```ts
 * TABLE_NAMES.includes('incident-actors'); // => true
 * ```
 */
export const TABLE_NAMES = /* @__PURE__ */ Object.freeze([
  'sources',
  'actors',
  'places',
  'incidents',
  'indicators',
  'observations',
  'claims',
  'relations',
  'checks',
  'incident-actors',
  'claim-about',
  'claim-via',
  'citations',
  'aliases',
  'external-ids',
  'place-spans',
  'observation-inputs',
  'inferences',
  'check-adds',
] as const);

/**
 * The name of an exported table: one of {@link TABLE_NAMES}.
 *
 * @example
 * ```ts
 * const name: TableName = 'claim-about';
 * toRows(name)[0]?.claim !== undefined; // => true
 * ```
 */
export type TableName = (typeof TABLE_NAMES)[number];

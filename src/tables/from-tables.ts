import { byKind, COLLECTION_OF, RECORD_KINDS, type CollectionName, type RecordKind } from '../schema/index.js';
import { describeValue, isFieldObject } from '../schema/describe-value.js';
import { DATE_FIELDS, QUANTITY_FIELDS, quantityColumnName } from './columns.js';
import { extensionFieldsOf } from './extension-columns.js';
import { RECORD_TABLES } from './record-tables.js';
import { TABLE_NAMES, type Cell, type TableName } from './table-spec.js';
import { wktToLine } from './wkt.js';

type AnyRow = Readonly<Record<string, Cell | undefined>>;
type Json = Record<string, unknown>;

/**
 * Rows of the tidy tables, by table name: what {@link fromTables} reads. An array of tables
 * (what `exportTables` returns) is accepted too. Missing link tables are read as empty.
 *
 * @example
 * ```ts
 * const tables: TableRowsInput = { actors: toRows('actors'), aliases: toRows('aliases') };
 * fromTables(tables).actors.length > 0; // => true
 * ```
 */
export type TableRowsInput = { readonly [N in TableName]?: readonly AnyRow[] } | readonly { readonly name: TableName; readonly rows: readonly AnyRow[] }[];

/**
 * Records rebuilt from tables, one array per kind, nested as the schemas define them. They are
 * not validated: pass them to `createDataset` to check them.
 *
 * @example
 * ```ts
 * const records: RebuiltRecords = fromTables(exportTables(dataset));
 * createDataset(records).getActor('iskp')?.name; // => 'Islamic State–Khorasan Province'
 * ```
 */
export type RebuiltRecords = { [C in CollectionName]: Json[] };

/** Where a rebuilt record, or an item of one of its lists, came from: 1-based data row of a table. */
export interface RowOrigin {
  table: TableName;
  row: number;
}

/** A record rebuilt from the tables, with where each of its parts came from. */
export interface Rebuilt {
  records: RebuiltRecords;
  /** The row of a record's own table, by record id. */
  recordRow: Map<string, RowOrigin>;
  /** The row of an item of a record's list field: key `${id}\u0000${field}\u0000${index}`. */
  itemRow: Map<string, RowOrigin>;
}

const value = (row: AnyRow, column: string): Cell | undefined => {
  const cell = row[column];
  return cell === null ? undefined : cell;
};

/** The object without its undefined fields, or undefined when nothing is left. */
function present(object: Json): Json | undefined {
  const out = Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
  return Object.keys(out).length === 0 ? undefined : out;
}

const compact = (object: Json): Json => present(object) ?? {};

/** The inverse of `dateColumns`, reading the columns it names from {@link DATE_FIELDS}. */
function date(row: AnyRow, prefix: string): Json | undefined {
  return present(Object.fromEntries(DATE_FIELDS.map((field) => [field, value(row, `${prefix}_${field}`)])));
}

/** The inverse of the places table's geometry columns (`lon` … `outline_url`). */
function placeGeoOf(row: AnyRow): Json | undefined {
  const lon = value(row, 'lon');
  const lat = value(row, 'lat');
  if (lon === undefined && lat === undefined) return undefined;
  const bbox = ['bbox_west', 'bbox_south', 'bbox_east', 'bbox_north'].map((c) => value(row, c));
  return present({
    point: [lon, lat],
    precision: value(row, 'geo_precision'),
    bbox: bbox.every((v) => v === undefined) ? undefined : bbox,
    line: wktToLine(value(row, 'geo_line_wkt')) ?? value(row, 'geo_line_wkt'),
    provenance: present({
      derivation: value(row, 'geo_derivation'),
      dataset: value(row, 'geo_dataset'),
      feature: value(row, 'geo_feature'),
      url: value(row, 'geo_url'),
    }),
    outlineProvenance: present({
      derivation: value(row, 'outline_derivation'),
      dataset: value(row, 'outline_dataset'),
      feature: value(row, 'outline_feature'),
      url: value(row, 'outline_url'),
    }),
  });
}

/** The inverse of `quantityColumns`, reading the columns {@link quantityColumnName} names. */
function quantity(row: AnyRow, prefix: string): Json | undefined {
  return present(Object.fromEntries(QUANTITY_FIELDS.map((field) => [field, value(row, quantityColumnName(prefix, field))])));
}

function tablesByName(input: TableRowsInput): Map<TableName, readonly AnyRow[]> {
  if (!Array.isArray(input) && !isFieldObject(input)) {
    throw new TypeError(`fromTables: tables must be an object of row arrays by table name, or an array of { name, rows }, got ${describeValue(input)}`);
  }
  const entries: [unknown, unknown][] = Array.isArray(input)
    ? (input as readonly unknown[]).map((table, i) => {
        if (!isFieldObject(table)) throw new TypeError(`fromTables: tables[${i}] must be a table { name, rows }, got ${describeValue(table)}`);
        return [table.name, table.rows];
      })
    : Object.entries(input);
  const tables = new Map<TableName, readonly AnyRow[]>();
  for (const [name, rows] of entries) {
    if (!(TABLE_NAMES as readonly unknown[]).includes(name))
      throw new RangeError(`fromTables: unknown table ${JSON.stringify(name) ?? 'undefined'}; expected one of ${TABLE_NAMES.join(', ')}`);
    // Two tables of one name would leave one of them out without a word.
    if (tables.has(name as TableName)) throw new RangeError(`fromTables: table "${String(name)}" is given twice`);
    if (!Array.isArray(rows)) throw new TypeError(`fromTables: table "${String(name)}" must be an array of rows, got ${describeValue(rows)}`);
    const bad = rows.findIndex((row) => !isFieldObject(row));
    if (bad >= 0)
      throw new TypeError(`fromTables: table "${String(name)}" row ${bad + 1} must be an object of cells by column, got ${describeValue(rows[bad])}`);
    tables.set(name as TableName, rows as readonly AnyRow[]);
  }
  return tables;
}

/** Link-table rows grouped by the record they belong to, in row order, with their row numbers. */
class Links {
  private readonly groups = new Map<string, { row: AnyRow; number: number }[]>();
  constructor(
    readonly table: TableName,
    rows: readonly AnyRow[],
    recordColumn: string,
  ) {
    rows.forEach((row, i) => {
      const id = String(row[recordColumn]);
      let group = this.groups.get(id);
      if (!group) this.groups.set(id, (group = []));
      group.push({ row, number: i + 1 });
    });
  }
  of(id: string): { row: AnyRow; number: number }[] {
    return this.groups.get(id) ?? [];
  }
}

/** Column names each record table has of its own; any other column is an extension field. */
const OWN_COLUMNS = byKind<Record<RecordKind, ReadonlySet<string>>>((kind) => new Set(RECORD_TABLES[kind].columns.map((c) => c.name)));

/** The list fields of records, and the link table (and its record column) each is read from. */
const LIST_FIELDS = {
  citations: ['citations', 'record'],
  inferred: ['inferences', 'record'],
  externalIds: ['external-ids', 'record'],
  aliases: ['aliases', 'actor'],
  actors: ['incident-actors', 'incident'],
  about: ['claim-about', 'claim'],
  via: ['claim-via', 'claim'],
  spans: ['place-spans', 'place'],
  inputs: ['observation-inputs', 'observation'],
  adds: ['check-adds', 'check'],
} as const satisfies Record<string, readonly [TableName, string]>;

type ListField = keyof typeof LIST_FIELDS;

/**
 * Rebuilds records from the tidy tables, keeping where each record and list item came from so
 * that a problem found in the records can be reported at its table, row and column.
 */
export function rebuildFromTables(input: TableRowsInput): Rebuilt {
  const tables = tablesByName(input);
  const recordRow = new Map<string, RowOrigin>();
  const itemRow = new Map<string, RowOrigin>();
  const links = Object.fromEntries(
    Object.entries(LIST_FIELDS).map(([field, [table, column]]) => [field, new Links(table, tables.get(table) ?? [], column)]),
  ) as Record<ListField, Links>;

  /** The list field of record `id`, each item read from its link row, noting where it came from. */
  function list(id: string, field: ListField, read: (row: AnyRow) => unknown, path: string = field): unknown[] {
    const group = links[field].of(id);
    return group.map(({ row, number }, index) => {
      itemRow.set(`${id}\u0000${path}\u0000${index}`, { table: links[field].table, row: number });
      return read(row);
    });
  }
  const optionalList = (id: string, field: ListField, read: (row: AnyRow) => unknown, path?: string): unknown[] | undefined => {
    const items = list(id, field, read, path);
    return items.length === 0 ? undefined : items;
  };

  const citation = (r: AnyRow) =>
    compact({
      source: value(r, 'source'),
      quote: value(r, 'quote'),
      paragraph: value(r, 'paragraph'),
      summary: value(r, 'summary'),
      locator: value(r, 'locator'),
    });
  const inference = (r: AnyRow) => compact({ field: value(r, 'field'), reasoning: value(r, 'reasoning') });
  const externalId = (r: AnyRow) => compact({ scheme: value(r, 'scheme'), value: value(r, 'value') });

  function base(id: string, row: AnyRow): Json {
    const status = value(row, 'status');
    return {
      id,
      citations: list(id, 'citations', citation),
      inferred: optionalList(id, 'inferred', inference),
      notes: value(row, 'notes'),
      // `active` is the default: the column writes it for records that leave status out.
      status: status === 'active' ? undefined : status,
      withdrawal: present({ reason: value(row, 'withdrawal_reason'), successor: value(row, 'withdrawal_successor') }),
    };
  }

  const build: Record<RecordKind, (id: string, row: AnyRow) => Json> = {
    source: (id, r) => ({
      id,
      title: value(r, 'title'),
      publisher: value(r, 'publisher'),
      url: value(r, 'url'),
      published: date(r, 'published'),
      author: value(r, 'author'),
      language: value(r, 'language'),
      kind: value(r, 'kind'),
      copy: value(r, 'copy'),
      host: value(r, 'host'),
      accessed: value(r, 'accessed'),
      // The column writes false for a source that leaves textHeld out.
      textHeld: value(r, 'text_held') === true ? true : undefined,
      textNotes: value(r, 'text_notes'),
      inferred: optionalList(id, 'inferred', inference),
    }),
    actor: (id, r) => ({
      ...base(id, r),
      kind: value(r, 'kind'),
      name: value(r, 'name'),
      aliases: list(id, 'aliases', (a) => compact({ name: value(a, 'name'), origin: value(a, 'origin'), note: value(a, 'note') })),
      country: value(r, 'country'),
      memberOf: value(r, 'member_of'),
      externalIds: optionalList(id, 'externalIds', externalId),
    }),
    place: (id, r) => ({
      ...base(id, r),
      kind: value(r, 'kind'),
      name: value(r, 'name'),
      country: value(r, 'country'),
      parent: value(r, 'parent'),
      spans: optionalList(id, 'spans', (s) => value(s, 'spans')),
      externalIds: optionalList(id, 'externalIds', externalId),
      geo: placeGeoOf(r),
    }),
    incident: (id, r) => ({
      ...base(id, r),
      type: value(r, 'type'),
      title: value(r, 'title'),
      date: date(r, 'date'),
      place: value(r, 'place'),
      actors: list(id, 'actors', (a) => compact({ actor: value(a, 'actor'), role: value(a, 'role') })),
      fatalities: quantity(r, 'fatalities'),
      description: value(r, 'description'),
    }),
    indicator: (id, r) => ({ ...base(id, r), name: value(r, 'name'), unit: value(r, 'unit'), description: value(r, 'description') }),
    observation: (id, r) => {
      const baseline = date(r, 'baseline');
      const change = quantity(r, 'change');
      return {
        ...base(id, r),
        indicator: value(r, 'indicator'),
        subject: value(r, 'subject'),
        period: date(r, 'period'),
        value: quantity(r, ''),
        comparison: baseline === undefined && change === undefined ? undefined : { baseline, change },
        derived:
          value(r, 'derived') === true
            ? present({
                formula: value(r, 'derived_formula'),
                inputs: list(id, 'inputs', (x) => value(x, 'input'), 'derived.inputs'),
                reading: present({ period: date(r, 'derived_reading'), reasoning: value(r, 'derived_reading_reasoning') }),
              })
            : undefined,
        claim: value(r, 'claim'),
      };
    },
    claim: (id, r) => ({
      ...base(id, r),
      claimant: value(r, 'claimant'),
      about: list(id, 'about', (a) => value(a, 'about')),
      statement: value(r, 'statement'),
      date: date(r, 'date'),
      via: optionalList(id, 'via', (v) => compact({ actor: value(v, 'actor'), description: value(v, 'description') })),
      incident: value(r, 'incident'),
      position: present({
        topic: value(r, 'topic'),
        question: value(r, 'question'),
        stance: value(r, 'stance'),
        scope: present({ aspect: value(r, 'scope_aspect'), place: value(r, 'scope_place'), period: date(r, 'scope_period'), text: value(r, 'scope_text') }),
      }),
    }),
    relation: (id, r) => ({
      ...base(id, r),
      type: value(r, 'type'),
      from: value(r, 'from'),
      to: value(r, 'to'),
      claim: value(r, 'claim'),
      date: date(r, 'date'),
      description: value(r, 'description'),
    }),
    check: (id, r) => ({
      ...base(id, r),
      about: value(r, 'about'),
      field: value(r, 'field'),
      aspect: value(r, 'aspect'),
      verdict: value(r, 'verdict'),
      value: present({ date: date(r, 'value_date'), quantity: quantity(r, 'value_quantity'), record: value(r, 'value_record'), text: value(r, 'value_text') }),
      reported: value(r, 'reported'),
      summary: value(r, 'summary'),
      sought: value(r, 'sought'),
      adds: optionalList(id, 'adds', (a) => value(a, 'adds')),
    }),
  };

  const records = Object.fromEntries(
    RECORD_KINDS.map((kind) => {
      const table = RECORD_TABLES[kind].name;
      const extensions = extensionFieldsOf(tables.get(table) ?? [], OWN_COLUMNS[kind]);
      const rebuilt = (tables.get(table) ?? []).map((row, i) => {
        const id = String(row.id ?? '');
        recordRow.set(id, { table, row: i + 1 });
        const record = build[kind](id, row);
        for (const column of extensions) record[column] = value(row, column);
        return compact(record);
      });
      return [COLLECTION_OF[kind], rebuilt];
    }),
  ) as RebuiltRecords;
  return { records, recordRow, itemRow };
}

/**
 * Rebuilds records from the tidy tables that `exportTables`, `toRows` and the shipped CSV
 * files hold: the inverse of `exportTables`. Cells are typed values (`null` for empty), as
 * `toRows` gives them; an extension field's column (one the built-in tables do not have) comes
 * back as the field of the same name. The records are not validated: pass them to
 * `createDataset`. The round trip is exact except for what the tables deliberately leave out:
 * a source's full `text`, an explicit `status: 'active'` (the default) and empty optional lists.
 *
 * @throws {RangeError} For a table name that is not in `TABLE_NAMES`, or one given twice.
 * @throws {TypeError} When the tables are not an object or array of tables, or a table's rows
 * are not an array of objects (the message names the table and the 1-based row).
 *
 * @example
 * ```ts
 * const rebuilt = createDataset(fromTables(exportTables(dataset)));
 * rebuilt.getIncident('badakhshan-border-incursion-2023-09')?.actors.length; // => 2
 * fromTables({ actors: [], aliases: [] }).actors; // => []
 * ```
 */
export function fromTables(input: TableRowsInput): RebuiltRecords {
  return rebuildFromTables(input).records;
}

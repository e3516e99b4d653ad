import { byCollection, byKind, type RecordKind } from '../schema/index.js';
import { exportTable } from './export-tables.js';
import { TABLE_NAMES, type Cell, type ColumnSpec, type FieldType, type Row, type TableName } from './table-spec.js';

/**
 * One problem with a table of a data package, at its table, 1-based data row and column where
 * they apply.
 *
 * @example
 * ```ts
 * const issue: TableIssue = { table: 'incidents', row: 3, column: 'place', code: 'foreign-key', message: 'no places row has id "nowhere"' };
 * ```
 */
export interface TableIssue {
  table: string;
  row?: number;
  column?: string;
  /** The id of the row's record, when it has one. */
  id?: string;
  code: 'unknown-table' | 'missing-column' | 'unknown-column' | 'cell-type' | 'required' | 'primary-key' | 'foreign-key' | 'record';
  message: string;
}

/** The column specs of each built-in table, read from an empty dataset. */
const SPECS = new Map<TableName, { columns: ColumnSpec[]; primaryKey: string[]; foreignKeys: { column: string; table: TableName; references: string }[] }>();
function specOf(name: TableName) {
  let spec = SPECS.get(name);
  if (!spec) {
    const none = byCollection(byKind<Record<RecordKind, readonly never[]>>(() => []));
    const table = exportTable(none, name);
    SPECS.set(name, (spec = { columns: table.columns, primaryKey: table.primaryKey, foreignKeys: table.foreignKeys }));
  }
  return spec;
}

/** A CSV cell as the typed value of its column, or an error message. */
function typed(text: string, type: FieldType): Cell | { error: string } {
  if (text === '') return null;
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : { error: `"${text}" is not a whole number` };
    case 'number': {
      const n = Number(text);
      return text.trim() !== '' && Number.isFinite(n) ? n : { error: `"${text}" is not a number` };
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : { error: `"${text}" is not true or false` };
    default:
      return text;
  }
}

/**
 * Turns the text cells of one table (a CSV file read as strings, header first) into typed rows
 * by the column types of the built-in table of that name: `''` is `null`, integers, numbers and
 * booleans are parsed. Columns the built-in table lacks are kept as strings (extension fields).
 * Cells that do not parse and missing columns are reported.
 *
 * @example
 * ```ts
 * typedRows('citations', [['record', 'position'], ['iskp', '2']]).rows[0]?.position; // => 2
 * typedRows('citations', [['record', 'position'], ['iskp', 'two']]).issues[0]?.column; // => 'position'
 * ```
 */
export function typedRows(table: TableName, cells: readonly (readonly string[])[]): { rows: Row[]; issues: TableIssue[] } {
  const [header = [], ...body] = cells;
  const columns = new Map(specOf(table).columns.map((c) => [c.name, c]));
  const issues: TableIssue[] = [];
  // checkTables finds missing columns from the rows' keys; a header alone has no rows to show it.
  if (body.length === 0) {
    for (const name of columns.keys())
      if (!header.includes(name)) issues.push({ table, column: name, code: 'missing-column', message: `column "${name}" is missing` });
  }
  const rows = body.map((line, i) => {
    const row: Row = {};
    header.forEach((name, j) => {
      const cell = typed(line[j] ?? '', columns.get(name)?.type ?? 'string');
      if (cell !== null && typeof cell === 'object') {
        issues.push({ table, row: i + 1, column: name, code: 'cell-type', message: `${cell.error} (column type ${columns.get(name)?.type})` });
        row[name] = null;
      } else row[name] = cell;
    });
    return row;
  });
  return { rows, issues };
}

const show = (cell: Cell | undefined): string => JSON.stringify(cell ?? null);

/**
 * Checks tables of rows against the built-in tables: known table names, every column present,
 * required cells filled, primary keys unique and foreign keys resolving to a row of the table
 * they name. Extension columns (a name the table does not have) are allowed. Rows are numbered
 * from 1, without the header.
 *
 * @example
 * ```ts
 * checkTables(new Map([['incidents', [{ ...toRows('incidents')[0], place: 'nowhere' }]]])).some((i) => i.code === 'foreign-key'); // => true
 * ```
 */
export function checkTables(tables: ReadonlyMap<string, readonly Row[]>): TableIssue[] {
  const issues: TableIssue[] = [];
  for (const [name, rows] of tables) {
    if (!(TABLE_NAMES as readonly string[]).includes(name)) {
      issues.push({ table: name, code: 'unknown-table', message: `"${name}" is not a table of this package; expected one of ${TABLE_NAMES.join(', ')}` });
      continue;
    }
    const spec = specOf(name as TableName);
    const present = new Set(rows.flatMap((row) => Object.keys(row)));
    for (const c of spec.columns) {
      if (rows.length > 0 && !present.has(c.name))
        issues.push({ table: name, column: c.name, code: 'missing-column', message: `column "${c.name}" is missing` });
    }
    const keys = new Map<string, number>();
    rows.forEach((row, i) => {
      const at = { table: name, row: i + 1, ...(typeof row.id === 'string' ? { id: row.id } : {}) };
      for (const c of spec.columns) {
        if (c.required && present.has(c.name) && (row[c.name] ?? null) === null)
          issues.push({ ...at, column: c.name, code: 'required', message: `"${c.name}" is required` });
      }
      const key = JSON.stringify(spec.primaryKey.map((k) => row[k] ?? null));
      const first = keys.get(key);
      if (first !== undefined) {
        issues.push({
          ...at,
          column: spec.primaryKey.join(','),
          code: 'primary-key',
          message: `key ${spec.primaryKey.map((k) => show(row[k])).join(', ')} is already used by row ${first}`,
        });
      } else keys.set(key, i + 1);
    });
  }
  for (const [name, rows] of tables) {
    if (!(TABLE_NAMES as readonly string[]).includes(name)) continue;
    for (const fk of specOf(name as TableName).foreignKeys) {
      const targets = new Set((tables.get(fk.table) ?? []).map((row) => row[fk.references]));
      rows.forEach((row, i) => {
        const value = row[fk.column];
        if (value === null || value === undefined || targets.has(value)) return;
        issues.push({
          table: name,
          row: i + 1,
          column: fk.column,
          ...(typeof row.id === 'string' ? { id: row.id } : {}),
          code: 'foreign-key',
          message: `no ${fk.table} row has ${fk.references} ${show(value)}`,
        });
      });
    }
  }
  return issues;
}

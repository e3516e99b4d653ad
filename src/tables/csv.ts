import { stringify } from 'csv-stringify/sync';
import type { ColumnSpec, Row } from './table-spec.js';

/**
 * Rows as RFC 4180 CSV, written by csv-stringify: a header of the column names, then one line
 * per row in column order, `\r\n` line ends, fields quoted where needed, `null` as an empty
 * field, booleans as `true`/`false`.
 *
 * Not on the main entry: csv-stringify needs Node's `Buffer`, and the main entry stays
 * browser-safe. Node code imports it from `src/tables/csv.ts` (the CLI, the build script).
 *
 * @example
 * ```ts
 * toCsv([{ id: 'a', quote: 'said "no", then left' }], [{ name: 'id' }, { name: 'quote' }]);
 * // => 'id,quote\r\na,"said ""no"", then left"\r\n'
 * ```
 */
export function toCsv(rows: readonly Row[], columns: readonly Pick<ColumnSpec, 'name'>[]): string {
  return stringify(rows as Row[], {
    header: true,
    columns: columns.map((c) => ({ key: c.name, header: c.name })),
    record_delimiter: 'windows',
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}

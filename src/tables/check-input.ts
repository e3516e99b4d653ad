import { COLLECTION_OF, RECORD_KINDS } from '../schema/index.js';
import { describeValue, isFieldObject } from '../schema/describe-value.js';
import type { TableInput } from './table-spec.js';

/**
 * Checks that `input` is what the tables are made from (a Dataset, or an object with an array
 * of records for every kind, `checks` optional, each record an object with a string id), so a
 * wrong argument is a TypeError naming the collection and index, not "Cannot read properties
 * of null" from deep inside a table. `fn` is the public function called, for the message.
 *
 * @example
 * ```ts
 * assertTableInput(dataset, 'exportTables'); // passes
 * let caught: unknown;
 * try { assertTableInput({ actors: [] }, 'exportTables'); } catch (e) { caught = e; }
 * (caught as TypeError).message; // => 'exportTables: the dataset\'s "sources" must be an array of records, got undefined'
 * ```
 */
export function assertTableInput(input: unknown, fn: string): asserts input is TableInput {
  if (!isFieldObject(input))
    throw new TypeError(`${fn}: the dataset must be a Dataset or an object of record arrays by collection, got ${describeValue(input)}`);
  for (const kind of RECORD_KINDS) {
    const name = COLLECTION_OF[kind];
    const records = input[name];
    // Checks came later than the other kinds: inputs written before them leave them out.
    if (records === undefined && name === 'checks') continue;
    if (!Array.isArray(records)) throw new TypeError(`${fn}: the dataset's "${name}" must be an array of records, got ${describeValue(records)}`);
    for (let i = 0; i < records.length; i++) {
      const record: unknown = records[i];
      if (!isFieldObject(record) || typeof record.id !== 'string') {
        throw new TypeError(
          `${fn}: ${name}[${i}] must be a record with a string id, got ${isFieldObject(record) ? 'an object without one' : describeValue(record)}`,
        );
      }
    }
  }
}

/**
 * A TypeError that says which table could not be built, and which row when known, for the one
 * a record without a field the table reads caused (kept as its `cause`); any other error is
 * returned as it is.
 *
 * @example
 * ```ts
 * (tableError('exportTables', 'aliases', undefined, new TypeError('x is undefined')) as TypeError).message;
 * // => 'exportTables: table "aliases" cannot be built: a record lacks a field the table reads; createDataset(input) says which'
 * ```
 */
export function tableError(fn: string, table: string, row: number | undefined, error: unknown): unknown {
  if (!(error instanceof TypeError)) return error;
  const where = row === undefined ? '' : ` row ${row}`;
  return new TypeError(`${fn}: table "${table}"${where} cannot be built: a record lacks a field the table reads; createDataset(input) says which`, {
    cause: error,
  });
}

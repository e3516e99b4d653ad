import { describeValue } from '../schema/describe-value.js';
import type { Row } from './table-spec.js';

function assertRows(rows: unknown, fn: string): void {
  if (!Array.isArray(rows)) throw new TypeError(`${fn}: rows must be an array, got ${describeValue(rows)}`);
}

/**
 * Rows as a JSON array, one row per line, so that diffs and `head` stay readable.
 *
 * @throws {TypeError} When `rows` is not an array.
 *
 * @example
 * ```ts
 * toJson([{ id: 'iskp', country: null }]); // => '[\n{"id":"iskp","country":null}\n]\n'
 * ```
 */
export function toJson(rows: readonly unknown[]): string {
  assertRows(rows, 'toJson');
  if (rows.length === 0) return '[]\n';
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}

/**
 * Rows as newline-delimited JSON: one JSON object per line, each line ending in `\n`.
 *
 * @throws {TypeError} When `rows` is not an array.
 *
 * @example
 * ```ts
 * toNdjson([{ id: 'iskp' }, { id: 'taliban' }]); // => '{"id":"iskp"}\n{"id":"taliban"}\n'
 * ```
 */
export function toNdjson(rows: readonly unknown[]): string {
  assertRows(rows, 'toNdjson');
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

/** A row type for callers that want to say so. */
export type { Row };

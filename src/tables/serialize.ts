import type { Row } from './table-spec.js';

/**
 * Rows as a JSON array, one row per line, so that diffs and `head` stay readable.
 *
 * @example
 * ```ts
 * toJson([{ id: 'iskp', country: null }]); // => '[\n{"id":"iskp","country":null}\n]\n'
 * ```
 */
export function toJson(rows: readonly unknown[]): string {
  if (rows.length === 0) return '[]\n';
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}

/**
 * Rows as newline-delimited JSON: one JSON object per line, each line ending in `\n`.
 *
 * @example
 * ```ts
 * toNdjson([{ id: 'iskp' }, { id: 'taliban' }]); // => '{"id":"iskp"}\n{"id":"taliban"}\n'
 * ```
 */
export function toNdjson(rows: readonly unknown[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

/** A row type for callers that want to say so. */
export type { Row };

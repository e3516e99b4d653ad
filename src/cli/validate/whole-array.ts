import { idOf } from '../../dataset/record-id.js';
import type { RecordValidator } from '../../dataset/index.js';
import { bomLength, BufferPool } from './batch.js';
import { JsonArraySplitter } from './split-json-array.js';
import type { WorkResult } from './worker-protocol.js';

/**
 * A small JSON array's records, parsed in one `JSON.parse` of the whole text; `undefined` when
 * that cannot give the streaming path's answer: the bytes are not UTF-8, not JSON, not an
 * array, or an empty one. The streaming path then reads the same bytes and reports why.
 *
 * One native parse of a small file is some three times faster than cutting it into elements
 * byte by byte on a cold start, which is most of what `validate` costs on a file of a thousand
 * records (docs/performance.md).
 *
 * @example
 * ```ts
 * parseWholeArray(Buffer.from('\uFEFF[{"id":"a"}]')); // => [{ id: 'a' }]
 * parseWholeArray(Buffer.from('[]')); // => undefined
 * parseWholeArray(Buffer.from('[{"id":"a"},]')); // => undefined
 * ```
 */
export function parseWholeArray(bytes: Uint8Array): unknown[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bomLength(bytes))));
  } catch {
    return undefined;
  }
  return Array.isArray(value) && value.length > 0 ? value : undefined;
}

/**
 * The line each element of a JSON array starts on, as the streaming path numbers them. Found
 * only when a record is reported: a file whose records are all valid never needs them.
 *
 * @example
 * ```ts
 * elementLines(Buffer.from('[\n {"id":"a"},\n {"id":"b"}\n]')); // => Uint32Array [2, 3]
 * ```
 */
export function elementLines(bytes: Uint8Array): Uint32Array {
  const splitter = new JsonArraySplitter(new BufferPool(bytes.length));
  const lines = splitter.push(bytes)?.lines ?? new Uint32Array(0);
  splitter.end();
  return lines;
}

/**
 * Validates the records of a JSON array parsed whole. Returns `'all-valid'` when every record
 * is valid and no id is used twice; otherwise one batch with the streaming path's result: ids,
 * each bad record's issues, and the line each record starts on.
 *
 * @example
 * ```ts
 * const bytes = Buffer.from('[{"id":"a"}]');
 * checkWholeArray(bytes, parseWholeArray(bytes)!, createRecordValidator(ActorSchema)); // a batch: the actor lacks its fields
 * ```
 */
export function checkWholeArray(bytes: Uint8Array, records: readonly unknown[], validate: RecordValidator): WorkResult | 'all-valid' {
  const ids: (string | null)[] = [];
  const problems: WorkResult['problems'] = [];
  const seen = new Set<string>();
  let repeated = false;
  for (let index = 0; index < records.length; index++) {
    const value = records[index];
    const id = idOf(value) ?? null;
    ids.push(id);
    if (id !== null) {
      repeated ||= seen.has(id);
      seen.add(id);
    }
    const issues = validate(value);
    if (issues.length > 0) problems.push({ index, issues });
  }
  if (problems.length === 0 && !repeated) return 'all-valid';
  const lines = elementLines(bytes);
  // Both count the array's elements; a difference would be a bug in one of them.
  if (lines.length !== records.length) throw new Error(`whole-array: ${lines.length} element lines for ${records.length} records`);
  return { seq: 0, lines, ids: JSON.stringify(ids), problems, syntax: [] };
}

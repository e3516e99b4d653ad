import { idOf } from '../../dataset/record-id.js';
import type { RecordValidator } from '../../dataset/index.js';
import type { ValidityCheck } from '../../dataset/compiled-validator/validity-check.js';
import { passesQuickly } from './inline-validation.js';
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
    // One byte order mark is the file's; the decoder must keep a second, which JSON refuses.
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bomLength(bytes))));
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

/** Records a batch holds once a record has to be reported: as many as the stream's batches, about. */
const SLICE = 1024;

/**
 * Validates the records of a JSON array parsed whole. Returns `'all-valid'` when every record
 * is valid and no id is used twice, having delivered nothing. Otherwise it delivers every
 * record, in batches of the streaming path's form (ids, each bad record's issues, the line each
 * record starts on), and returns `'delivered'`: from the first record to report on, batches go
 * out as they fill, and `deliver` is awaited, so memory holds one batch's issues and the report
 * written so far can leave, not the whole file's.
 *
 * @example
 * ```ts
 * const bytes = Buffer.from('[{"id":"a"}]');
 * await checkWholeArray(bytes, parseWholeArray(bytes)!, createRecordValidator(ActorSchema), report); // => 'delivered'
 * ```
 */
export async function checkWholeArray(
  bytes: Uint8Array,
  records: readonly unknown[],
  validate: RecordValidator,
  deliver: (result: WorkResult) => Promise<void>,
): Promise<'all-valid' | 'delivered'> {
  const ids: (string | null)[] = [];
  const seen = new Set<string>();
  let lines: Uint32Array | undefined;
  let problems: WorkResult['problems'] = [];
  let from = 0;
  const flush = async (to: number): Promise<void> => {
    const batch = { seq: 0, lines: lines!.slice(from, to), ids: JSON.stringify(ids.slice(from, to)), problems, syntax: [] };
    problems = [];
    from = to;
    await deliver(batch);
  };
  for (let index = 0; index < records.length; index++) {
    const value = records[index];
    const id = idOf(value) ?? null;
    ids.push(id);
    const repeated = id !== null && seen.has(id);
    if (id !== null) seen.add(id);
    const issues = validate(value);
    if (lines === undefined && (issues.length > 0 || repeated)) lines = linesOf(bytes, records.length);
    if (issues.length > 0) problems.push({ index: index - from, issues });
    if (lines !== undefined && index + 1 - from >= SLICE) await flush(index + 1);
  }
  if (lines === undefined) return 'all-valid';
  if (from < records.length) await flush(records.length);
  return 'delivered';
}

/**
 * Whether every record passes `quick` (a check generated with the package, which needs no zod)
 * and no id is used twice: then the file is valid, and neither zod nor line numbers are needed.
 *
 * @example
 * ```ts
 * const quick = (await kindSchema('actor')).quick!;
 * allValidQuickly([getActor('iskp'), getActor('tajikistan')], quick); // => true
 * allValidQuickly([getActor('iskp'), getActor('iskp')], quick); // => false
 * ```
 */
export function allValidQuickly(records: readonly unknown[], quick: ValidityCheck): boolean {
  const seen = new Set<string>();
  for (const value of records) {
    if (!passesQuickly(quick, value)) return false;
    const id = idOf(value);
    if (id === undefined) continue;
    if (seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

/** {@link elementLines}, which must count as many elements as the parse found. */
function linesOf(bytes: Uint8Array, count: number): Uint32Array {
  const lines = elementLines(bytes);
  // Both count the array's elements; a difference would be a bug in one of them.
  if (lines.length !== count) throw new Error(`whole-array: ${lines.length} element lines for ${count} records`);
  return lines;
}

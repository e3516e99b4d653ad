import type * as z from 'zod';
import { deepCopy } from './copy.js';

/** The outcome of {@link parseRecord}: the parsed record, or zod-shaped issues. */
export type ParsedRecord = { success: true; data: unknown } | { success: false; issues: readonly z.core.$ZodIssue[] };

function failure(message: string): ParsedRecord {
  return { success: false, issues: [{ code: 'custom', path: [], message, input: undefined }] };
}

function tooDeep(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * Parses one record with its schema and never throws: a schema that recurses (a caller's
 * `z.json()`, say) on input nested too deeply to walk becomes an issue instead of a crash.
 *
 * With `copy`, the raw record is deep-copied ({@link deepCopy}) before parsing. Our own schemas
 * rebuild every object and array they accept, so their output shares nothing with the input; a
 * caller's schema may pass values through untouched (`z.any()`, `z.record()`, `z.looseObject()`),
 * and without the copy the dataset would keep, and freeze, the caller's own objects.
 *
 * @example
 * ```ts
 * const input = { id: 'a', extra: { n: 1 } };
 * const parsed = parseRecord(z.looseObject({ id: z.string() }), input, true);
 * parsed.success && (parsed.data as typeof input).extra !== input.extra; // => true
 * // parseRecord(z.json(), 100,000 nested arrays, false).success is false: tests/hostile covers it
 * ```
 */
export function parseRecord(schema: z.ZodType, raw: unknown, copy: boolean): ParsedRecord {
  let value = raw;
  if (copy) {
    try {
      value = deepCopy(raw);
    } catch (error) {
      return failure(`record cannot be copied: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    const parsed = schema.safeParse(value);
    return parsed.success ? { success: true, data: parsed.data } : { success: false, issues: parsed.error.issues };
  } catch (error) {
    if (tooDeep(error)) return failure('record is nested too deeply to validate');
    // A caller's refinement or transform threw: report it against the record, keep validating.
    return failure(`schema threw while validating: ${error instanceof Error ? error.message : String(error)}`);
  }
}

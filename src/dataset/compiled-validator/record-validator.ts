import type * as z from 'zod';
import { compileValidityCheck } from './compile.js';

/**
 * One problem with one record: where in the record, and what is wrong.
 *
 * @example
 * ```ts
 * const validate = createRecordValidator(IncidentSchema);
 * const [issue]: readonly RecordIssue[] = validate({ ...getIncident('badakhshan-border-incursion-2023-09'), type: 'riot' });
 * [issue?.code, issue?.path]; // => ['schema', ['type']]
 * ```
 */
export interface RecordIssue {
  /**
   * `date-order` when a date starts after it ends; `refinement-threw` when the schema (a
   * caller's refinement or transform) threw on this record instead of answering; `schema` for
   * every other rule.
   */
  code: 'schema' | 'date-order' | 'refinement-threw';
  /** Path of the offending field inside the record; empty for the record as a whole. */
  path: (string | number)[];
  message: string;
}

/**
 * Checks one record; returns its issues, an empty array when it is valid.
 *
 * @example
 * ```ts
 * const validate: RecordValidator = createRecordValidator(ActorSchema);
 * validate(getActor('iskp')); // => []
 * ```
 */
export type RecordValidator = (value: unknown) => readonly RecordIssue[];

function toRecordIssue(issue: z.core.$ZodIssue): RecordIssue {
  return {
    code: issue.code === 'custom' && issue.params?.code === 'date-order' ? 'date-order' : 'schema',
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  };
}

function tooDeep(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** The issue for a schema that threw on a record rather than answering. */
function thrownIssue(error: unknown): RecordIssue {
  let text: string;
  // What a caller's refinement throws may be anything, even a value whose text throws in turn.
  try {
    if (tooDeep(error)) return { code: 'schema', path: [], message: 'record is nested too deeply to validate' };
    // A message getter may return anything, or throw.
    const said: unknown = error instanceof Error ? error.message : error;
    text = String(said);
  } catch {
    text = 'an unprintable value';
  }
  return { code: 'refinement-threw', path: [], message: `schema threw while validating: ${text}` };
}

/** zod's issues for `value`, never throwing: a schema that throws gives one issue saying so. */
function slowIssues(schema: z.ZodType, value: unknown): RecordIssue[] {
  let parsed: ReturnType<z.ZodType['safeParse']>;
  try {
    parsed = schema.safeParse(value);
  } catch (error) {
    return [thrownIssue(error)];
  }
  return parsed.success ? [] : parsed.error.issues.map(toRecordIssue);
}

/** Whether the compiled check passes `value`; `false` when it throws (a caller's refinement). */
function passesFast(fast: (value: unknown) => boolean, value: unknown): boolean {
  try {
    return fast(value);
  } catch {
    return false;
  }
}

/**
 * Makes a validator for one record kind, for checking many records one at a time (a stream, a
 * large export). Valid records take a compiled fast path that allocates nothing; a record it
 * rejects is parsed again by zod for the exact issues, so messages and paths are zod's. Checks
 * each record on its own: cross-record rules (unique ids, references, quotes) need
 * `createDataset`. It never throws: a schema that throws on a record (a caller's refinement)
 * gives that record a `refinement-threw` issue, and one nested too deeply to walk a `schema`
 * issue saying so.
 *
 * @example
 * ```ts
 * const validate = createRecordValidator(IncidentSchema);
 * validate(getIncident('badakhshan-border-incursion-2023-09')); // => []
 * validate({ ...getIncident('badakhshan-border-incursion-2023-09'), type: 'riot' })[0]?.path; // => ['type']
 * ```
 */
export function createRecordValidator(schema: z.ZodType): RecordValidator {
  const fast = compileValidityCheck(schema);
  return (value) => (fast !== undefined && passesFast(fast, value) ? [] : slowIssues(schema, value));
}

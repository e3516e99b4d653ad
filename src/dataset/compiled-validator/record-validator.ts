import type { z } from 'zod';
import { parseRecord } from '../parse-record.js';
import { compileValidityCheck } from './compile.js';

/**
 * One problem with one record: where in the record, and what is wrong.
 *
 * @example
 * ```ts
 * const validate = createRecordValidator(IncidentSchema);
 * const [issue]: RecordIssue[] = validate({ ...getIncident('badakhshan-border-incursion-2023-09'), type: 'riot' });
 * [issue?.code, issue?.path]; // => ['schema', ['type']]
 * ```
 */
export interface RecordIssue {
  /** `date-order` when a date starts after it ends; `schema` for every other rule. */
  code: 'schema' | 'date-order';
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

/**
 * Makes a validator for one record kind, for checking many records one at a time (a stream, a
 * large export). Valid records take a compiled fast path that allocates nothing; a record it
 * rejects is parsed again by zod for the exact issues, so messages and paths are zod's. Checks
 * each record on its own: cross-record rules (unique ids, references, quotes) need
 * `createDataset`.
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
  return (value) => {
    if (fast !== undefined && fast(value)) return [];
    // parseRecord turns a schema that throws, or recurses past the stack, into an issue.
    const result = parseRecord(schema, value, false);
    return result.success ? [] : result.issues.map(toRecordIssue);
  };
}

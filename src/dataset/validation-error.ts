import type { RecordKind } from '../schema/index.js';

/**
 * What kind of problem a {@link ValidationIssue} reports.
 *
 * - `input`: the input is not a dataset object, or a collection is not an array;
 * - `schema`: a record breaks its schema (wrong type, missing field, unknown field, bad enum);
 * - `date-order`: a date's `start` is after its `end`;
 * - `duplicate-id`: two records share an id (ids are unique across all kinds);
 * - `dangling-reference`: a field names an id no record of the expected kind has;
 * - `quote-not-found`: a citation's quote is not in its source's text;
 * - `quote-without-text`: a citation quotes a source whose text the repository may not hold
 *   (no `textHeld: true`); cite it with a summary and a locator instead;
 * - `check-inconsistent`: a check's value does not fit the field it checks (a refined date
 *   outside the reported one, a contradicting date inside it, a figure outside its bounds);
 * - `check-without-primary-source`: a check with a verdict other than `unverified` cites no
 *   source besides secondary ones and the record's own.
 *
 * @example
 * ```ts
 * try {
 *   createDataset({ actors: 'none' });
 * } catch (error) {
 *   const code: ValidationIssueCode | undefined = (error as DatasetValidationError).issues[0]?.code; // => 'input'
 * }
 * ```
 */
export type ValidationIssueCode =
  | 'input'
  | 'schema'
  | 'date-order'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'quote-not-found'
  | 'quote-without-text'
  | 'check-inconsistent'
  | 'check-without-primary-source';

/**
 * One problem found in a dataset: which record, which field, and what is wrong.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   code: 'dangling-reference', kind: 'incident', id: 'badakhshan-incursion', index: 3,
 *   path: ['actors', 0, 'actor'], message: 'unknown actor "tajikstan"',
 * };
 * formatIssue(issue);
 * // => 'incident "badakhshan-incursion" (incidents[3]) at actors.0.actor: unknown actor "tajikstan"'
 * ```
 */
export interface ValidationIssue {
  code: ValidationIssueCode;
  /** Kind of the record at fault, or `dataset` for a problem with the input as a whole. */
  kind: RecordKind | 'dataset';
  /** The record's id, when it has a readable one. */
  id?: string;
  /** Position of the record in its collection. */
  index?: number;
  /** Path of the offending field inside the record. */
  path: readonly (string | number)[];
  message: string;
}

/**
 * Formats an issue as one line: `incident "x" (incidents[3]) at actors.0.actor: unknown actor "y"`.
 * Long ids, paths and messages are shortened with `…`, so the line stays small whatever the
 * input held; the issue itself keeps them whole.
 *
 * @example
 * ```ts
 * formatIssue({ code: 'schema', kind: 'actor', id: 'iskp', index: 2, path: ['kind'], message: 'Invalid option' });
 * // => 'actor "iskp" (actors[2]) at kind: Invalid option'
 * ```
 */
export function formatIssue(issue: ValidationIssue): string {
  const where =
    issue.kind === 'dataset'
      ? 'dataset'
      : `${issue.kind}${issue.id === undefined ? '' : ` "${shorten(issue.id, 100)}"`}${issue.index === undefined ? '' : ` (${issue.kind}s[${issue.index}])`}`;
  const path = issue.path.length > 0 ? ` at ${shorten(issue.path.slice(0, 20).join('.'), 200)}${issue.path.length > 20 ? '…' : ''}` : '';
  return `${where}${path}: ${shorten(issue.message, 300)}`;
}

// Hostile input puts arbitrary strings (a 50 MB key, a 100,000-step path) into issues; the
// one-line form stays readable and small, while `issues` keeps them whole.
function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const SHOWN_IN_MESSAGE = 20;

/**
 * Thrown by `createDataset` when the input has any problem. `issues` lists every problem found,
 * not only the first.
 *
 * @example
 * ```ts
 * try {
 *   createDataset({ actors: [{ id: 'x' }] });
 * } catch (error) {
 *   if (error instanceof DatasetValidationError) error.issues[0].code; // => 'schema'
 * }
 * ```
 */
export class DatasetValidationError extends Error {
  override readonly name = 'DatasetValidationError';
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const lines = issues.slice(0, SHOWN_IN_MESSAGE).map((issue) => `  - ${formatIssue(issue)}`);
    if (issues.length > SHOWN_IN_MESSAGE) lines.push(`  … and ${issues.length - SHOWN_IN_MESSAGE} more (see .issues)`);
    super(`dataset has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.issues = Object.freeze([...issues]);
  }
}

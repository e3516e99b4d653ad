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
 * const code: ValidationIssueCode | undefined = safeCreateDataset({ actors: 'none' }).error?.issues[0]?.code; // => 'input'
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
 * Control characters are escaped (a newline in an id cannot forge a second line) and long ids,
 * paths and messages are cut, with their full length stated, so the line stays small whatever
 * the input held; the issue itself keeps them whole.
 *
 * @example
 * ```ts
 * formatIssue({ code: 'schema', kind: 'actor', id: 'iskp', index: 2, path: ['kind'], message: 'Invalid option' });
 * // => 'actor "iskp" (actors[2]) at kind: Invalid option'
 * formatIssue({ code: 'schema', kind: 'actor', id: 'a\nb', path: [], message: 'bad' });
 * // => 'actor "a\\nb": bad'
 * ```
 */
export function formatIssue(issue: ValidationIssue): string {
  const where =
    issue.kind === 'dataset'
      ? 'dataset'
      : `${issue.kind}${issue.id === undefined ? '' : ` "${displayText(issue.id, 100)}"`}${issue.index === undefined ? '' : ` (${issue.kind}s[${issue.index}])`}`;
  const path = issue.path.length > 0 ? ` at ${displayPath(issue.path, 200)}` : '';
  return `${where}${path}: ${displayText(issue.message, 300)}`;
}

/** Escapes of the control characters that have a short one; the others become `\uXXXX`. */
const SHORT_ESCAPES: Readonly<Record<number, string>> = Object.freeze({ 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' });

/** C0 and C1 controls, DEL, and the line and paragraph separators. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

function escapeOf(code: number): string {
  return SHORT_ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` made safe and small for one line of a report: control characters (C0, C1, DEL,
 * U+2028/U+2029) escaped as in JSON (`\n`, `\u001b`), so that input can
 * neither forge lines nor send terminal commands; cut after at most `maxBytes` bytes of UTF-8,
 * with the full length stated, so that a 50 MB id prints as a short line.
 *
 * @example
 * ```ts
 * displayText('a\u001b[2Jb', 100); // => 'a\\u001b[2Jb'
 * displayText('x'.repeat(1000), 10).endsWith('… (1,000 characters)'); // => true
 * ```
 */
export function displayText(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const shown = isControl(code) ? escapeOf(code) : text[i]!;
    // A UTF-16 unit costs 1 to 3 bytes of UTF-8 (a surrogate pair 4, 2 for each half).
    const cost = isControl(code) ? shown.length : code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
    if (bytes + cost > maxBytes) break;
    out += shown;
    bytes += cost;
  }
  if (i === text.length) return out;
  // Never end on half of a surrogate pair.
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return `${out}… (${text.length.toLocaleString('en')} characters)`;
}

/**
 * A field path as `a.b.0.c` for a report line: each step through {@link displayText}, the whole
 * cut after `maxBytes` bytes with the number of steps stated.
 *
 * @example
 * ```ts
 * displayPath(['actors', 0, 'role'], 200); // => 'actors.0.role'
 * ```
 */
export function displayPath(path: readonly (string | number)[], maxBytes: number): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const step = displayText(String(path[i]), maxBytes);
    if (out.length + step.length + 1 > maxBytes) return `${out}… (${path.length.toLocaleString('en')} steps)`;
    out += i === 0 ? step : `.${step}`;
  }
  return out;
}

const SHOWN_IN_MESSAGE = 20;

const DATASET_VALIDATION_ERROR = Symbol.for('central-asia-security.DatasetValidationError');

/**
 * Thrown by `createDataset` when the input has any problem. `issues` lists every problem found,
 * not only the first.
 *
 * @example
 * ```ts
 * let caught: unknown;
 * try {
 *   createDataset({ actors: [{ id: 'x' }] });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof DatasetValidationError && caught.issues[0]?.code; // => 'schema'
 * ```
 */
export class DatasetValidationError extends Error {
  override readonly name = 'DatasetValidationError';

  /**
   * `instanceof` by brand, not by class: the ESM and CommonJS builds each define this class, and
   * an error thrown by one must still be recognised by the other (a registry-wide symbol marks it).
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[DATASET_VALIDATION_ERROR] === true;
  }

  /** The brand {@link DatasetValidationError}'s `instanceof` reads. */
  get [DATASET_VALIDATION_ERROR](): true {
    return true;
  }

  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const lines = issues.slice(0, SHOWN_IN_MESSAGE).map((issue) => `  - ${formatIssue(issue)}`);
    if (issues.length > SHOWN_IN_MESSAGE) lines.push(`  … and ${issues.length - SHOWN_IN_MESSAGE} more (see .issues)`);
    super(`dataset has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.issues = Object.freeze([...issues]);
  }
}

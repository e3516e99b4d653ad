import type { Writable } from 'node:stream';
import { displayPath, displayText } from '../../dataset/validation-error.js';

/** One problem with one record of the input. */
export interface LineIssue {
  line: number;
  id: string | null;
  code: string;
  path: readonly (string | number)[];
  message: string;
}

/** Totals printed at the end of a run. */
export interface Summary {
  records: number;
  invalid: number;
  issues: number;
  duplicateIds: number;
}

/** Where the run's report goes, as text for people or JSON for programs. */
export interface Reporter {
  issue(issue: LineIssue): void;
  /** Ends the report; `error` is a problem that made the input unusable. */
  finish(summary: Summary, error?: { line?: number; message: string }): void;
}

/** Report output is small next to the input (a line per bad record), so it is written as is. */
function write(out: Writable, text: string): void {
  out.write(text);
}

/**
 * Bytes of UTF-8 an echoed value may take in a report: the id, the path and the message of an
 * issue together stay under 1 KB, so 1,000 issues make at most about 1 MB of report whatever
 * the input held.
 */
export const REPORT_LIMITS = Object.freeze({ id: 100, path: 200, message: 300 });

/**
 * An issue as reports show it: control characters escaped and long values cut, with their full
 * length stated (see `displayText`). Both reports show the same text.
 *
 * @example
 * ```ts
 * shownIssue({ line: 1, id: 'a\nb', code: 'schema', path: ['type'], message: 'Invalid option' }).id; // => 'a\\nb'
 * ```
 */
export function shownIssue(issue: LineIssue): LineIssue {
  const path = displayPath(issue.path, REPORT_LIMITS.path);
  return {
    line: issue.line,
    id: issue.id === null ? null : displayText(issue.id, REPORT_LIMITS.id),
    code: issue.code,
    // A path with nothing to escape or cut keeps its steps (numbers stay numbers).
    path: path === issue.path.join('.') ? issue.path : [path],
    message: displayText(issue.message, REPORT_LIMITS.message),
  };
}

/**
 * One line per issue, `file:line: "id" at path: message`, then a summary line.
 *
 * @example
 * ```ts
 * textReporter(process.stdout, 'events.ndjson').issue({ line: 3, id: 'a', code: 'schema', path: ['type'], message: 'Invalid option' });
 * // prints: events.ndjson:3: "a" at type: Invalid option
 * ```
 */
export function textReporter(out: Writable, file: string): Reporter {
  return {
    issue(raw) {
      const { line, id, path, message } = shownIssue(raw);
      const who = id === null ? 'record' : `"${id}"`;
      const where = path.length > 0 ? ` at ${path.join('.')}` : '';
      write(out, `${file}:${line}: ${who}${where}: ${message}\n`);
    },
    finish(summary, error) {
      if (error !== undefined) return;
      const { records, invalid, issues, duplicateIds } = summary;
      const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
      write(
        out,
        invalid === 0
          ? `${file}: ${plural(records, 'record')}, all valid\n`
          : `${file}: ${plural(records, 'record')}, ${invalid} invalid (${plural(issues, 'issue')}${duplicateIds > 0 ? `, ${plural(duplicateIds, 'duplicate id')}` : ''})\n`,
      );
    },
  };
}

/**
 * A JSON document `{ file, kind, format, issues: [...], summary, error }`, streamed: issues are
 * written as they are found, so memory stays flat however many there are.
 *
 * @example
 * ```ts
 * const report = jsonReporter(process.stdout, { file: 'a.json', kind: 'incident', format: 'json' });
 * report.finish({ records: 1, invalid: 0, issues: 0, duplicateIds: 0 });
 * // prints: {"file":"a.json","kind":"incident","format":"json","issues":[],"summary":{…},"error":null}
 * ```
 */
export function jsonReporter(out: Writable, head: { file: string; kind: string; format: string | null }): Reporter {
  write(out, `${JSON.stringify(head).slice(0, -1)},"issues":[`);
  let first = true;
  return {
    issue(issue) {
      write(out, `${first ? '\n' : ',\n'}${JSON.stringify(shownIssue(issue))}`);
      first = false;
    },
    finish(summary, error) {
      write(out, `${first ? '' : '\n'}],"summary":${JSON.stringify(summary)},"error":${JSON.stringify(error ?? null)}}\n`);
    },
  };
}

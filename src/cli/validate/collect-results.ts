import type { Reporter, Summary } from './report.js';
import { DuplicateIds } from './duplicate-ids.js';
import type { WorkResult } from './worker-protocol.js';

/** A problem that makes the whole input unusable (exit 2), with the line it was found on. */
export interface Fatal {
  line?: number;
  message: string;
}

/**
 * Turns the validators' results, which arrive in input order, into the report: each record's
 * syntax and schema issues, then duplicate ids, and the running totals. In a JSON array an
 * element that is not JSON makes the whole input unusable; past that, nothing more is reported.
 *
 * @example
 * ```ts
 * const results = new ResultCollector('ndjson', textReporter(process.stdout, 'a.ndjson'));
 * results.deliver(result); // reports the batch's issues
 * results.summary.records; // => the records seen so far
 * ```
 */
export class ResultCollector {
  readonly summary: Summary = { records: 0, invalid: 0, issues: 0, duplicateIds: 0 };
  fatal: Fatal | undefined;
  readonly #seen = new DuplicateIds();
  readonly #format: string;
  readonly #reporter: Reporter;

  constructor(format: string, reporter: Reporter) {
    this.#format = format;
    this.#reporter = reporter;
  }

  /**
   * Counts an input's records when all are already known valid, with no id used twice: a
   * small JSON array checked whole (`checkWholeArray`). There is nothing to report, and
   * no id needs remembering, since no batch comes after it.
   */
  countValid(records: number): void {
    this.summary.records += records;
  }

  /** Reports one batch's results. */
  deliver(result: WorkResult): void {
    const ids = JSON.parse(result.ids) as (string | null)[];
    let p = 0;
    let s = 0;
    for (let i = 0; i < result.lines.length && this.fatal === undefined; i++) {
      const syntax = result.syntax[s]?.index === i ? result.syntax[s++] : undefined;
      const problem = result.problems[p]?.index === i ? result.problems[p++] : undefined;
      this.#record(result.lines[i]!, ids[i] ?? null, syntax?.message, problem?.issues ?? []);
    }
  }

  #record(
    line: number,
    id: string | null,
    syntax: string | undefined,
    issues: readonly { code: string; path: readonly (string | number)[]; message: string }[],
  ): void {
    this.summary.records++;
    if (syntax !== undefined && this.#format === 'json') {
      this.fatal = { line, message: `line ${line}: ${syntax}` };
      return;
    }
    let bad = 0;
    if (syntax !== undefined) {
      this.#reporter.issue({ line, id, code: 'syntax', path: [], message: syntax });
      bad++;
    }
    for (const issue of issues) {
      this.#reporter.issue({ line, id, code: issue.code, path: issue.path, message: issue.message });
      bad++;
    }
    if (id !== null && this.#duplicate(line, id)) bad++;
    if (bad > 0) {
      this.summary.invalid++;
      this.summary.issues += bad;
    }
  }

  #duplicate(line: number, id: string): boolean {
    const firstLine = this.#seen.firstLine(id, line);
    if (firstLine === undefined) return false;
    this.#reporter.issue({ line, id, code: 'duplicate-id', path: ['id'], message: `id "${id}" is already used on line ${firstLine}` });
    this.summary.duplicateIds++;
    return true;
  }
}

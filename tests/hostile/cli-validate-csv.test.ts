/**
 * `validate` on CSV that once crashed it or exhausted memory: huge array indexes and deep
 * paths in the header, rows with the wrong number of cells, cells nested thousands deep, and a
 * caller's schema that JSON Schema cannot express. Runs the built CLI (dist/cli.js).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_COLUMN_INDEX, MAX_COLUMN_STEPS } from '../../src/cli/validate/csv-records.js';
import { expectNoCrash, runCli, scratch } from '../helpers/run-cli.js';
import { withSchemasModule } from '../helpers/schemas-module.js';

const { dir, file } = scratch('cas-csv-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const validate = (path: string, ...more: string[]) => runCli(['validate', path, '--kind', 'incident', '--quiet', ...more], { cwd: dir, timeout: 60_000 });

describe('CSV column paths', () => {
  it('refuses an array index past the bound with exit 2 naming the column, before building any record', () => {
    for (const index of ['999999', '4294967294', '1000']) {
      const run = validate(file(`index-${index}.csv`, `id,actors.${index}.role\nx,perpetrator\n`));
      expectNoCrash(run);
      expect([index, run.code]).toEqual([index, 2]);
      expect(run.stderr).toContain(`line 1: column 2 "actors.${index}.role" names array index ${index}; at most ${MAX_COLUMN_INDEX} is allowed`);
    }
    // The largest allowed index still works (and is reported as the sparse array it makes).
    const edge = validate(file('index-edge.csv', `id,actors.${MAX_COLUMN_INDEX}.role\nx,perpetrator\n`), '--format', 'json');
    expect(edge.code).toBe(1);
  });

  it('refuses a dotted header 5,000 steps deep with exit 2 naming the column', () => {
    const run = validate(file('deep-header.csv', `id,${Array(5000).fill('a').join('.')}\nx,1\n`));
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`line 1: column 2 "a\\.a\\.a.*… \\(9,999 characters\\)" is a path of 5,000 steps; at most ${MAX_COLUMN_STEPS} are allowed`),
    );
  });
});

describe('CSV rows', () => {
  it('refuses a quote inside an unquoted cell with exit 2 and its line, in text and JSON, not an internal error (attack 4)', () => {
    for (const [name, text, line] of [
      ['open-quote.csv', 'id,title\nab"c,x\n', 2],
      ['open-quote-last.csv', 'id,title\nab,x"\n', 2],
    ] as const) {
      const run = validate(file(name, text));
      expectNoCrash(run);
      expect([name, run.code, run.stderr]).toEqual([
        name,
        2,
        `${dir}/${name}: line ${line}: CSV: a quote inside an unquoted cell (quote the whole cell and double the quote) [INVALID_OPENING_QUOTE]\n`,
      ]);
      const json = validate(file(name, text), '--format', 'json');
      expect((JSON.parse(json.stdout) as { error: { line: number } }).error.line).toBe(line);
    }
  });

  it('reports a row with the wrong number of cells by its line and csv-parse code, exit 2', () => {
    for (const [name, content, line] of [
      ['too-many.csv', 'id,type\na,clash\nb,clash,extra\n', 3],
      ['too-few.csv', 'id,type,title\na,clash,t\nb\n', 3],
    ] as const) {
      const run = validate(file(name, content));
      expectNoCrash(run);
      expect([name, run.code]).toEqual([name, 2]);
      expect(run.stderr).toContain(`line ${line}: CSV: the row has a different number of cells than the header`);
      expect(run.stderr).toContain('[CSV_RECORD_INCONSISTENT_FIELDS_LENGTH]');
    }
  });

  it('reports the rows read before a row with the wrong number of cells in the same batch, then exit 2', () => {
    // Rows 2 and 3 are bad records in the same batch of 1,000 as the unreadable row 4: they were lost.
    const path = file('before-fatal.csv', 'id,type\na,clash\nb,riot\nc,clash,extra\n');
    for (const format of ['text', 'json']) {
      const run = validate(path, '--format', format);
      expectNoCrash(run);
      expect([format, run.code]).toEqual([format, 2]);
      expect(run.stderr).toContain('line 4: CSV: the row has a different number of cells than the header');
      const lines =
        format === 'json'
          ? (JSON.parse(run.stdout) as { issues: { line: number; id: string }[] }).issues.map((i) => `${i.line} ${i.id}`)
          : run.stdout
              .split('\n')
              .filter(Boolean)
              .map((l) => l.replace(/^[^:]*:(\d+): "(\w+)".*$/, '$1 $2'));
      expect([...new Set(lines)]).toEqual(['2 a', '3 b']);
    }
  });

  it('reports every row csv-parse had read ahead of a row with the wrong number of cells', () => {
    // The parser reads ahead of the validator; its error destroyed the stream with these rows in it.
    const rows = Array.from({ length: 7 }, (_, i) => `r${i},riot,"${'long title '.repeat(200)}"`);
    const path = file('read-ahead-fatal.csv', ['id,type,title', ...rows, 'x,y', ...rows, ''].join('\n'));
    const run = validate(path, '--format', 'json');
    expectNoCrash(run);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { issues: { line: number; id: string }[]; error: { line: number } };
    expect([...new Set(report.issues.map((i) => `${i.line} ${i.id}`))]).toEqual(rows.map((_, i) => `${i + 2} r${i}`));
    expect(report.error.line).toBe(9);
  });

  it("numbers rows by the file's lines when quoted cells hold CRLF or a lone CR (csv-parse counts each CR as a line)", () => {
    const rows = 'id,title\r\n"a\r\nb",t\r\n"c\rx",d\r\ne,f\r\n';
    const run = validate(file('crlf-cells.csv', rows), '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { issues: { line: number; id: string }[] };
    expect([...new Set(report.issues.map((i) => `${i.line} ${i.id}`))]).toEqual(['2 a\\r\\nb', '4 c\\rx', '5 e']);
    const bad = validate(file('crlf-cells-bad.csv', `${rows}"g\r\n",h,extra\r\n`));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('line 6: CSV: the row has a different number of cells than the header');
  });

  it('reports a cell nested 5,000 deep as an issue on its row (exit 1), as NDJSON does, on threads and on the main thread', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const path = file('deep-cell.csv', `id,actors\nok,[]\ndeep,"${deep}"\n`);
    for (const workers of ['0', '2']) {
      const run = validate(path, '--format', 'json', '--workers', workers);
      expectNoCrash(run);
      expect(run.code).toBe(1);
      const issues = (JSON.parse(run.stdout) as { issues: { line: number; id: string; code: string; message: string }[] }).issues;
      expect(issues).toContainEqual({ line: 3, id: 'deep', code: 'syntax', path: [], message: 'a cell nests arrays or objects more than 1,000 deep' });
    }
  });

  it('validates CSV with a --schemas schema that uses .transform() and z.custom(), as NDJSON', () => {
    withSchemasModule(
      'transform',
      [
        "import { z } from 'zod';",
        "import { IncidentSchema } from 'central-asia-security/schema';",
        'export const schemas = { incident: IncidentSchema.safeExtend({ severity: z.custom((v) => v === undefined || /^[1-5]$/.test(String(v))).optional() }).transform((r) => r) };',
      ],
      (module) => {
        const csv = validate(file('transform.csv', 'id,type,severity\na,clash,9\n'), '--schemas', module, '--format', 'json');
        expectNoCrash(csv);
        expect(csv.code).toBe(1);
        const paths = (JSON.parse(csv.stdout) as { issues: { path: string[] }[] }).issues.map((i) => i.path.join('.'));
        expect(paths).toEqual(expect.arrayContaining(['title', 'date']));
      },
    );
  });
});

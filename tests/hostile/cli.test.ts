/**
 * `central-asia-security validate` on hostile and broken files: every case ends with the
 * documented exit code (0 valid, 1 invalid records, 2 unusable input or arguments) and a message
 * naming what is wrong and where, never a stack trace; no built-in prototype changes; memory
 * stays bounded. Runs the built CLI (dist/cli.js) with a preload that reports prototype changes
 * and peak memory at exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputSyntaxError } from '../../src/cli/validate/batch.js';
import { Utf8Check } from '../../src/cli/validate/utf8-check.js';
import { fullDataset } from '../fixtures/full-dataset.js';
import { getAt, leafPaths, nestedJson, setAt } from '../helpers/hostile.js';
import { withSchemasModule } from '../helpers/schemas-module.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const GUARD = fileURLToPath(new URL('../helpers/prototype-guard.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cas-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const incidents = fullDataset().incidents as Record<string, unknown>[];
const [first, second] = incidents as [Record<string, unknown> & { id: string }, Record<string, unknown>];
const MiB = 1024 * 1024;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the run, in MiB. */
  rssMiB: number;
}

function run(args: string[], input?: string | Buffer): Run {
  const result = spawnSync(process.execPath, ['--import', GUARD, CLI, ...args], { input, cwd: dir, maxBuffer: 256 * MiB });
  const stderr = result.stderr.toString('utf8');
  const rss = /prototype-guard: max-rss-kib (\d+)/.exec(stderr);
  return {
    code: result.status,
    stdout: result.stdout.toString('utf8'),
    stderr: stderr.replace(/prototype-guard: max-rss-kib \d+\n/, ''),
    rssMiB: Number(rss?.[1] ?? 0) / 1024,
  };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Report {
  issues: { line: number; id: string | null; path: (string | number)[]; message: string }[];
  summary: { records: number; invalid: number; issues: number; duplicateIds: number };
  error: { line?: number; message: string } | null;
}

/** Runs validate with a JSON report; checks the run ended cleanly and returns the report. */
function validate(path: string, expected: 0 | 1, kind = 'incident', input?: string | Buffer): Report {
  const result = run(['validate', path, '--kind', kind, '--format', 'json', '--quiet'], input);
  expectClean(result);
  expect(result.code, result.stderr).toBe(expected);
  return JSON.parse(result.stdout) as Report;
}

/** Runs validate expecting exit 2; returns stderr, which must name the problem. */
function unusable(path: string, kind = 'incident', input?: string | Buffer): string {
  const result = run(['validate', path, '--kind', kind, '--quiet'], input);
  expectClean(result);
  expect(result.code, result.stderr).toBe(2);
  return result.stderr;
}

/** No stack trace, no uncaught error, no changed prototype. */
function expectClean(result: Run): void {
  expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.stderr).not.toMatch(/Uncaught|ERR_INTERNAL|FATAL ERROR|heap out of memory/);
  expect(result.stderr).not.toContain('prototype-guard: a built-in prototype changed');
  expect(result.rssMiB).toBeGreaterThan(0);
}

const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n');

describe('the prototype guard', () => {
  it('notices a changed prototype, so its silence below means something', () => {
    const result = spawnSync(process.execPath, ['--import', GUARD, '-e', 'Object.prototype.polluted = 1'], { encoding: 'utf8' });
    expect(result.stderr).toContain('prototype-guard: a built-in prototype changed');
  });
});

describe('validate on hostile input', () => {
  it('refuses __proto__, constructor and prototype keys in NDJSON, JSON and CSV, by line', () => {
    const hostile = '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true},';
    const line = JSON.stringify(first).replace('{', `{${hostile}`);
    for (const [name, content, lineNumber] of [
      ['proto.ndjson', `${JSON.stringify(second)}\n${line}\n`, 2],
      ['proto.json', `[\n${JSON.stringify(second)},\n${line}\n]`, 3],
    ] as const) {
      const report = validate(file(name, content), 1);
      expect(
        report.issues.map((i) => [i.line, i.id, i.path.join('.'), i.message]),
        name,
      ).toEqual([[lineNumber, first['id'], '', 'Unrecognized keys: "__proto__", "constructor", "prototype"']]);
    }
    const csv = validate(file('proto.csv', `id,__proto__.polluted,constructor.prototype.polluted\n${first['id']},yes,yes\n`), 1);
    expect(csv.issues.some((i) => i.line === 2 && /Unrecognized keys: "__proto__", "constructor"/.test(i.message))).toBe(true);
  });

  it('survives JSON nested 100,000 deep, as an NDJSON line and as an array element', () => {
    const deep = nestedJson(100_000);
    const nd = validate(file('deep.ndjson', `${JSON.stringify(first)}\n${deep}\n{"id":"x","name":${deep}}\n`), 1);
    expect(nd.issues.map((i) => [i.line, i.path.join('.')]).slice(0, 2)).toEqual([
      [2, ''],
      [3, expect.any(String)],
    ]);
    expect(nd.issues[0]!.message).toBe('Invalid input: expected object, received array');
    const array = validate(file('deep.json', `[\n${JSON.stringify(first)},\n${deep}\n]`), 1);
    expect(array.issues.map((i) => [i.line, i.message])).toEqual([[3, 'Invalid input: expected object, received array']]);
  });

  it('survives 100,000-deep input under a caller’s recursive --schemas (z.json())', () => {
    withSchemasModule(
      'deep-schemas',
      [
        "import { z } from 'zod';",
        "import { IncidentSchema } from 'central-asia-security/schema';",
        'export const schemas = { incident: IncidentSchema.safeExtend({ payload: z.json().optional() }) };',
      ],
      (module) => {
        const deep = JSON.stringify({ ...first, id: 'deep-payload' }).replace('{', `{"payload":${nestedJson(100_000)},`);
        const result = run([
          'validate',
          file('deep-payload.ndjson', `${JSON.stringify(first)}\n${deep}\n`),
          '--kind',
          'incident',
          '--schemas',
          module,
          '--format',
          'json',
          '--quiet',
        ]);
        expectClean(result);
        expect(result.code, result.stderr).toBe(1);
        expect((JSON.parse(result.stdout) as Report).issues.map((i) => [i.line, i.message])).toEqual([[2, 'record is nested too deeply to validate']]);
      },
    );
  });

  it('reads a 50 MB single line in each format with bounded memory, and refuses one past the limit', () => {
    const big = { id: 'big', description: 'x'.repeat(50 * MiB) };
    for (const [name, content] of [
      ['big.ndjson', `${JSON.stringify(big)}\n`],
      ['big.json', `[${JSON.stringify(big)}]`],
      ['big.csv', `id,description\nbig,${big.description}\n`],
    ] as const) {
      const result = run(['validate', file(name, content), '--kind', 'incident', '--format', 'json', '--quiet']);
      expectClean(result);
      // Invalid (an incident needs more than a description), and reported as such.
      expect([name, result.code]).toEqual([name, 1]);
      expect((JSON.parse(result.stdout) as Report).issues.map((i) => i.path.join('.'))).toContain('title');
      // The line is held as bytes, as text and as the parsed string: a few times 50 MB, not more.
      expect(result.rssMiB, name).toBeLessThan(600);
    }
    const huge = 'x'.repeat(65 * MiB);
    expect(unusable(file('too-long.ndjson', `{"id":"a","description":"${huge}"}\n`))).toMatch(/line 1 is longer than 64 MiB/);
    expect(unusable(file('too-long.json', `[{"id":"a","description":"${huge}"}]`))).toMatch(/64 MiB/);
    expect(unusable(file('too-long.csv', `id,description\na,${huge}\n`))).toMatch(/CSV: the row is longer than 64 MiB \[CSV_MAX_RECORD_SIZE\]/);
    // Six runs over 50 to 65 MB each: over a minute on a busy 2-core machine.
  }, 600_000);

  it('names invalid UTF-8 by line, and accepts a BOM and CRLF line ends in every format', () => {
    const bad = Buffer.concat([Buffer.from(`${JSON.stringify(first)}\n{"id":"a","title":"`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}\n')]);
    const report = validate(file('bad-utf8.ndjson', bad), 1);
    expect(report.issues.map((i) => [i.line, i.message])).toEqual([[2, 'not valid UTF-8']]);
    const badCsv = Buffer.concat([Buffer.from('id,title\na,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    expect(unusable(file('bad-utf8.csv', badCsv))).toMatch(/line 2: not valid UTF-8/);

    const bom = '\ufeff';
    const csvRow = (r: Record<string, unknown>) => {
      const cell = (v: unknown) => `"${JSON.stringify(v).replaceAll('"', '""')}"`;
      const d = r['date'] as Record<string, string>;
      return [r['id'], r['type'], `"${String(r['title'])}"`, d['start'], d['end'], d['precision'], cell(r['actors']), cell(r['citations'])].join(',');
    };
    for (const [name, content] of [
      ['bom-crlf.ndjson', `${bom}${ndjson([first, second]).replaceAll('\n', '\r\n')}\r\n`],
      ['bom-crlf.json', `${bom}${JSON.stringify([first, second], null, 2).replaceAll('\n', '\r\n')}\r\n`],
      ['bom-crlf.csv', `${bom}id,type,title,date.start,date.end,date.precision,actors,citations\r\n${csvRow(first)}\r\n${csvRow(second)}\r\n`],
    ] as const) {
      const ok = validate(file(name, content), 0);
      expect([name, ok.summary.records, ok.issues]).toEqual([name, 2, []]);
    }
  });

  it('exits 2 on truncated JSON, naming the line, and 1 on a truncated NDJSON line', () => {
    const text = JSON.stringify([first, second], null, 2);
    expect(unusable(file('cut.json', text.slice(0, Math.floor(text.length / 2))))).toMatch(/line \d+: the input ends before the array is closed/);
    const cut = validate(file('cut.ndjson', `${JSON.stringify(first)}\n${JSON.stringify(second).slice(0, 30)}`), 1);
    expect(cut.issues.map((i) => [i.line, i.message.slice(0, 15)])).toEqual([[2, 'not valid JSON:']]);
  });

  it('reports a wrong type in every field of every incident, each at its line and path', () => {
    const paths = leafPaths(first).filter((p) => p.length > 0);
    const records = paths.map((path) => {
      const record = structuredClone(first);
      const value = getAt(record, path);
      setAt(record, path, typeof value === 'string' ? 42 : 'text');
      return record;
    });
    const report = validate(file('wrong-types.ndjson', ndjson(records)), 1);
    paths.forEach((path, i) => {
      const found = report.issues.find((issue) => issue.line === i + 1 && issue.path.join('.') === path.join('.'));
      expect(found, `line ${i + 1} at ${path.join('.')}`).toBeDefined();
    });
    expect(report.summary.invalid).toBe(paths.length);
  });

  it('refuses NaN, Infinity and out-of-range numbers in CSV, at the column', () => {
    const rows = ['NaN', 'Infinity', '-Infinity', '1e999', 'nan', '12abc'].map(
      (value, i) => `obs-${i},detentions,acme-front,2024-05-03,2024-05-04,range,${value},person,about,"[{""source"":""s"",""quote"":""q""}]"`,
    );
    const content = `id,indicator,subject,period.start,period.end,period.precision,value.value,value.unit,value.qualifier,citations\n${rows.join('\n')}\n`;
    const report = validate(file('numbers.csv', content), 1, 'observation');
    expect(report.issues.map((i) => [i.line, i.path.join('.')])).toEqual(rows.map((_, i) => [i + 2, 'value.value']));
  });

  it('refuses impossible dates and start after end, by line and field', () => {
    const dates = [
      { start: '2023-02-30', end: '2023-02-30', precision: 'day' },
      { start: '2023-02-29', end: '2023-02-29', precision: 'day' },
      { start: '2023-09-20', end: '2023-09-01', precision: 'range' },
    ];
    const report = validate(file('dates.ndjson', ndjson(dates.map((date) => ({ ...first, date, id: `i-${date.start}` })))), 1);
    expect(report.issues.map((i) => [i.line, i.path.join('.'), i.message])).toEqual([
      [1, 'date.start', 'must be a real calendar date written YYYY-MM-DD'],
      [1, 'date.end', 'must be a real calendar date written YYYY-MM-DD'],
      [2, 'date.start', 'must be a real calendar date written YYYY-MM-DD'],
      [2, 'date.end', 'must be a real calendar date written YYYY-MM-DD'],
      [3, 'date.end', 'start 2023-09-20 is after end 2023-09-01'],
    ]);
  });

  it('finds duplicate ids across files concatenated on stdin', () => {
    const a = `${ndjson([first, second])}\n`;
    const b = `${ndjson([{ ...first, title: 'Same id, other file' }])}\n`;
    const report = validate('-', 1, 'incident', a + b);
    expect(report.issues.map((i) => [i.line, i.id, i.message])).toEqual([[3, first['id'], `id "${first['id']}" is already used on line 1`]]);
    expect(report.summary.duplicateIds).toBe(1);
  });

  it('exits 2 on an empty file, a blank file, a BOM alone, empty stdin and a directory', () => {
    // One message whatever the format (tests/hostile/cli-validate-no-records.test.ts has the rest).
    expect(unusable(file('empty.ndjson', ''))).toMatch(/holds no records; validate needs at least one/);
    expect(unusable(file('blank.ndjson', '\n \r\n\t\n'))).toMatch(/holds no records; validate needs at least one/);
    expect(unusable(file('bom.ndjson', '\ufeff'))).toMatch(/holds no records; validate needs at least one/);
    expect(unusable(file('bom.json', '\ufeff'))).toMatch(/holds no records; validate needs at least one/);
    expect(unusable('-', 'incident', '')).toMatch(/"-" holds no records/);
    const folder = join(dir, 'folder.ndjson');
    mkdirSync(folder);
    expect(unusable(folder)).toMatch(/it is a directory, not a file/);
  });
});

describe('Utf8Check', () => {
  it('accepts a character split across chunks, and names the line of the first bad byte', () => {
    const check = new Utf8Check();
    const euro = Buffer.from('a\n€\n');
    check.push(euro.subarray(0, 3));
    check.push(euro.subarray(3));
    check.push(Buffer.from('\ufffd is fine when spelt\n'));
    expect(() => check.push(Buffer.from([0x62, 0x0a, 0x63, 0xc3, 0x28]))).toThrow(new InputSyntaxError(5, 'line 5: not valid UTF-8'));
    const cut = new Utf8Check();
    cut.push(euro.subarray(0, 3));
    expect(() => cut.end()).toThrow(/the input ends inside a character/);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import records from '../../src/generated/records.json';
import { withSchemasModule } from '../helpers/schemas-module.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cas-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Rec = Record<string, unknown> & { id: string };
const incidents = (records as unknown as { incidents: Rec[] }).incidents;
const [first, second, third] = incidents as [Rec, Rec, Rec];

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Three real incidents: the second with an unknown type and a bad actor id, the third reusing the first's id. */
const bad = [first, { ...second, type: 'riot', actors: [{ actor: 'Taliban', role: 'perpetrator' }] }, { ...third, id: first.id }];

describe('central-asia-security validate', () => {
  it('reads NDJSON with blank lines and CRLF, reporting line, id, path and message', () => {
    const path = file('bad.ndjson', `${JSON.stringify(bad[0])}\r\n\r\n${JSON.stringify(bad[1])}\r\n${JSON.stringify(bad[2])}`);
    const { code, stdout } = run(['validate', path, '--kind', 'incident']);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${path}:3: "${second.id}" at type: Invalid option`));
    expect(lines[1]).toBe(`${path}:3: "${second.id}" at actors.0.actor: must be kebab-case: lowercase letters and digits joined by single hyphens`);
    expect(lines[2]).toBe(`${path}:4: "${first.id}" at id: id "${first.id}" is already used on line 1`);
    expect(lines[3]).toBe(`${path}: 3 records, 2 invalid (3 issues, 1 duplicate id)`);
  });

  it('reads a pretty-printed JSON array, each record at the line it starts on', () => {
    const text = JSON.stringify(bad, null, 2);
    const starts = text.split('\n').flatMap((line, i) => (line === '  {' ? [i + 1] : []));
    const path = file('bad.json', text);
    const { code, stdout } = run(['validate', path, '--kind', 'incident']);
    expect(code).toBe(1);
    expect(stdout).toContain(`${path}:${starts[1]}: "${second.id}" at type:`);
    expect(stdout).toContain(`${path}:${starts[2]}: "${first.id}" at id: id "${first.id}" is already used on line ${starts[0]}`);
  });

  it('reads CSV with field-path columns and a multi-line cell, at the row’s first line', () => {
    const header = 'id,type,title,date.start,date.end,date.precision,place,actors,citations';
    const row = (r: Rec, type = r.type as string, title = r.title as string) => {
      const d = r.date as { start: string; end: string; precision: string };
      const cell = (v: unknown) => `"${JSON.stringify(v).replaceAll('"', '""')}"`;
      return [r.id, type, `"${title}"`, d.start, d.end, d.precision, (r.place as string | undefined) ?? '', cell(r.actors), cell(r.citations)].join(',');
    };
    const path = file('bad.csv', [header, row(first), row(second, 'riot', 'two\nlines'), row({ ...third, id: first.id })].join('\n'));
    const { code, stdout } = run(['validate', path, '--kind', 'incident']);
    expect(code).toBe(1);
    expect(stdout).toContain(`${path}:3: "${second.id}" at type: Invalid option`);
    expect(stdout).toContain(`${path}:5: "${first.id}" at id: id "${first.id}" is already used on line 2`);
    expect(stdout).toContain(`${path}: 3 records, 2 invalid (2 issues, 1 duplicate id)`);
  });

  it('exits 0 on valid records, and reads stdin with "-" in a machine report', () => {
    const valid = incidents.map((r) => JSON.stringify(r)).join('\n');
    expect(run(['validate', file('ok.ndjson', valid), '--kind', 'incident']).code).toBe(0);
    const { code, stdout } = run(['validate', '-', '--kind', 'incident', '--format', 'json'], `${valid}\n${JSON.stringify(bad[1])}\n`);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      file: string;
      format: string;
      issues: { line: number; id: string; path: unknown[] }[];
      summary: unknown;
      error: unknown;
    };
    expect(report.file).toBe('<stdin>');
    expect(report.format).toBe('ndjson');
    expect(report.issues.map((i) => [i.line, i.id, i.path])).toEqual([
      [incidents.length + 1, second.id, ['type']],
      [incidents.length + 1, second.id, ['actors', 0, 'actor']],
      [incidents.length + 1, second.id, ['id']],
    ]);
    expect(report.summary).toEqual({ records: incidents.length + 1, invalid: 1, issues: 3, duplicateIds: 1 });
    expect(report.error).toBeNull();
  });

  it('reports a line that is not JSON in NDJSON as a bad record', () => {
    const { code, stdout } = run(['validate', file('broken.ndjson', `${JSON.stringify(first)}\n{"id": "x",\n`), '--kind', 'incident']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/broken\.ndjson:2: record: not valid JSON: /);
  });

  it('validates with the caller’s schemas from --schemas, with CSV cells typed by them', () => {
    withSchemasModule(
      'my-schemas',
      [
        "import { z } from 'zod';",
        "import { defineSchemas } from 'central-asia-security/schema';",
        "export const { schemas } = defineSchemas({ incidentTypes: ['protest'], fields: { incident: { severity: z.number().int().min(1).max(5).optional() } } });",
      ],
      (module, folder) => {
        const records = [
          { ...first, type: 'protest', severity: 3 },
          { ...second, severity: 9 },
        ];
        const path = file('mine.ndjson', records.map((r) => JSON.stringify(r)).join('\n'));
        const ours = run(['validate', path, '--kind', 'incident']);
        expect(ours.code).toBe(1);
        expect(ours.stdout).toContain(`${path}:1: "${first.id}" at type: Invalid option`);
        const theirs = run(['validate', path, '--kind', 'incident', '--schemas', module]);
        expect(theirs.stdout.trim().split('\n')).toEqual([
          `${path}:2: "${second.id}" at severity: Too big: expected number to be <=5`,
          `${path}: 2 records, 1 invalid (1 issue)`,
        ]);
        expect(theirs.code).toBe(1);
        const csv = file(
          'mine.csv',
          `id,type,title,date.start,date.end,date.precision,actors,citations,severity\n${first.id},protest,T,2023-09-14,2023-09-14,day,[],"${JSON.stringify(first.citations).replaceAll('"', '""')}",4\n`,
        );
        expect(run(['validate', csv, '--kind', 'incident', '--schemas', module])).toMatchObject({ code: 0 });
        const missing = run(['validate', path, '--kind', 'incident', '--schemas', join(folder, 'nope.mjs')]);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('cannot load --schemas');
      },
    );
  });

  it('exits 2 on unusable input or arguments, naming the problem', () => {
    const cases: [string[], RegExp][] = [
      [['validate', join(dir, 'missing.ndjson'), '--kind', 'incident'], /cannot read ".*missing\.ndjson": no such file/],
      [['validate', dir, '--kind', 'incident'], /it is a directory, not a file/],
      [['validate', file('x.ndjson', JSON.stringify(first)), '--kind', 'incidnt'], /unknown kind "incidnt"; expected one of source, actor/],
      [['validate', file('y.ndjson', JSON.stringify(first))], /validate needs --kind/],
      [['validate', file('empty.json', ''), '--kind', 'incident'], /"[^"]*empty\.json" holds no records; validate needs at least one/],
      [
        ['validate', file('truncated.json', `[\n${JSON.stringify(first)},\n${JSON.stringify(second).slice(0, 40)}`), '--kind', 'incident'],
        /line 3: the input ends before the array is closed/,
      ],
      [['validate', file('garbled.json', `[\n${JSON.stringify(first)},\n{"id": oops}\n]`), '--kind', 'incident'], /line 3: not valid JSON/],
      [['validate', file('unclosed.csv', 'id,type\n"a,clash\n'), '--kind', 'incident'], /line 2: CSV: a quoted cell is not closed \[CSV_QUOTE_NOT_CLOSED\]/],
      [['frobnicate'], /unknown command "frobnicate"/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = run(args);
      expect([args.join(' '), code]).toEqual([args.join(' '), 2]);
      expect(stderr).toMatch(message);
    }
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('keeps a terminal report clean and pipes free of progress (the display itself: validate/progress.test.ts)', () => {
    const part = incidents.map((r) => JSON.stringify(r)).join('\n');
    const [a, b] = [file('slow-a.ndjson', `${part}\n`), file('slow-b.ndjson', `${part}\n`)];
    const command = `cat ${a} ${b} | ${process.execPath} ${CLI} validate - --kind incident`;
    // `script` gives the command a terminal; whether progress shows depends on the run's length,
    // so only what holds either way is checked: a shown display is erased before the summary.
    const onTerminal = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    const summary = `<stdin>: ${2 * incidents.length} records, ${incidents.length} invalid`;
    expect(onTerminal.stdout).toContain(summary);
    // eslint-disable-next-line no-control-regex -- the progress line starts with a carriage return and the terminal's erase-line escape
    for (const shown of onTerminal.stdout.match(/\r\x1b\[Kvalidate: [^\r]*/g) ?? []) expect(shown).toMatch(/^\r\x1b\[Kvalidate: [\d,]+ records, [\d.]+ MiB$/);
    const piped = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toContain(summary);
  });

  it('prints help for each command and the version', () => {
    expect(run(['--version']).stdout.trim()).toBe(
      (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
    );
    for (const command of ['validate', 'query', 'export']) {
      const { code, stdout } = run([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: central-asia-security ${command}`));
    }
    expect(run(['--help']).stdout).toMatch(/Commands:\n {2}validate/);
  });
});

describe('central-asia-security query', () => {
  it('finds actors by any spelling', () => {
    const { code, stdout } = run(['query', 'actors', '--search', 'isis-k', '--format', 'json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { id: string }[])[0]?.id).toBe('iskp');
  });

  it('filters incidents by actor and dates, as a table', () => {
    const { code, stdout } = run(['query', 'incidents', '--actor', 'jamaat-ansarullah', '--from', '2023-09-01', '--to', '2023-09-30']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^id\s+type\s+date\s+place\s+title$/);
    expect(stdout).toMatch(/badakhshan-border-incursion-2023-09\s+clash\s+2023-09-01\.\.2023-09-14\s+badakhshan-tajikistan/);
  });

  it('lists claims about a record and an indicator’s series', () => {
    const claims = JSON.parse(run(['query', 'claims', '--about', 'iskp', '--format', 'json']).stdout) as { id: string }[];
    expect(claims.map((c) => c.id)).toContain('taliban-contained-iskp');
    const series = JSON.parse(run(['query', 'series', 'opium-supply', '--format', 'json']).stdout) as { id: string; value: { value: number } }[];
    expect(series.map((o) => [o.id, o.value.value])).toContainEqual(['afghanistan-opium-supply-2022', 6200]);
  });

  it('lists the checks of a record, and every check of a verdict', () => {
    const { code, stdout } = run(['query', 'checks', 'sco-rats-council-2023-09']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^id\s+about\s+field\s+verdict\s+value\s+sources$/);
    expect(stdout).toMatch(/check-sco-rats-council-date\s+sco-rats-council-2023-09\s+date\s+refines\s+2023-09-08\s+kazinform-2023-09-05/);
    const contradicting = JSON.parse(run(['query', 'checks', '--verdict', 'contradicts', '--format', 'json']).stdout) as { verdict: string }[];
    expect(contradicting.length).toBeGreaterThan(0);
    expect(new Set(contradicting.map((c) => c.verdict))).toEqual(new Set(['contradicts']));
    expect(run(['query', 'checks', '--verdict', 'maybe']).code).toBe(2);
  });

  it('prints each disputed field with both sides', () => {
    const { code, stdout } = run(['query', 'disputed']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/unodc-afghanistan-opium-report-2023\s+date\s+2023-09-01\.\.2023-09-17\s+2023-06-25\s+kabulnow-2023-06/);
    const disputes = JSON.parse(run(['query', 'disputed', '--format', 'json']).stdout) as { about: string; reported: unknown; contradicting: unknown[] }[];
    expect(disputes.every((d) => d.contradicting.length > 0)).toBe(true);
  });

  it('matches incidents on the best-supported dates with --dates best', () => {
    const args = ['query', 'incidents', '--from', '2023-09-08', '--to', '2023-09-08', '--match', 'within', '--format', 'json'];
    const ids = (extra: string[]) => (JSON.parse(run([...args, ...extra]).stdout) as { id: string }[]).map((i) => i.id);
    expect(ids([])).not.toContain('sco-rats-council-2023-09');
    expect(ids(['--dates', 'best'])).toContain('sco-rats-council-2023-09');
    expect(run([...args, '--dates', 'newest']).code).toBe(2);
  });

  it('refuses an unknown id with a suggestion, exit 2', () => {
    const { code, stderr } = run(['query', 'incidents', '--actor', 'tajikstan']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown actor "tajikstan"; did you mean "tajikistan"?');
  });
});

describe('central-asia-security export', () => {
  it('writes the tidy tables, the records and datapackage.json, with no temporary file left', () => {
    const out = join(dir, 'export');
    mkdirSync(out);
    writeFileSync(join(out, 'actors.csv'), 'old');
    const { code, stdout } = run(['export', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote \d+ files to /);
    const names = readdirSync(out);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['actors.csv', 'actors.json', 'actors.ndjson', 'incident-actors.csv', 'datapackage.json', 'records']));
    const csv = readFileSync(join(out, 'actors.csv'), 'utf8').split(/\r?\n/);
    expect(csv[0]!.split(',')[0]).toBe('id');
    expect(csv.some((line) => line.startsWith('iskp,armed-group,'))).toBe(true);
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { name: string; resources: { path: string }[] };
    expect(descriptor.name).toBe('central-asia-security');
    for (const resource of descriptor.resources) expect(names).toContain(resource.path);
    const lines = readFileSync(join(out, 'records', 'incidents.ndjson'), 'utf8')
      .trim()
      .split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(incidents.map((i) => i.id));
  });

  it("writes the shipped datapackage.json whole: its title, licences and sources' attribution are kept", () => {
    // The descriptor was read from dist/cli/data/, which does not exist, and the export quietly
    // fell back to a bare name, dropping the CC BY attribution the place points need.
    const out = join(dir, 'export-descriptor');
    expect(run(['export', out]).code).toBe(0);
    const written = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as Record<string, unknown>;
    const shipped = JSON.parse(readFileSync(new URL('../../dist/data/datapackage.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect((written['licenses'] as { name: string }[]).map((l) => l.name)).toEqual(['MIT', 'CC-BY-4.0']);
    expect(written).toEqual(shipped);
  });

  it('writes only the formats asked for, and refuses an unknown one', () => {
    const out = join(dir, 'export-ndjson');
    expect(run(['export', out, '--format', 'ndjson']).code).toBe(0);
    expect(
      readdirSync(out)
        .filter((n) => !n.endsWith('.ndjson'))
        .sort(),
    ).toEqual(['records']);
    const { code, stderr } = run(['export', out, '--format', 'xlsx']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown --format "xlsx"; expected csv, json, ndjson');
  });
});

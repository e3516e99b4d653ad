/**
 * An input with no records is unusable, whatever its format: a CSV header alone used to pass as
 * "0 records, all valid" (exit 0) while blank NDJSON was exit 2. Now every empty input (no
 * bytes, white space, a byte order mark, blank lines, `[]`, a header alone, a data package of
 * empty tables) is exit 2 with the same words, and a JSON report carries them. Runs the built
 * CLI (dist/cli.js).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, runCli, scratch } from '../helpers/run-cli.js';

const { dir, file } = scratch('cas-no-records-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EMPTY_INPUTS: [string, string][] = [
  ['header.csv', 'id,name\n'],
  ['header-crlf.csv', '\ufeffid,name\r\n'],
  ['blank.csv', '\n\n'],
  ['empty-array.json', '[]'],
  ['spaced-array.json', ' [ \n ]\n'],
  ['white.json', ' \n'],
  ['bom.json', '\ufeff'],
  ['blank.ndjson', '\n \r\n'],
  ['zero.ndjson', ''],
];

describe('validate on an input with no records', () => {
  it('is exit 2 with the same message in every format, and no "all valid"', () => {
    for (const [name, content] of EMPTY_INPUTS) {
      const path = file(name, content);
      const run = runCli(['validate', path, '--kind', 'actor', '--quiet'], { cwd: dir });
      expectNoCrash(run);
      expect([name, run.code]).toEqual([name, 2]);
      expect(run.stdout).not.toContain('all valid');
      expect(run.stderr).toContain(`"${path}" holds no records; validate needs at least one`);
    }
  });

  it('writes a JSON report with the reason in "error" for each', () => {
    for (const [name, content] of EMPTY_INPUTS) {
      const path = file(name, content);
      const run = runCli(['validate', path, '--kind', 'actor', '--format', 'json'], { cwd: dir });
      expect([name, run.code]).toEqual([name, 2]);
      const report = JSON.parse(run.stdout) as { summary: { records: number }; error: { message: string } };
      expect(report.summary.records).toBe(0);
      expect(report.error.message).toBe(`"${path}" holds no records; validate needs at least one`);
    }
  });

  it('reads stdin the same way', () => {
    for (const input of ['', '[]', 'id,name\n']) {
      const run = runCli(['validate', '-', '--kind', 'actor', '--quiet'], { cwd: dir, input });
      expect([input, run.code]).toEqual([input, 2]);
      expect(run.stderr).toContain('"-" holds no records; validate needs at least one');
    }
  });
});

describe('validate on a data package with no records', () => {
  it('is exit 2 for no resources and for tables that hold a header alone, in text and JSON', () => {
    const none = join(dir, 'none');
    mkdirSync(none);
    writeFileSync(join(none, 'datapackage.json'), '{"resources":[]}');
    const headers = join(dir, 'headers');
    mkdirSync(headers);
    writeFileSync(join(headers, 'datapackage.json'), '{"resources":[{"name":"actors","path":"actors.csv"}]}');
    writeFileSync(join(headers, 'actors.csv'), 'id,kind,name,country,member_of,status,withdrawal_reason,withdrawal_successor,notes\r\n');
    for (const folder of [none, headers]) {
      const descriptor = join(folder, 'datapackage.json');
      const text = runCli(['validate', descriptor], { cwd: dir });
      expectNoCrash(text);
      expect([folder, text.code]).toEqual([folder, 2]);
      expect(text.stderr).toContain(`"${descriptor}" holds no records; validate needs at least one`);
      const json = runCli(['validate', descriptor, '--format', 'json'], { cwd: dir });
      expect(json.code).toBe(2);
      expect((JSON.parse(json.stdout) as { error: string }).error).toBe(`"${descriptor}" holds no records; validate needs at least one`);
    }
  });
});

/**
 * `validate <datapackage.json>`: the shipped data package validates with the package's own
 * CLI, and a broken copy is reported at its table, row and column.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const SHIPPED = fileURLToPath(new URL('../../../dist/data/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cas-datapackage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  // Killed after two minutes: a hang fails the test instead of blocking the suite.
  const result = spawnSync(process.execPath, [CLI, 'validate', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the shipped data package, with `edit` applied to one of its files. */
function brokenCopy(name: string, file: string, edit: (text: string) => string): string {
  const copy = join(dir, name);
  cpSync(SHIPPED, copy, { recursive: true });
  writeFileSync(join(copy, file), edit(readFileSync(join(copy, file), 'utf8')));
  return copy;
}

describe('validate a data package', () => {
  it('accepts the shipped data package, by descriptor or by folder', () => {
    const byFile = run([join(SHIPPED, 'datapackage.json')]);
    expect(byFile.stdout).toMatch(/19 tables, \d+ rows, \d+ records, all valid\n$/);
    expect(byFile.code).toBe(0);
    expect(run([SHIPPED]).code).toBe(0);
  });

  it('names table, row and column for a dangling foreign key, a bad cell and a bad record field', () => {
    const copy = brokenCopy('broken', 'incidents.csv', (text) => {
      const lines = text.split('\r\n');
      lines[1] = lines[1]!.replace(',dushanbe,', ',nowhere,');
      lines[2] = lines[2]!.replace(/,(\d{4})-09-14,/, ',$1-13-14,');
      return lines.join('\r\n');
    });
    const citations = join(copy, 'citations.csv');
    const [header, first, ...rest] = readFileSync(citations, 'utf8').split('\r\n');
    writeFileSync(citations, [header, first!.replace(/^([^,]+,[^,]+),1,/, '$1,one,'), ...rest].join('\r\n'));
    const { code, stdout } = run([join(copy, 'datapackage.json'), '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { valid: boolean; issues: { table: string; row?: number; column?: string; code: string }[] };
    expect(report.valid).toBe(false);
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'incidents', row: 1, column: 'place', code: 'foreign-key' }),
        expect.objectContaining({ table: 'incidents', row: 2, column: 'date_end', code: 'record' }),
        expect.objectContaining({ table: 'citations', row: 1, column: 'position', code: 'cell-type' }),
      ]),
    );
  });

  it('reads JSON resources too', () => {
    const copy = brokenCopy('json', 'datapackage.json', (text) => text.replaceAll(/"path": "([a-z-]+)\.csv"/g, '"path": "$1.json"'));
    expect(run([join(copy, 'datapackage.json')]).code).toBe(0);
  });

  it('reports the missing columns of a table that holds a header alone', () => {
    const copy = brokenCopy('header-only', 'indicators.csv', () => 'id,name\r\n');
    const { code, stdout } = run([join(copy, 'datapackage.json'), '--format', 'json']);
    const report = JSON.parse(stdout) as { issues: { table: string; column?: string; code: string }[] };
    expect(code).toBe(1);
    expect(report.issues).toContainEqual(expect.objectContaining({ table: 'indicators', column: 'unit', code: 'missing-column' }));
    expect(report.issues.filter((i) => i.table === 'indicators' && i.column === 'name')).toEqual([]);
  });

  it('refuses a resource path outside the package folder as unusable input', () => {
    const copy = brokenCopy('escape', 'datapackage.json', (text) => text.replace('"path": "sources.csv"', '"path": "../sources.csv"'));
    const { code, stderr } = run([join(copy, 'datapackage.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('leaves the package');
  });

  // Each of these crashed, hung or read outside the folder before the tables were opened as
  // bounded regular files without following links.
  it.each([
    ['a link to /dev/zero', (file: string) => symlinkSync('/dev/zero', file), 'symbolic link'],
    ['a link to a file outside the folder', (file: string) => symlinkSync('/etc/hostname', file), 'symbolic link'],
    ['a FIFO', (file: string) => spawnSync('mkfifo', [file]), 'not a regular file'],
    ['a sparse 65 MiB file', (file: string) => (writeFileSync(file, ''), truncateSync(file, 65 * 1024 * 1024)), 'more than the 67108864'],
  ])('refuses a table that is %s as unusable input, at once', (_what, make, message) => {
    const copy = brokenCopy(`special-${message.length}-${_what.length}`, 'sources.csv', (text) => text);
    unlinkSync(join(copy, 'sources.csv'));
    make(join(copy, 'sources.csv'));
    const { code, stderr } = run([join(copy, 'datapackage.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('telling a data package from a file of records', () => {
  it('does not take an option value for the file', async () => {
    const { dataPackagePath } = await import('../../../src/cli/validate/data-package-path.js');
    const folder = join(dir, 'incident');
    cpSync(SHIPPED, folder, { recursive: true });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(dataPackagePath(['-', '--kind', 'incident'])).toBeUndefined();
      expect(dataPackagePath(['incident'])).toBe(join('incident', 'datapackage.json'));
    } finally {
      process.chdir(cwd);
    }
  });
});

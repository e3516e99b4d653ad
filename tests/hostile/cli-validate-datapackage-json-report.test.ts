/**
 * `validate <datapackage.json> --format json` promises a JSON report whenever a run that read
 * its arguments ends with exit 2; a refused descriptor used to leave stdout empty, so
 * `... --format json > report.json && jq` read nothing. Runs the built CLI (dist/cli.js).
 */
import { cpSync, mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, runCli, scratch } from '../helpers/run-cli.js';

const { dir } = scratch('cas-datapackage-json-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SHIPPED = fileURLToPath(new URL('../../dist/data/', import.meta.url));

interface Report {
  file: string;
  format: string;
  valid: boolean;
  issues: unknown[];
  error: string | null;
}

function packageWith(name: string, descriptor: string | undefined, edit?: (folder: string) => void): string {
  const folder = join(dir, name);
  if (descriptor === undefined) cpSync(SHIPPED, folder, { recursive: true });
  else {
    mkdirSync(folder);
    writeFileSync(join(folder, 'datapackage.json'), descriptor);
  }
  edit?.(folder);
  return join(folder, 'datapackage.json');
}

describe('validate <data package> --format json on exit 2', () => {
  it.each([
    [
      'a resource path that leaves the folder',
      () => packageWith('escape', '{"resources":[{"name":"actors","path":"../../../../etc/passwd"}]}'),
      "leaves the package's folder",
    ],
    ['a descriptor that is not JSON', () => packageWith('garbled', '{"resources": ['), 'is not readable JSON'],
    ['a descriptor without resources', () => packageWith('bare', '{}'), 'has no "resources" array'],
    ['a missing table', () => packageWith('missing', '{"resources":[{"name":"actors","path":"actors.csv"}]}'), 'cannot read resource'],
    [
      'a table that is a link',
      () => packageWith('link', undefined, (f) => (unlinkSync(join(f, 'sources.csv')), symlinkSync('/etc/hostname', join(f, 'sources.csv')))),
      'symbolic link',
    ],
  ])('writes a report with the reason in "error" for %s', (_what, make, reason) => {
    const descriptor = make();
    const run = runCli(['validate', descriptor, '--format', 'json'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(report).toMatchObject({ file: descriptor, format: 'datapackage', valid: false, issues: [] });
    expect(report.error).toContain(reason);
    // The reason is on stderr too, for a person watching.
    expect(run.stderr).toContain(reason);
  });

  it('writes "error": null when the package was read', () => {
    const run = runCli(['validate', join(SHIPPED, 'datapackage.json'), '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Report).error).toBeNull();
  });

  it('writes no report for a mistake in the arguments themselves, which are not read yet', () => {
    const run = runCli(['validate', join(SHIPPED, 'datapackage.json'), '--format', 'xml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});

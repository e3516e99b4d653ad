/**
 * The peer range is `zod ^4.1.0`, and the compiled validator reads zod internals: the unit
 * project (schemas, datasets, the compiled-validator tests, tables, …) runs again against the
 * oldest zod the range allows, installed from the registry into a cache directory. The newest
 * zod is the one in devDependencies, which the rest of the suite uses.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { runCli, scratch } from '../helpers/run-cli.js';
import { readManifest, ROOT } from './helpers/manifest.js';

/** The oldest zod of the peer range, installed once into a cache directory: its folder and version. */
function installOldest(): { dir: string; oldest: string } {
  const range = (readManifest().peerDependencies as Record<string, string>).zod!;
  const oldest = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1];
  expect(oldest, `peer range ${range}`).toBeDefined();
  const dir = join(tmpdir(), `cas-zod-${oldest}`);
  const installed = join(dir, 'node_modules/zod/package.json');
  if (!existsSync(installed)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, `zod@${oldest}`], {
      stdio: 'pipe',
    });
  }
  expect((JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version).toBe(oldest);
  return { dir, oldest: oldest! };
}

describe('the oldest zod the peer range allows', () => {
  it('passes the unit tests', () => {
    const { dir, oldest } = installOldest();
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', '--reporter=dot'], {
      cwd: ROOT,
      env: { ...process.env, ZOD_DIR: dir, ZOD_EXPECTED_VERSION: oldest },
      encoding: 'utf8',
    });
    expect(run.status, `${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`).toBe(0);
  }, 600_000);

  // The command line bundles the newest zod, while a --schemas module brings the zod its project
  // installed: the CSV cells must still be typed from that schema, and its checks still run.
  it('types CSV cells for a --schemas module built with it (the CLI bundles its own zod)', () => {
    const { dir } = installOldest();
    const work = scratch('cas-oldest-zod-cli-');
    const zodUrl = pathToFileURL(join(dir, 'node_modules/zod/index.js')).href;
    work.file(
      'schemas.mjs',
      `import * as z from ${JSON.stringify(zodUrl)};\nexport const schemas = { actor: z.object({ id: z.string(), score: z.number().int(), tags: z.array(z.number()).optional() }) };\n`,
    );
    const csv = work.file('actors.csv', 'id,score,tags\nx,3,[1]\ny,abc,[]\nz,2.5,\n');
    const run = runCli(['validate', csv, '--kind', 'actor', '--schemas', join(work.dir, 'schemas.mjs'), '--format', 'json', '--quiet'], { cwd: work.dir });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { summary: { records: number; invalid: number }; issues: { id: string; path: (string | number)[] }[] };
    expect(report.summary).toMatchObject({ records: 3, invalid: 2 });
    // "3" and "[1]" were typed as a number and an array; "abc" is no number, 2.5 is no integer.
    expect(report.issues.map((issue) => [issue.id, issue.path.join('.')])).toEqual([
      ['y', 'score'],
      ['z', 'score'],
    ]);
    expect(run.code).toBe(1);
  }, 600_000);
});

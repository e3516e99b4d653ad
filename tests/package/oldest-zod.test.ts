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
import { readManifest, ROOT } from './helpers/manifest.js';

describe('the oldest zod the peer range allows', () => {
  it('passes the unit tests', () => {
    const range = (readManifest().peerDependencies as Record<string, string>).zod!;
    const oldest = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1];
    expect(oldest, `peer range ${range}`).toBeDefined();
    const dir = join(tmpdir(), `cas-zod-${oldest}`);
    const installed = join(dir, 'node_modules/zod/package.json');
    if (!existsSync(installed)) {
      mkdirSync(dir, { recursive: true });
      execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, `zod@${oldest}`], { stdio: 'pipe' });
    }
    expect((JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version).toBe(oldest);
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', '--reporter=dot'], {
      cwd: ROOT,
      env: { ...process.env, ZOD_DIR: dir, ZOD_EXPECTED_VERSION: oldest },
      encoding: 'utf8',
    });
    expect(run.status, `${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`).toBe(0);
  }, 600_000);
});

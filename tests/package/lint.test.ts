/**
 * Ecosystem linters on the packed package: publint (strict) and Are the Types Wrong (node16
 * profile). Both pack the package themselves with `npm pack`, offline.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { exportEntries, readManifest, ROOT } from './helpers/manifest.js';

describe('the manifest', () => {
  const manifest = readManifest();

  it('declares licence, engines, side effects and a files whitelist', () => {
    expect(manifest).toMatchObject({ license: 'MIT', type: 'module', sideEffects: false, engines: { node: '>=20' } });
    expect(manifest.files).toEqual(expect.arrayContaining(['dist', 'README.md', 'LICENSE', 'docs/*.md', 'docs/*.png']));
    // The guides ship (README links to them), the generated API site in docs/api does not.
    for (const never of ['src', 'data', 'tests', 'docs', 'scripts']) expect(manifest.files).not.toContain(never);
  });

  it('gives every code entry types first, .d.ts for import and .d.cts for require', () => {
    for (const [key, target] of Object.entries(manifest.exports)) {
      if (typeof target !== 'object' || target === null || !('import' in target)) continue;
      const { import: esm, require: cjs } = target as Record<string, Record<string, string>>;
      expect(Object.keys(esm ?? {})[0], key).toBe('types');
      expect(esm?.types, key).toMatch(/\.d\.ts$/);
      expect(Object.keys(cjs ?? {})[0], key).toBe('types');
      expect(cjs?.types, key).toMatch(/\.d\.cts$/);
    }
    expect(Object.keys(manifest.exports)).toEqual(expect.arrayContaining(['.', './schema', './package.json']));
  });
});

describe('package linters', () => {
  it('publint --strict reports nothing, not even a suggestion', async () => {
    const { messages, pkg } = await publint({ pkgDir: ROOT, strict: true, pack: 'npm' });
    expect(messages.map((message) => formatMessage(message, pkg) ?? message.code)).toEqual([]);
  });

  it('attw --pack finds no problem under node10, node16 and bundler resolution', () => {
    // Type resolution only means something for code: data files (CSV, NDJSON, JSON) are checked
    // by the consumer tests instead.
    const data = exportEntries(ROOT)
      .filter((entry) => entry.kind !== 'js' && entry.key !== './package.json')
      .map((entry) => `./${entry.specifier.split('/').slice(1).join('/')}`);
    // No --profile: attw's default checks every resolution, node10 (typesVersions) included.
    const args = ['--pack', '.', '--no-color', '--no-emoji'];
    if (data.length > 0) args.push('--exclude-entrypoints', ...data);
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`"${readManifest().name}/schema"`);
    expect(run.stdout).toMatch(/node10/);
  });
});

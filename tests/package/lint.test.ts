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

describe('package linters', () => {
  it('publint --strict reports nothing, not even a suggestion', async () => {
    const { messages, pkg } = await publint({ pkgDir: ROOT, strict: true, pack: 'npm' });
    expect(messages.map((message) => formatMessage(message, pkg) ?? message.code)).toEqual([]);
  });

  it('attw --pack --profile node16 finds no problem', () => {
    // Type resolution only means something for code: data files (CSV, NDJSON, JSON) are checked
    // by the consumer tests instead.
    const data = exportEntries(ROOT)
      .filter((entry) => entry.kind !== 'js' && entry.key !== './package.json')
      .map((entry) => `./${entry.specifier.split('/').slice(1).join('/')}`);
    const args = ['--pack', '.', '--profile', 'node16', '--no-color', '--no-emoji'];
    if (data.length > 0) args.push('--exclude-entrypoints', ...data);
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`"${readManifest().name}/schema"`);
  });
});

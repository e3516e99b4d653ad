/**
 * Releases: changesets is set up for public access, a changeset describes the unreleased
 * changes, and `changeset version`, run in a throwaway copy, bumps the version and writes them
 * into CHANGELOG.md.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest, ROOT } from './helpers/manifest.js';

const CHANGESETS = join(ROOT, '.changeset');

function pendingChangesets(dir = CHANGESETS): { file: string; summary: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return { file, summary: text.replace(/^---[\s\S]*?---\s*/, '').trim() };
    });
}

describe('releases', () => {
  it('publishes with public access', () => {
    const config = JSON.parse(readFileSync(join(CHANGESETS, 'config.json'), 'utf8')) as { access: string };
    expect(config.access).toBe('public');
  });

  it('describes the first release: in changesets before it, in CHANGELOG.md after it', () => {
    const { version } = readManifest();
    if (version === '0.0.0') expect(pendingChangesets().length).toBeGreaterThan(0);
    else expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toContain(`## ${version}`);
  });

  it('`changeset version` bumps the version and writes every changeset into CHANGELOG.md', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cas-release-'));
    try {
      cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
      cpSync(CHANGESETS, join(dir, '.changeset'), { recursive: true });
      if (existsSync(join(ROOT, 'CHANGELOG.md'))) cpSync(join(ROOT, 'CHANGELOG.md'), join(dir, 'CHANGELOG.md'));
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const pending = pendingChangesets();
      execFileSync(process.execPath, [join(ROOT, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: dir, encoding: 'utf8' });
      const bumped = readManifest(dir).version;
      // Right after a release nothing is pending, and nothing may change.
      if (pending.length === 0) {
        expect(bumped).toBe(readManifest().version);
        return;
      }
      expect(bumped).not.toBe(readManifest().version);
      const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`## ${bumped}`);
      for (const { file, summary } of pending) expect(changelog, file).toContain(summary.split('\n')[0]);
      expect(pendingChangesets(join(dir, '.changeset'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

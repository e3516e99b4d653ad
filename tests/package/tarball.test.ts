/**
 * The tarball holds exactly what docs/releasing.md lists, and no full source text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/manifest.js';
import { packedFiles } from './helpers/pack.js';

/** File names as docs/releasing.md writes them: a chunk's content hash becomes `<hash>`. */
function normalise(path: string): string {
  return path.replace(/^dist\/chunk-[A-Za-z0-9_-]+\./, 'dist/chunk-<hash>.');
}

function documentedList(): string[] {
  const doc = readFileSync(join(ROOT, 'docs/releasing.md'), 'utf8');
  const block = /<!-- tarball:start -->\s*```text\n([\s\S]*?)```\s*<!-- tarball:end -->/.exec(doc);
  if (block?.[1] === undefined) throw new Error('docs/releasing.md has no tarball list between its markers');
  return block[1].split('\n').filter((line) => line.trim() !== '');
}

describe('the npm tarball', () => {
  it('holds exactly the files docs/releasing.md lists', () => {
    const packed = [...new Set(packedFiles().map((file) => normalise(file.path)))].sort();
    expect(packed).toEqual([...documentedList()].sort());
  });

  it('ships the quotes and each source address, not the full article', async () => {
    const { dataset } = (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)) as typeof import('../../src/index.js');
    expect(dataset.sources.length).toBeGreaterThan(0);
    for (const source of dataset.sources) {
      expect(source.text, source.id).toBeUndefined();
      expect(source.url, source.id).toMatch(/^https:\/\//);
    }
    expect(dataset.getRelation('tajikistan-bans-jamaat-ansarullah')?.citations[0]?.quote).toBe('the banned Jamaat Ansarullah');
  });
});

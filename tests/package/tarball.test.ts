/**
 * The tarball holds exactly what docs/releasing.md lists, and no full source text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/manifest.js';
import { packedFiles } from './helpers/pack.js';

/** File names as docs/releasing.md writes them: a chunk's content hash becomes `<hash>`. */
function normalise(path: string): string {
  // Declaration chunks the entries share are named after a module of tsc's output: check.d-<hash>.d.ts.
  // The command line's chunks, one per command and the code they share: dist/cli/run-query-<hash>.js.
  return path
    .replace(/^dist\/chunk-[A-Za-z0-9_-]+\./, 'dist/chunk-<hash>.')
    .replace(/^dist\/([a-z][a-z.-]*)-[A-Za-z0-9_-]{8}\.d\.(c?ts)$/, 'dist/$1-<hash>.d.$2')
    .replace(/^dist\/cli\/([a-z-]+)-[A-Z0-9]{8}\.js$/, 'dist/cli/$1-<hash>.js');
}

function documentedList(): string[] {
  const doc = readFileSync(join(ROOT, 'docs/releasing.md'), 'utf8');
  const block = /<!-- tarball:start -->\s*```text\n([\s\S]*?)```\s*<!-- tarball:end -->/.exec(doc);
  if (block?.[1] === undefined) throw new Error('docs/releasing.md has no tarball list between its markers');
  return block[1].split('\n').filter((line) => line.trim() !== '');
}

/** Every string value in a shipped data file (JSON, NDJSON, CSV). */
function stringsIn(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  let values: unknown[];
  if (path.endsWith('.csv')) values = parse(text);
  else if (path.endsWith('.ndjson'))
    values = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as unknown);
  else if (path.endsWith('.json')) values = [JSON.parse(text) as unknown];
  else return [];
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.push(value);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(values);
  return found;
}

describe('the npm tarball', () => {
  it('holds exactly the files docs/releasing.md lists', () => {
    const packed = [...new Set(packedFiles().map((file) => normalise(file.path)))].sort();
    expect(packed).toEqual([...documentedList()].sort());
  });

  it('ships the quotes and each source address, not the full article', async () => {
    const { dataset } = (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)) as typeof import('../../src/entries/main.js');
    expect(dataset.sources.length).toBeGreaterThan(0);
    for (const source of dataset.sources) {
      expect(source.text, source.id).toBeUndefined();
      // The address as read: a few primary sources are served over plain http.
      expect(source.url, source.id).toMatch(/^https?:\/\//);
    }
    expect(dataset.getRelation('tajikistan-bans-jamaat-ansarullah')?.citations[0]?.quote).toBe('the banned Jamaat Ansarullah');
    // Sources whose text is not held are cited by summary only, in the package too.
    const textless = new Set(dataset.sources.filter((s) => s.textHeld !== true).map((s) => s.id));
    expect(textless.size).toBeGreaterThan(0);
    expect(dataset.checks.flatMap((c) => c.citations).filter((c) => textless.has(c.source) && c.quote !== undefined)).toEqual([]);
  });

  it('ships no string in its data files that could hold an article: quotes are excerpts', () => {
    const articles = readdirSync(join(ROOT, 'data/sources')).filter((name) => name.endsWith('.txt'));
    const shortest = Math.min(...articles.map((name) => readFileSync(join(ROOT, 'data/sources', name), 'utf8').length));
    const dataFiles = packedFiles()
      .map((file) => file.path)
      .filter((path) => /\.(csv|ndjson|json)$/.test(path) && path !== 'package.json');
    expect(dataFiles.length).toBeGreaterThan(0);
    const longest = Math.max(...dataFiles.flatMap((path) => stringsIn(join(ROOT, path)).map((value) => value.length)));
    expect(longest).toBeLessThan(shortest / 2);
  });

  it('holds the target of every relative link in the README and the guides it ships', () => {
    const packed = new Set(packedFiles().map((file) => file.path));
    const documents = [...packed].filter((path) => path.endsWith('.md'));
    expect(documents).toEqual(expect.arrayContaining(['README.md', 'docs/tables.md', 'docs/notebooks.md']));
    for (const document of documents) {
      const text = readFileSync(join(ROOT, document), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!) || target!.startsWith('#')) continue;
        const file = normalize(join(dirname(document), target!.split('#')[0]!));
        expect(packed.has(file), `${document} links to ${target}`).toBe(true);
      }
    }
  });
});

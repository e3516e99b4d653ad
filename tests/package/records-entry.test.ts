/**
 * An app that only reads the bundled data imports `central-asia-security/records` and pays for
 * the records it reads, not for zod or the query engine. Budget: the gzip size of the records
 * it ships plus 2 KB, bundled for the browser and minified by esbuild and by Vite, with zod
 * absent from the output.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/manifest.js';

const OVERHEAD = 2_048;
const APP = `import { getActor } from 'central-asia-security/records';\ndocument.title = getActor('emomali-rahmon')?.name ?? '';\n`;

/** gzip size of one kind's records as the package ships them (minified JSON). */
function shippedGzip(collection: string): number {
  const records = JSON.parse(readFileSync(join(ROOT, `src/generated/records/${collection}.json`), 'utf8')) as unknown;
  return gzipSync(JSON.stringify(records)).length;
}

interface Bundle {
  gzip: number;
  code: string;
  /** Every module the bundler put into the output. */
  modules: string[];
}

let app: string;
beforeAll(() => {
  // A consumer project whose node_modules holds this package, as `npm install` would.
  app = mkdtempSync(join(tmpdir(), 'cas-records-app-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(ROOT, join(app, 'node_modules', 'central-asia-security'), 'dir');
  writeFileSync(join(app, 'main.js'), APP);
  writeFileSync(join(app, 'index.html'), '<!doctype html><title></title><script type="module" src="./main.js"></script>\n');
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

async function withEsbuild(): Promise<Bundle> {
  const result = await esbuild({
    entryPoints: [join(app, 'main.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]!.contents;
  return { gzip: gzipSync(bytes).length, code: new TextDecoder().decode(bytes), modules: Object.keys(result.metafile.inputs) };
}

async function withVite(): Promise<Bundle> {
  const output = await vite({ root: app, configFile: false, logLevel: 'silent', build: { write: false, minify: true } });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).filter((o) => o.type === 'chunk');
  const code = chunks.map((c) => c.code).join('\n');
  return {
    gzip: chunks.reduce((sum, c) => sum + gzipSync(c.code).length, 0),
    code,
    modules: chunks.flatMap((c) => Object.keys(c.modules)),
  };
}

describe.each([
  ['esbuild', withEsbuild],
  ['Vite', withVite],
] as const)('an app that reads one actor, bundled by %s', (_name, bundle) => {
  it('fits the records it ships plus 2 KB, with no zod', async () => {
    const result = await bundle();
    const budget = shippedGzip('actors') + OVERHEAD;
    expect(result.modules.filter((m) => m.includes('node_modules/zod'))).toEqual([]);
    expect(result.code).not.toContain('ZodError');
    expect(result.code).toContain('Emomali Rahmon');
    expect(result.gzip, `${result.gzip} B min+gz, budget ${budget} B`).toBeLessThanOrEqual(budget);
  });

  it('ships only the kind it reads', async () => {
    const { code } = await bundle();
    const read = (collection: string) => readFileSync(join(ROOT, `src/generated/records/${collection}.json`), 'utf8');
    const actors = read('actors');
    // Ids of the other kinds that the actors never mention: present only if their records are.
    const others = ['sources', 'places', 'incidents', 'indicators', 'observations', 'claims', 'relations']
      .flatMap((collection) => (JSON.parse(read(collection)) as { id: string }[]).map((r) => `"${r.id}"`))
      .filter((id) => !actors.includes(id));
    expect(others.length).toBeGreaterThan(20);
    expect(others.filter((id) => code.includes(id))).toEqual([]);
  });
});

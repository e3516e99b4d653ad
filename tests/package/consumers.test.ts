/**
 * Consumer smoke tests: the packed tarball, installed offline into a throwaway project, works
 * for every kind of consumer — Node ESM and CJS (every export and bin the manifest declares),
 * TypeScript under node16 and bundler resolution, and an esbuild browser bundle.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binEntries, exportEntries, readManifest, ROOT, type ExportEntry } from './helpers/manifest.js';
import { installConsumer, type Consumer } from './helpers/pack.js';

const FIXTURES = join(ROOT, 'tests/package/fixtures');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

let consumer: Consumer;
let entries: ExportEntry[];

beforeAll(() => {
  consumer = installConsumer();
  entries = exportEntries(consumer.packageDir);
  for (const file of ['load-esm.mjs', 'load-cjs.cjs', 'consumer.ts', 'consumer.cts', 'chain.ts', 'browser.js']) {
    copyFileSync(join(FIXTURES, file), join(consumer.dir, file));
  }
}, 120_000);

// Removing an installed node_modules takes as long as the disk is busy: no tight hook timeout.
afterAll(() => consumer?.remove(), 120_000);

interface LoadReport {
  [specifier: string]: { exports?: string[]; json?: string; size?: number; bytes?: number };
}
interface Values {
  values: { name?: string; search: string[]; parses: boolean };
}

function load(script: string, list: ExportEntry[]): LoadReport & Values {
  const output = execFileSync(process.execPath, [script, JSON.stringify(list.map(({ specifier, kind }) => ({ specifier, kind })))], {
    cwd: consumer.dir,
    encoding: 'utf8',
  });
  return JSON.parse(output) as LoadReport & Values;
}

function expectEveryEntryLoaded(report: LoadReport, list: ExportEntry[]): void {
  for (const entry of list) {
    const got = report[entry.specifier];
    if (entry.kind === 'js') expect(got?.exports?.length, entry.specifier).toBeGreaterThan(0);
    else if (entry.kind === 'json') expect(got?.size, entry.specifier).toBeGreaterThan(2);
    else expect(got?.bytes, entry.specifier).toBeGreaterThan(0);
  }
}

const BUNDLED_VALUES = { name: 'Tajikistan', search: ['iskp'], parses: true };

describe('the packed package in a consumer project', () => {
  it('declares the entries consumers rely on', () => {
    const keys = entries.map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['.', './schema', './package.json']));
    expect(entries.some((e) => e.kind === 'json')).toBe(true);
  });

  it('loads every export with Node ESM import', () => {
    const report = load('load-esm.mjs', entries);
    expectEveryEntryLoaded(report, entries);
    expect(report['central-asia-security']?.exports).toEqual(expect.arrayContaining(['getActor', 'createDataset', 'defineSchemas']));
    // The schema objects come from the schema entry only: the main entry builds none at import.
    expect(report['central-asia-security']?.exports).not.toContain('ActorSchema');
    expect(report['central-asia-security/schema']?.exports).toEqual(expect.arrayContaining(['ActorSchema', 'RECORD_SCHEMAS']));
    expect(report['central-asia-security/schema']?.exports).not.toContain('getActor');
    expect(report.values).toEqual(BUNDLED_VALUES);
  });

  it('loads every requirable export with Node CJS require', () => {
    const requirable = entries.filter((e) => e.requirable);
    expect(requirable.map((e) => e.key)).toEqual(expect.arrayContaining(['.', './schema']));
    const report = load('load-cjs.cjs', requirable);
    expectEveryEntryLoaded(report, requirable);
    expect(report.values).toEqual(BUNDLED_VALUES);
  });

  it('reads the JSON data subpaths', () => {
    const report = load(
      'load-esm.mjs',
      entries.filter((e) => e.kind === 'json'),
    );
    expect(report['central-asia-security/package.json']).toMatchObject({ json: 'object' });
    const shipped = JSON.parse(readFileSync(join(consumer.packageDir, 'package.json'), 'utf8')) as { name: string };
    expect(shipped.name).toBe('central-asia-security');
  });

  it('states the data licence and attribution in the data package', async () => {
    const dataPackage = entries.find((entry) => entry.specifier === 'central-asia-security/datapackage.json');
    expect(dataPackage).toBeDefined();
    const descriptor = JSON.parse(readFileSync(join(consumer.packageDir, dataPackage!.file), 'utf8')) as {
      licenses?: { name?: string; path?: string }[];
      sources?: { title?: string; path?: string }[];
    };
    expect(descriptor.licenses?.length).toBeGreaterThan(0);
    for (const licence of descriptor.licenses ?? []) expect(licence.name ?? licence.path).toBeTruthy();
    const { dataset } = (await import(pathToFileURL(join(consumer.packageDir, 'dist/index.js')).href)) as typeof import('../../src/entries/main.js');
    const sources = JSON.stringify(descriptor.sources ?? []);
    for (const source of dataset.sources) expect(sources, source.id).toContain(source.url);
  });

  it('links and runs every bin', () => {
    for (const [name, file] of Object.entries(binEntries(readManifest(consumer.packageDir)))) {
      const path = join(consumer.packageDir, file);
      expect(readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node'), name).toBe(true);
      expect(statSync(path).mode & 0o111, name).not.toBe(0);
      const run = spawnSync(join(consumer.dir, 'node_modules/.bin', name), ['--help'], { encoding: 'utf8' });
      expect(run.status, `${name} --help: ${run.stderr}`).toBe(0);
      expect(run.stdout, name).toContain(name);
    }
  });

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }, ['consumer.ts', 'consumer.cts', 'chain.ts']],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, ['consumer.ts', 'chain.ts']],
    // node10 is what `"module": "commonjs"` resolves with: it reads typesVersions, not exports.
    ['node10', { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true }, ['consumer.ts', 'chain.ts']],
  ])(
    'type-checks a TypeScript consumer under moduleResolution %s',
    (name, resolution, files) => {
      const config = `tsconfig.${name}.json`;
      writeFileSync(
        join(consumer.dir, config),
        JSON.stringify({
          compilerOptions: {
            ...resolution,
            target: 'es2022',
            strict: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            noEmit: true,
            // Check our declaration files too, not only the consumer's code.
            skipLibCheck: false,
            types: [],
          },
          files,
        }),
      );
      const run = spawnSync(process.execPath, [TSC, '-p', config], { cwd: consumer.dir, encoding: 'utf8' });
      expect(run.stdout + run.stderr).toBe('');
      expect(run.status).toBe(0);
      // A full type check of our declarations; on a shared, busy machine it can take minutes.
    },
    600_000,
  );

  it('bundles the main entry for the browser with esbuild, and the bundle runs without Node', async () => {
    const result = await build({
      entryPoints: [join(consumer.dir, 'browser.js')],
      absWorkingDir: consumer.dir,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/\bnode:/);
    const context: { result?: unknown } = {};
    runInNewContext(code, context);
    expect(context.result).toEqual({
      name: 'Tajikistan',
      search: 'iskp',
      incursion: ['tajikistan-border-incursion-2023-04', 'badakhshan-border-incursion-2023-09'],
    });
  });

  it('installs no install scripts and ships only what the manifest whitelists', () => {
    const manifest = readManifest(consumer.packageDir);
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[hook], hook).toBeUndefined();
    expect(existsSync(join(consumer.packageDir, 'src'))).toBe(false);
    expect(existsSync(join(consumer.packageDir, 'data'))).toBe(false);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createDataset, dataset, type DataPackage, type Row } from '../../src/entries/main.js';

// These read what `npm run build` wrote to dist/data/ (npm test builds first).
const DIR = fileURLToPath(new URL('../../dist/data/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(`${DIR}${file}`, 'utf8');
const descriptor = JSON.parse(read('datapackage.json')) as DataPackage;

/** The CSV text a JSON cell must read back as. */
function csvText(value: Row[string]): string {
  if (value === null) return '';
  return String(value);
}

function readCsv(file: string): { header: string[]; records: string[][] } {
  const [header = [], ...records] = parse(read(file), { relax_column_count: false });
  return { header, records };
}

describe('the shipped data files', () => {
  it('has a CSV, JSON and NDJSON file for every resource of the data package, and no other table', () => {
    const names = descriptor.resources.map((r) => r.name);
    expect(names.length).toBeGreaterThanOrEqual(17);
    const files = readdirSync(DIR).filter((f) => f !== 'datapackage.json' && f !== 'records' && !f.endsWith('.geojson'));
    expect(files.sort()).toEqual(names.flatMap((n) => [`${n}.csv`, `${n}.json`, `${n}.ndjson`]).sort());
  });

  it('reads every CSV back to the JSON rows, column by column, with the descriptor’s fields', () => {
    for (const resource of descriptor.resources) {
      const { header, records } = readCsv(resource.path);
      const json = JSON.parse(read(`${resource.name}.json`)) as Row[];
      const ndjson = read(`${resource.name}.ndjson`)
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Row);
      const fields = resource.schema.fields.map((f) => f.name);
      expect(header, resource.name).toEqual(fields);
      expect(ndjson, resource.name).toEqual(json);
      expect(records.length, resource.name).toBe(json.length);
      json.forEach((row, i) => {
        expect(Object.keys(row), `${resource.name} row ${i}`).toEqual(fields);
        expect(records[i], `${resource.name} row ${i}`).toEqual(fields.map((f) => csvText(row[f] ?? null)));
      });
      for (const field of resource.schema.fields) {
        const column = json.map((row) => row[field.name]);
        if (field.constraints?.required)
          expect(
            column.every((v) => v !== null),
            `${resource.name}.${field.name} required`,
          ).toBe(true);
        const types = { string: 'string', number: 'number', integer: 'number', boolean: 'boolean', date: 'string' } as const;
        for (const value of column) if (value !== null) expect(typeof value, `${resource.name}.${field.name}`).toBe(types[field.type as keyof typeof types]);
        if (field.type === 'date') for (const value of column) if (value !== null) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (field.type === 'integer') for (const value of column) if (value !== null) expect(Number.isInteger(value)).toBe(true);
      }
    }
  });

  it('keeps every primary key unique and every foreign key pointing at a row of its table', () => {
    const csv = new Map(
      descriptor.resources.map((r) => {
        const { header, records } = readCsv(r.path);
        return [r.name, records.map((rec) => Object.fromEntries(header.map((h, i) => [h, rec[i]!])))];
      }),
    );
    let checked = 0;
    for (const resource of descriptor.resources) {
      const rows = csv.get(resource.name)!;
      const keys = rows.map((row) => JSON.stringify(resource.schema.primaryKey.map((k) => row[k])));
      expect(new Set(keys).size, `${resource.name} primary key`).toBe(keys.length);
      for (const fk of resource.schema.foreignKeys ?? []) {
        const target = csv.get(fk.reference.resource === '' ? resource.name : fk.reference.resource);
        expect(target, `${resource.name}.${fk.fields} → ${fk.reference.resource}`).toBeDefined();
        const allowed = new Set(target!.map((row) => row[fk.reference.fields]));
        for (const row of rows) {
          const value = row[fk.fields]!;
          if (value === '') continue;
          expect(allowed.has(value), `${resource.name}.${fk.fields} = ${value} → ${fk.reference.resource}`).toBe(true);
          checked += 1;
        }
      }
    }
    // The bundled data has links to check: incident actors, citations' sources, observations' indicators, …
    expect(checked).toBeGreaterThan(dataset.observations.length + dataset.incidents.length);
  });

  it('ships the nested records, which validate as a dataset', () => {
    const input = Object.fromEntries(
      ['sources', 'actors', 'places', 'incidents', 'indicators', 'observations', 'claims', 'relations'].map((c) => [c, JSON.parse(read(`records/${c}.json`))]),
    );
    const again = createDataset(input);
    expect(again.observations).toEqual(dataset.observations);
    const ndjson = read('records/actors.ndjson')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(ndjson).toEqual(input['actors']);
  });

  it('states the data licence and attribution in the data package', () => {
    expect(descriptor.licenses?.[0]).toMatchObject({ name: 'MIT' });
    expect(descriptor.description).toMatch(/short excerpts, reproduced with attribution to their publishers: KabulNow \(kabulnow\.com\)/);
    expect(descriptor.sources).toContainEqual({
      title: 'KabulNow: Central Asia Voice Terrorism Concerns as US Projects Confidence in Taliban',
      path: 'https://kabulnow.com/2023/09/central-asia-voice-terrorism-concerns-as-us-projects-confidence-in-taliban/',
    });
  });
});

describe('the package', () => {
  it('resolves the data subpaths through its exports map', () => {
    const require = createRequire(`${ROOT}package.json`);
    expect(require.resolve('central-asia-security/data/actors.csv')).toBe(`${DIR}actors.csv`);
    expect(require.resolve('central-asia-security/data/incident-actors.ndjson')).toBe(`${DIR}incident-actors.ndjson`);
    expect(require.resolve('central-asia-security/data/records/observations.json')).toBe(`${DIR}records/observations.json`);
    expect(require.resolve('central-asia-security/datapackage.json')).toBe(`${DIR}datapackage.json`);
    expect(require('central-asia-security/data/observations.json')).toEqual(JSON.parse(read('observations.json')));
  });

  it('packs every data file into the tarball', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as [
      { files: { path: string }[] },
    ];
    const packed = new Set(pack.files.map((f) => f.path));
    const expected = [
      'dist/data/datapackage.json',
      ...descriptor.resources.flatMap((r) => ['csv', 'json', 'ndjson'].map((ext) => `dist/data/${r.name}.${ext}`)),
    ];
    for (const file of expected) expect(packed.has(file), file).toBe(true);
    expect(packed.has('dist/data/records/claims.ndjson')).toBe(true);
    // No temporary file of an interrupted build is shipped.
    expect([...packed].filter((p) => p.endsWith('.tmp'))).toEqual([]);
  });
});

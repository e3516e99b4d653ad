import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import records from '../../src/generated/records.json';
import { COLLECTION_OF, RECORD_KINDS, defineSchemas, toJsonSchema } from '../../src/schema/index.js';

const require = createRequire(import.meta.url);

/** Loads a published schema through the package's own export map, as a user would. */
function published(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(require.resolve(`central-asia-security/json-schema/${name}.json`), 'utf8')) as Record<string, unknown>;
}

function ajv() {
  const instance = new Ajv2020({ allErrors: true, strict: true });
  addFormats(instance);
  return instance;
}

describe('published JSON Schema', () => {
  it('validates every bundled record against its kind’s schema', () => {
    const validator = ajv();
    for (const kind of RECORD_KINDS) {
      const schema = published(kind);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const validate = validator.compile(schema);
      const list = (records as Record<string, unknown[]>)[COLLECTION_OF[kind]] ?? [];
      for (const record of list) {
        expect(validate(record) ? [] : validate.errors, `${kind} ${(record as { id: string }).id}`).toEqual([]);
      }
    }
  });

  it('validates the whole bundled dataset against dataset.json', () => {
    const validate = ajv().compile(published('dataset'));
    expect(validate(records) ? [] : validate.errors).toEqual([]);
    expect((records as { incidents: unknown[] }).incidents.length).toBeGreaterThan(1);
  });

  it('rejects what our schemas reject: an unknown type, an impossible date, a bad id, an extra field', () => {
    const validate = ajv().compile(published('incident'));
    const good = (records as { incidents: Record<string, unknown>[] }).incidents.find((i) => i.id === 'badakhshan-border-incursion-2023-09')!;
    expect(validate(good)).toBe(true);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, type: 'riot' }, '/type'],
      [{ ...good, date: { start: '2023-02-30', end: '2023-09-14', precision: 'range' } }, '/date/start'],
      [{ ...good, id: 'Badakhshan' }, '/id'],
      [{ ...good, severity: 3 }, ''],
    ];
    for (const [record, path] of cases) {
      expect(validate(record)).toBe(false);
      expect(validate.errors?.map((e: { instancePath: string }) => e.instancePath)).toContain(path);
    }
  });

  it('converts extended schemas too, with the caller’s members', () => {
    const mine = defineSchemas({ incidentTypes: ['protest'] });
    const validate = ajv().compile(toJsonSchema(mine.schemas.incident, 'incident'));
    const good = (records as { incidents: Record<string, unknown>[] }).incidents[0]!;
    expect(validate({ ...good, type: 'protest' })).toBe(true);
    expect(ajv().compile(published('incident'))({ ...good, type: 'protest' })).toBe(false);
  });

  it('ships in the package tarball', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as [
      { files: { path: string }[] },
    ];
    const paths = pack.files.map((f) => f.path);
    for (const name of [...RECORD_KINDS, 'dataset']) expect(paths).toContain(`dist/json-schema/${name}.json`);
  });
});

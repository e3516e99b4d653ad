/**
 * createDataset and the schemas on hostile and broken input: each case ends in a
 * DatasetValidationError (or a failed safeParse) that names what is wrong and where, never in
 * an uncaught exception, and nothing leaks into the built-in prototypes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDataset, createRecordValidator, DatasetValidationError } from '../../src/dataset/index.js';
import * as schemas from '../../src/entries/schema.js';
import { COLLECTION_OF, RECORD_KINDS, type RecordKind } from '../../src/schema/index.js';
import { IncidentSchema } from '../../src/entries/schema.js';
import { fullDataset } from '../fixtures/full-dataset.js';
import { smallDataset, TEXT } from '../fixtures/small-dataset.js';
import { getAt, issuesOf, leafPaths, messageOf, nestedArrays, nestedJson, nestedObjects, objectPaths, prototypeSnapshot, setAt } from '../helpers/hostile.js';

const KIND_OF = Object.fromEntries(RECORD_KINDS.map((kind) => [COLLECTION_OF[kind], kind])) as Record<string, RecordKind>;
const DEEP = 100_000;
const FIFTY_MB = 50 * 1024 * 1024;

/** Where a dataset path points: the record's kind and index, and the path inside the record. */
function locate(path: (string | number)[]): { kind: RecordKind; index: number; inner: (string | number)[] } {
  const [collection, index, ...inner] = path;
  return { kind: KIND_OF[collection as string]!, index: index as number, inner };
}

let before: ReturnType<typeof prototypeSnapshot>;
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  // Every case in this file ran by now: the built-in prototypes must be exactly as they were.
  expect(prototypeSnapshot()).toEqual(before);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe('__proto__, constructor and prototype keys', () => {
  const hostileKeys = '"__proto__":{"polluted":true,"status":"withdrawn"},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}';

  it('are refused as collections, record fields and nested fields, naming each key', () => {
    const json = JSON.stringify(smallDataset())
      .replace(/^\{/, `{${hostileKeys},`)
      .replace('"id":"acme-front",', `"id":"acme-front",${hostileKeys},`)
      .replace('"precision":"day","text":"on 3 May 2024"', `"precision":"day","text":"on 3 May 2024",${hostileKeys}`);
    const input = JSON.parse(json) as unknown;
    expect(Object.hasOwn(input as object, '__proto__')).toBe(true);
    const issues = issuesOf(input);
    expect(issues.slice(0, 3).map((i) => [i.kind, i.path.join('.'), i.message])).toEqual([
      ['dataset', '__proto__', expect.stringMatching(/^unknown collection "__proto__"/)],
      ['dataset', 'constructor', expect.stringMatching(/^unknown collection "constructor"/)],
      ['dataset', 'prototype', expect.stringMatching(/^unknown collection "prototype"/)],
    ]);
    expect(issues.slice(3).map((i) => [i.kind, i.id, i.path.join('.'), i.message])).toEqual([
      ['actor', 'acme-front', '', 'Unrecognized keys: "__proto__", "constructor", "prototype"'],
      ['incident', 'river-crossing-2024-05-03', 'date', 'Unrecognized keys: "__proto__", "constructor", "prototype"'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('are ordinary unknown ids when used as ids or references, never inherited properties', () => {
    const input = smallDataset();
    input.incidents[0]!.actors[0]!.actor = '__proto__';
    input.incidents[0]!.place = 'constructor';
    input.claims[0]!.about = ['prototype', 'hasOwnProperty'];
    const kebab = 'must be kebab-case: lowercase letters and digits joined by single hyphens';
    expect(issuesOf(input).map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      ['schema', 'actors.0.actor', kebab],
      ['schema', 'about.1', kebab],
      ['dangling-reference', 'place', 'unknown place "constructor"'],
      ['dangling-reference', 'actors.0.actor', 'unknown actor "__proto__"'],
      ['dangling-reference', 'about.0', 'unknown record "prototype"'],
      ['dangling-reference', 'about.1', 'unknown record "hasOwnProperty"'],
    ]);
  });

  it('find nothing when queried on a valid dataset', () => {
    const ds = createDataset(smallDataset());
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      expect(ds.getRecord(key)).toBeUndefined();
      expect(ds.getActor(key)).toBeUndefined();
      expect(ds.claimsAbout(key)).toEqual([]);
      expect(ds.claimsBy(key)).toEqual([]);
      expect(ds.relationsOf(key)).toEqual([]);
      expect(ds.series(key)).toEqual([]);
      expect(ds.findIncidents({ actor: key })).toEqual([]);
      expect(ds.findIncidents({ place: key })).toEqual([]);
      expect(ds.searchActors(key)).toEqual([]);
    }
  });

  it('pass through a caller’s loose schema as data, without changing any prototype', () => {
    const Loose = z.looseObject({ ...IncidentSchema.def.shape }) as unknown as typeof IncidentSchema;
    const input = JSON.parse(
      JSON.stringify(smallDataset()).replace('"id":"river-crossing-2024-05-03",', `"id":"river-crossing-2024-05-03",${hostileKeys},`),
    ) as unknown;
    const ds = createDataset(input, { schemas: { incident: Loose } });
    const incident = ds.getIncident('river-crossing-2024-05-03')!;
    expect(Object.getPrototypeOf(incident)).toBe(Object.prototype);
    expect((incident as { status?: string }).status).toBeUndefined();
    expect(ds.findIncidents()).toHaveLength(1);
  });
});

describe('deeply nested input (100,000 levels)', () => {
  it('parses as JSON text without overflowing', () => {
    expect(Array.isArray(JSON.parse(nestedJson(DEEP)))).toBe(true);
  });

  it('is refused in a field, as a record and as a collection, with the place named', () => {
    const input = smallDataset();
    (input.actors[0] as Record<string, unknown>)['name'] = nestedArrays(DEEP);
    (input.actors[1] as Record<string, unknown>)['aliases'] = nestedObjects(DEEP);
    (input.places as unknown[]).push(nestedArrays(DEEP));
    (input as Record<string, unknown>)['incidents'] = nestedArrays(DEEP);
    const issues = issuesOf(input);
    expect(issues.filter((i) => i.code === 'schema').map((i) => [i.kind, i.index, i.path.join('.'), i.message])).toEqual([
      ['actor', 0, 'name', 'Invalid input: expected string, received array'],
      ['actor', 1, 'aliases', 'Invalid input: expected array, received object'],
      ['place', 1, '', 'Invalid input: expected object, received array'],
      ['incident', 0, '', 'Invalid input: expected object, received array'],
    ]);
    // The claim refers to the incident that is now missing: still checked, and reported.
    expect(issues.filter((i) => i.code !== 'schema').map((i) => [i.kind, i.path.join('.'), i.message])).toEqual([
      ['claim', 'about.1', 'unknown record "river-crossing-2024-05-03"'],
    ]);
  });

  it('in a caller’s recursive schema becomes an issue, not a stack overflow', () => {
    const WithPayload = IncidentSchema.safeExtend({ payload: z.json() });
    const input = smallDataset();
    Object.assign(input.incidents[0]!, { payload: nestedArrays(DEEP) });
    const [issue] = issuesOf(input, { schemas: { incident: WithPayload } });
    expect([issue!.kind, issue!.id, issue!.message]).toEqual(['incident', 'river-crossing-2024-05-03', 'record is nested too deeply to validate']);
  });

  it('in a field a caller’s schema does not check is copied and frozen without recursion', () => {
    const WithPayload = IncidentSchema.safeExtend({ payload: z.unknown() });
    const input = smallDataset();
    const payload = nestedObjects(DEEP);
    Object.assign(input.incidents[0]!, { payload });
    const ds = createDataset(input, { schemas: { incident: WithPayload } });
    const stored = ds.getIncident('river-crossing-2024-05-03')!.payload;
    // Compared by identity only: vitest's own matchers recurse and would overflow here.
    expect(stored === payload).toBe(false);
    expect(Object.isFrozen(getAt(stored, new Array<string>(DEEP - 1).fill('a')))).toBe(true);
    expect(Object.isFrozen(payload)).toBe(false);
  });

  it('in a caller’s recursive schema is an issue for createRecordValidator too', () => {
    const validate = createRecordValidator(IncidentSchema.safeExtend({ payload: z.json() }));
    const input = smallDataset().incidents[0]!;
    expect(validate({ ...input, payload: [1, { a: 'b' }] })).toEqual([]);
    expect(validate({ ...input, payload: nestedArrays(DEEP) })).toEqual([{ code: 'schema', path: [], message: 'record is nested too deeply to validate' }]);
  });

  it('is refused by every exported schema without throwing', () => {
    const exported = Object.entries(schemas as Record<string, unknown>).filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType);
    expect(exported.length).toBeGreaterThan(20);
    for (const [name, schema] of exported) {
      for (const hostile of [nestedArrays(DEEP), nestedObjects(DEEP)]) {
        const result = schema.safeParse(hostile);
        expect(result.success, name).toBe(false);
      }
    }
  });
});

describe('a 50 MB single value', () => {
  const huge = 'x'.repeat(FIFTY_MB);

  it('as an id, an unknown key and a quote is reported with a short message', () => {
    const input = smallDataset();
    input.actors[0]!.id = huge;
    (input.actors[1] as Record<string, unknown>)[huge] = 1;
    input.places[0]!.citations[0]!.quote = huge;
    const issues = issuesOf(input);
    expect(issues.find((i) => i.kind === 'actor' && i.index === 0 && i.path[0] === 'id')?.message).toBe('Too big: expected string to have <=200 characters');
    expect(issues.find((i) => i.kind === 'actor' && i.index === 1)?.message).toHaveLength(FIFTY_MB + 'Unrecognized key: ""'.length);
    expect(issues.find((i) => i.code === 'quote-not-found')?.message).toBe(`quote not found verbatim in source "field-report": "${'x'.repeat(77)}…"`);
    // The error message shows the start of each issue only, whatever the input held.
    expect(messageOf(input).length).toBeLessThan(5_000);
  });

  it('as a free-text field is accepted: the library sets no length limit on text', () => {
    const input = smallDataset();
    input.incidents[0]!.title = huge;
    expect(createDataset(input).getIncident('river-crossing-2024-05-03')?.title).toHaveLength(FIFTY_MB);
  });
});

describe('encodings: replacement characters, lone surrogates, BOM, CRLF', () => {
  it('refuses ids and dates that carry them, naming the field', () => {
    const input = smallDataset();
    input.actors[0]!.id = '\ufeffacme-front';
    input.actors[1]!.id = 'ministry-of-\ud800defence';
    input.places[0]!.id = 'river-\ufffdcrossing';
    input.incidents[0]!.date.start = '\ufeff2024-05-03';
    input.incidents[0]!.date.end = '2024-05-03\r';
    const issues = issuesOf(input).filter((i) => i.code !== 'dangling-reference');
    expect(issues.map((i) => [i.kind, i.index, i.path.join('.')])).toEqual([
      ['actor', 0, 'id'],
      ['actor', 1, 'id'],
      ['place', 0, 'id'],
      ['incident', 0, 'date.start'],
      ['incident', 0, 'date.end'],
    ]);
  });

  it('matches quotes across CRLF line ends, since only white space may differ', () => {
    const input = smallDataset();
    input.sources[0]!.text = TEXT.replaceAll(' ', '\r\n');
    input.claims[0]!.citations[0]!.quote = 'The Ministry\r\nof Defence said';
    expect(() => createDataset(input)).not.toThrow();
  });

  it('keeps lone surrogates and replacement characters in free text as given', () => {
    const input = smallDataset();
    input.actors[0]!.name = 'Acme \ud800 Front \ufffd';
    expect(createDataset(input).getActor('acme-front')?.name).toBe('Acme \ud800 Front \ufffd');
  });
});

describe('wrong types in every field', () => {
  const full = fullDataset();
  const leaves = leafPaths(full);
  const objects = objectPaths(full).filter((path) => path.length >= 3);

  function wrongValuesFor(value: unknown): unknown[] {
    const all = [null, 42, 'text', true, [], {}, NaN, Infinity, -Infinity];
    return all.filter((candidate) => {
      if (typeof value === 'number') return typeof candidate !== 'number' || !Number.isFinite(candidate);
      if (Array.isArray(value)) return !Array.isArray(candidate);
      if (value !== null && typeof value === 'object') return candidate === null || typeof candidate !== 'object' || Array.isArray(candidate);
      return typeof candidate !== typeof value;
    });
  }

  it('covers every field of every kind', () => {
    for (const kind of RECORD_KINDS) {
      const records = full[COLLECTION_OF[kind]] as object[];
      const present = new Set(records.flatMap((r) => Object.keys(r)));
      const name = `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
      // Kinds without refinements (sources) have one schema, with no Base twin.
      const base = (schemas as Record<string, unknown>)[`${name}BaseSchema`] ?? (schemas as Record<string, unknown>)[`${name}Schema`];
      const shape = (base as z.ZodObject).shape;
      expect([...present].sort(), kind).toEqual(Object.keys(shape).sort());
    }
  });

  it('reports each wrong leaf with its record and path', () => {
    let cases = 0;
    for (const path of [...leaves, ...objects]) {
      const { kind, index, inner } = locate(path);
      for (const wrong of wrongValuesFor(getAt(full, path))) {
        const input = fullDataset();
        setAt(input, path, wrong);
        let issues;
        try {
          createDataset(input);
          throw new Error(`accepted ${String(wrong)} at ${path.join('.')}`);
        } catch (error) {
          if (!(error instanceof DatasetValidationError)) throw error;
          issues = error.issues;
        }
        const match = issues.find((i) => i.kind === kind && i.index === index && i.path.join('.') === inner.join('.'));
        expect(match, `${JSON.stringify(wrong)} at ${path.join('.')}: ${issues.map((i) => i.path.join('.')).join(', ')}`).toBeDefined();
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(500);
  });
});

describe('numbers: NaN and ±Infinity', () => {
  it('are refused in every numeric field, naming it', () => {
    const numeric = leafPaths(fullDataset()).filter((path) => typeof getAt(fullDataset(), path) === 'number');
    expect(numeric.map((p) => p.slice(2).join('.'))).toEqual(
      expect.arrayContaining(['value.value', 'value.low', 'value.high', 'fatalities.value', 'comparison.change.value', 'citations.0.paragraph']),
    );
    for (const path of numeric) {
      for (const bad of [NaN, Infinity, -Infinity]) {
        const input = fullDataset();
        setAt(input, path, bad);
        const { kind, index, inner } = locate(path);
        const issue = issuesOf(input).find((i) => i.kind === kind && i.index === index && i.path.join('.') === inner.join('.'));
        expect(issue?.message, `${bad} at ${path.join('.')}`).toMatch(/expected number, received (NaN|number)|Infinity|finite|Too big|Too small/);
      }
    }
  });
});

describe('dates', () => {
  const dateLocations = objectPaths(fullDataset()).filter((path) => {
    const value = getAt(fullDataset(), path) as Record<string, unknown>;
    return !Array.isArray(value) && 'start' in value && 'end' in value && 'precision' in value;
  });

  it('finds a FuzzyDate in each place the schemas use one', () => {
    expect([...new Set(dateLocations.map((p) => `${p[0]}.${p.slice(2).join('.')}`))].sort()).toEqual([
      'checks.value.date',
      'claims.date',
      'incidents.date',
      'observations.comparison.baseline',
      'observations.period',
      'relations.date',
      'sources.published',
    ]);
  });

  it('refuses impossible calendar dates everywhere', () => {
    for (const path of dateLocations) {
      for (const bad of ['2023-02-30', '2023-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-9-1', '2023-09-01T00:00:00Z', '']) {
        const input = fullDataset();
        setAt(input, path, { start: bad, end: bad, precision: 'day' });
        const { kind, index, inner } = locate(path);
        const paths = issuesOf(input)
          .filter((i) => i.kind === kind && i.index === index)
          .map((i) => [i.path.join('.'), i.message]);
        expect(paths, `${bad} at ${path.join('.')}`).toEqual([
          [[...inner, 'start'].join('.'), 'must be a real calendar date written YYYY-MM-DD'],
          [[...inner, 'end'].join('.'), 'must be a real calendar date written YYYY-MM-DD'],
        ]);
      }
    }
  });

  it('accepts 29 February in a leap year', () => {
    const input = smallDataset();
    input.claims[0]!.date = { start: '2024-02-29', end: '2024-02-29', precision: 'day' };
    expect(createDataset(input).getClaim('mod-detentions')?.date.start).toBe('2024-02-29');
  });

  it('refuses start after end everywhere, as a date-order issue', () => {
    for (const path of dateLocations) {
      const input = fullDataset();
      setAt(input, path, { start: '2024-05-09', end: '2024-05-01', precision: 'range' });
      const { kind, index, inner } = locate(path);
      const issues = issuesOf(input).filter((i) => i.kind === kind && i.index === index);
      expect(
        issues.map((i) => [i.code, i.path.join('.'), i.message]),
        path.join('.'),
      ).toEqual([['date-order', [...inner, 'end'].join('.'), 'start 2024-05-09 is after end 2024-05-01']]);
    }
  });
});

describe('duplicate ids', () => {
  it('are reported for every repeat, within and across collections, naming the first holder', () => {
    const input = smallDataset();
    input.actors.push({ ...input.actors[0]! });
    input.indicators[0]!.id = 'acme-front';
    const issues = issuesOf(input).filter((i) => i.code === 'duplicate-id');
    expect(issues.map((i) => [i.kind, i.index, i.message])).toEqual([
      ['actor', 2, 'id "acme-front" is already used by actor at actors[0]; ids are unique across all kinds'],
      ['indicator', 0, 'id "acme-front" is already used by actor at actors[0]; ids are unique across all kinds'],
    ]);
  });
});

describe('empty and missing input', () => {
  it('accepts an empty dataset and empty collections', () => {
    expect(createDataset({}).actors).toEqual([]);
    expect(createDataset({ actors: [], sources: [] }).findIncidents()).toEqual([]);
  });

  it('refuses input that is no dataset at all, saying what it got', () => {
    for (const [input, got] of [
      [undefined, 'undefined'],
      ['', 'string'],
      [0, 'number'],
      [nestedArrays(DEEP), 'an array'],
    ] as const) {
      expect(issuesOf(input).map((i) => i.message)).toEqual([`expected an object of record arrays, got ${got}`]);
    }
  });

  it('refuses records that are not objects, with their index', () => {
    const issues = issuesOf({ actors: [null, 'acme', 7, [], undefined] });
    expect(issues.map((i) => [i.index, i.message])).toEqual([
      [0, 'Invalid input: expected object, received null'],
      [1, 'Invalid input: expected object, received string'],
      [2, 'Invalid input: expected object, received number'],
      [3, 'Invalid input: expected object, received array'],
      [4, 'Invalid input: expected object, received undefined'],
    ]);
  });
});

describe('a caller’s schema that throws', () => {
  it('is reported against the record, and the other records are still checked', () => {
    const Throwing = IncidentSchema.safeExtend({}).superRefine(() => {
      throw new Error('boom');
    }) as unknown as typeof IncidentSchema;
    const input = smallDataset();
    (input.actors[0] as { kind: string }).kind = 'gang';
    const issues = issuesOf(input, { schemas: { incident: Throwing } });
    expect(issues.map((i) => [i.kind, i.path.join('.'), i.message])).toEqual([
      ['actor', 'kind', expect.stringMatching(/^Invalid option/)],
      ['incident', '', 'schema threw while validating: boom'],
    ]);
  });
});

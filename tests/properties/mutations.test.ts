/**
 * Property-based tests: any mutation of a valid dataset (a field set to a hostile value, a key
 * removed or added, a record duplicated) is either accepted or refused with a
 * DatasetValidationError whose issues are well formed; never a crash, never a polluted
 * prototype. `npm run test:fuzz` runs each property 10,000 times.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDataset, DatasetValidationError, formatIssue } from '../../src/dataset/index.js';
import { ActorBaseSchema, IncidentBaseSchema, ObservationBaseSchema } from '../../src/entries/schema.js';
import { leafPaths, nestedArrays, objectPaths, prototypeSnapshot } from '../helpers/hostile.js';
import { validDataset } from './arbitraries.js';
import { runProperty } from './run-property.js';

type Data = Record<string, Record<string, unknown>[]>;
type Path = (string | number)[];

const nasty = fc.constantFrom<unknown>(
  null,
  undefined,
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  1e308,
  -1,
  1.5,
  true,
  '',
  ' ',
  '\ufeff',
  '\ud800',
  '\udfff',
  'x'.repeat(10_000),
  '2023-02-30',
  '2024-13-01',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '=cmd|/C calc!A0',
  'a,b\r\n"c"',
  [],
  {},
  [[]],
  { __proto__: null },
);
const hostileValue = fc.oneof(
  nasty,
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
  fc.string({ unit: 'binary' }),
  // Shallow enough for fast-check to print in a failure report; tests/hostile-input goes 100,000 deep.
  fc.integer({ min: 1, max: 300 }).map((depth) => nestedArrays(depth)),
);
const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'id', 'status', 'extra'), fc.string());

type Mutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown }
  | { op: 'duplicate'; at: number; into: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), key: hostileKey, value: hostileValue }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), into: fc.nat() }),
);

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  return path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root) as Record<string | number, unknown>;
}

/** Applies a mutation to `data` in place; keys are defined, as JSON.parse would, never assigned. */
function apply(data: Data, m: Mutation): void {
  const paths: Path[] = [...objectPaths(data), ...leafPaths(data)].filter((p) => p.length > 0);
  const path = paths[m.at % paths.length]!;
  const parent = parentOf(data, path);
  const key = path[path.length - 1]!;
  switch (m.op) {
    case 'set':
      Object.defineProperty(parent, key, { value: m.value, enumerable: true, writable: true, configurable: true });
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent, key);
      break;
    case 'add': {
      const target = parent[key];
      const holder = target !== null && typeof target === 'object' && !Array.isArray(target) ? target : parent;
      // JSON gives an array no named keys (and `length` cannot be redefined): no such input exists.
      if (Array.isArray(holder)) break;
      Object.defineProperty(holder, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      break;
    }
    case 'duplicate': {
      const records = Object.values(data).flat();
      const collections = Object.values(data).filter((c) => Array.isArray(c));
      const record = records[m.at % Math.max(records.length, 1)];
      if (record !== undefined && collections.length > 0) collections[m.into % collections.length]!.push(structuredClone(record));
      break;
    }
  }
}

function expectWellFormed(error: unknown): void {
  if (!(error instanceof DatasetValidationError)) throw error;
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) {
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(Array.isArray(issue.path)).toBe(true);
    expect(formatIssue(issue).length).toBeLessThan(1_000);
  }
  expect(error.message.length).toBeLessThan(25_000);
}

describe('mutated datasets', () => {
  it('are accepted or refused with a DatasetValidationError, never a crash', () => {
    const before = prototypeSnapshot();
    let accepted = 0;
    let refused = 0;
    runProperty(
      'mutations never crash',
      fc.property(validDataset, fc.array(mutation, { minLength: 1, maxLength: 3 }), (valid, mutations) => {
        // Mutate a copy, so that a failure report shows the valid dataset and the mutations.
        const data = structuredClone(valid);
        for (const m of mutations) apply(data, m);
        try {
          createDataset(data);
          accepted++;
        } catch (error) {
          expectWellFormed(error);
          refused++;
        }
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
    );
    expect(prototypeSnapshot()).toEqual(before);
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('through a caller’s loose schemas are accepted or refused, never a crash', () => {
    const loose = {
      actor: z.looseObject({ ...ActorBaseSchema.shape }),
      incident: z.looseObject({ ...IncidentBaseSchema.shape }),
      observation: z.looseObject({ ...ObservationBaseSchema.shape }),
    };
    runProperty(
      'mutations never crash loose schemas',
      fc.property(validDataset, fc.array(mutation, { minLength: 1, maxLength: 3 }), (valid, mutations) => {
        const data = structuredClone(valid);
        for (const m of mutations) apply(data, m);
        try {
          createDataset(data, { schemas: loose });
        } catch (error) {
          expectWellFormed(error);
        }
      }),
    );
  });
});

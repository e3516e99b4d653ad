/**
 * createDataset on input that fights back: getters, Proxies, sparse arrays and control
 * characters in any string field end in a dataset or a DatasetValidationError, never another
 * exception; stable getters and Proxies give the same answer as the plain data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataset, DatasetValidationError } from '../../src/dataset/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { getAt, leafPaths, objectPaths, setAt } from '../helpers/hostile.js';
import { runProperty } from './run-property.js';

/** What createDataset made of input: the record ids it kept, or the issue codes it threw. */
function outcome(input: unknown): string {
  try {
    const ds = createDataset(input);
    return `ok ${JSON.stringify([ds.actors, ds.incidents, ds.places, ds.sources])}`;
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    return `issues ${error.issues.map((i) => `${i.code}@${i.path.join('.')}`).join(',')}`;
  }
}

const base = smallDataset();
const objects = objectPaths(base);
const strings = leafPaths(base).filter((path) => typeof getAt(base, path) === 'string');
const controlText = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 });

describe('hostile input, generated', () => {
  it('wraps objects in stable getters and Proxies without changing the answer', () => {
    const plain = outcome(smallDataset());
    runProperty(
      'getters and Proxies read once',
      fc.property(fc.subarray(objects.filter((p) => p.length > 0)), fc.boolean(), (paths, asProxy) => {
        const input = smallDataset();
        for (const path of [...paths].sort((a, b) => b.length - a.length)) {
          const value = getAt(input, path);
          const parent = getAt(input, path.slice(0, -1)) as Record<string | number, unknown>;
          const key = path[path.length - 1]!;
          if (asProxy) parent[key] = new Proxy(value as object, {});
          else Object.defineProperty(parent, key, { enumerable: true, configurable: true, get: () => value });
        }
        expect(outcome(input)).toBe(plain);
      }),
    );
  });

  it('refuses sparse arrays of any length quickly, with an issue', () => {
    runProperty(
      'sparse arrays',
      fc.property(
        fc.constantFrom(...objects.filter((p) => Array.isArray(getAt(base, p)))),
        fc.integer({ min: 10_000_001, max: 2 ** 32 - 1 }),
        (path, length) => {
          const input = smallDataset();
          (getAt(input, path) as unknown[]).length = length;
          expect(outcome(input)).toMatch(/^issues input@/);
        },
      ),
    );
  });

  it('never throws anything but DatasetValidationError for control characters in any string field', () => {
    runProperty(
      'control characters in string fields',
      fc.property(fc.constantFrom(...strings), controlText, fc.boolean(), (path, text, append) => {
        const input = smallDataset();
        setAt(input, path, append ? `${String(getAt(input, path))}${text}` : text);
        expect(outcome(input)).toMatch(/^(ok|issues)/);
      }),
    );
  });
});

/**
 * The ESM and CommonJS builds each define DatasetValidationError; an error thrown by one is
 * still an `instanceof` the other's class (a Symbol.for brand), so an app that mixes both (a CJS
 * dependency and ESM code) can catch it. Runs the built dist/index.js and dist/index.cjs.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const esm = (await import(new URL('../../dist/index.js', import.meta.url).href)) as typeof import('../../src/entries/main.js');
const cjs = createRequire(import.meta.url)('../../dist/index.cjs') as typeof import('../../src/entries/main.js');

function thrownBy(build: typeof esm): unknown {
  try {
    build.createDataset({ actors: [{ id: 'x' }] });
  } catch (error) {
    return error;
  }
  throw new Error('expected createDataset to throw');
}

describe('DatasetValidationError across the ESM and CommonJS builds', () => {
  it('is two classes, recognised by both', () => {
    expect(esm.DatasetValidationError).not.toBe(cjs.DatasetValidationError);
    for (const error of [thrownBy(esm), thrownBy(cjs)]) {
      expect(error).toBeInstanceOf(esm.DatasetValidationError);
      expect(error).toBeInstanceOf(cjs.DatasetValidationError);
    }
  });

  it('does not recognise look-alikes', () => {
    expect(new Error('x')).not.toBeInstanceOf(esm.DatasetValidationError);
    expect({ name: 'DatasetValidationError', issues: [] }).not.toBeInstanceOf(cjs.DatasetValidationError);
  });
});

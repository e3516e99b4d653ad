/**
 * The doctest (doctest.test.ts) runs every example after esbuild has stripped its types, so an
 * example can run yet not compile for a reader: a readonly array assigned to a mutable one, an
 * optional field read without a check, a literal the declared type refuses. This test compiles
 * every example as a reader writes it, against the built package's declarations (dist/, so
 * `npm test` builds first) and the project's compiler options, and lists each error at its
 * example's line. tests/helpers/doctest-types.ts says how an example becomes a module.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { collectExamples, typeCheckExamples, type TypeCheckOutcome } from '../helpers/doctest-types.js';

let outcome: TypeCheckOutcome;
beforeAll(() => {
  outcome = typeCheckExamples(collectExamples());
});

describe('the documented examples', () => {
  it('compile against the shipped types', () => {
    expect(outcome.failures, `type errors in the examples:\n${outcome.failures.join('\n')}\n`).toHaveLength(0);
  });

  it('are nearly all type-checked: the few left out say why', () => {
    expect(outcome.checked).toBeGreaterThan(400);
    expect(outcome.excluded.length, outcome.excluded.join('\n')).toBeLessThanOrEqual(6);
    for (const reason of outcome.excluded) expect(reason).toMatch(/:\d+: \S.{8,}/);
  });
});

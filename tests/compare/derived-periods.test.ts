import { describe, expect, it } from 'vitest';
import { derivedPeriodProblems } from '../../src/compare/index.js';
import { dataset } from '../../src/entries/bundled/dataset.js';
import { getObservation } from '../../src/entries/bundled/queries.js';

describe('derivedPeriodProblems', () => {
  const baseline = getObservation('tajikistan-narcotics-seized-baseline-2021')!;
  const { reading: _reading, ...unread } = baseline.derived!;

  it('accepts the bundled baseline, which reads its input as calendar 2022', () => {
    expect(derivedPeriodProblems(dataset.observations)).toEqual([]);
  });

  it('refuses a derived value whose input covers about 20 months against a calendar year, naming both', () => {
    const problems = derivedPeriodProblems([...dataset.observations.filter((o) => o.id !== baseline.id), { ...baseline, derived: unread }]);
    expect(problems.map((p) => [p.id, p.input])).toEqual([[baseline.id, 'tajikistan-narcotics-seized']]);
    expect(problems[0]?.message).toContain('2022-01-01..2023-09-14 (range)');
  });

  it('refuses a reading of another length than the derived period', () => {
    const month = { start: '2022-01-01', end: '2022-01-31', precision: 'month' as const };
    const misread = { ...baseline, derived: { ...unread, reading: { period: month, reasoning: 'a month, for the test' } } };
    expect(derivedPeriodProblems([...dataset.observations.filter((o) => o.id !== baseline.id), misread]).map((p) => p.id)).toEqual([baseline.id]);
  });
});

import type { FuzzyDate, Observation } from '../schema/index.js';
import { periodLength } from './period-length.js';

/**
 * A derived observation whose input covers a period not comparable with its own.
 *
 * @example
 * ```ts
 * const problem: DerivedPeriodProblem = { id: 'x-baseline', input: 'x', message: 'x-baseline: …' };
 * problem.input; // => 'x'
 * ```
 */
export interface DerivedPeriodProblem {
  /** Id of the derived observation. */
  id: string;
  /** Id of the input whose period does not match. */
  input: string;
  /** One line naming both records and both periods. */
  message: string;
}

/** Same length: the same calendar unit, or, for exact intervals, the same count of days. */
function sameLength(a: FuzzyDate, b: FuzzyDate): boolean {
  if (a.precision === 'range' || b.precision === 'range') return false;
  if (a.precision === b.precision) return true;
  return periodLength(a, 'day').days === periodLength(b, 'day').days;
}

function show(period: FuzzyDate): string {
  return `${period.start}..${period.end} (${period.precision})`;
}

/**
 * Derived observations whose inputs cover periods of another length than theirs: a value
 * computed from "about five tonnes" over 20 months is no 2021 baseline. The input's period is
 * its recorded one, or the period `derived.reading` states it is read as; a `range` period
 * (bounds only) never matches. Withdrawn observations and unknown inputs are skipped.
 *
 * @example
 * ```ts
 * derivedPeriodProblems(dataset.observations); // => []
 * const baseline = getObservation('tajikistan-narcotics-seized-baseline-2021')!;
 * const { reading, ...unread } = baseline.derived!;
 * derivedPeriodProblems([...dataset.observations, { ...baseline, id: 'unread', derived: unread }]).map((p) => p.id); // => ['unread']
 * ```
 */
export function derivedPeriodProblems(observations: readonly Observation[]): DerivedPeriodProblem[] {
  const byId = new Map(observations.map((o) => [o.id, o]));
  const problems: DerivedPeriodProblem[] = [];
  for (const observation of observations) {
    if (observation.derived === undefined || observation.status === 'withdrawn') continue;
    for (const inputId of observation.derived.inputs) {
      const input = byId.get(inputId);
      if (input === undefined) continue;
      const period = observation.derived.reading?.period ?? input.period;
      if (sameLength(period, observation.period)) continue;
      const read = observation.derived.reading === undefined ? 'covers' : 'is read as covering';
      problems.push({
        id: observation.id,
        input: inputId,
        message: `${observation.id}: input ${inputId} ${read} ${show(period)}, not a period as long as ${show(observation.period)}; state the reading in derived.reading or drop the derivation`,
      });
    }
  }
  return problems;
}

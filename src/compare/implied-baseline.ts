import type { Derivation, FuzzyDate, Observation } from '../schema/index.js';
import { applyMonotone, boundsOf, conversionFactor, unitInfo, UnitError, type ComputedQuantity } from '../quantity/index.js';
import { assertComparable, assertObservation } from './check-arguments.js';
import { formulaNumber } from './comparable.js';

/**
 * The earlier value an observation's stated change implies, shaped like an observation so that
 * it can be stored as one (give it an `id` and `citations`), and marked derived.
 *
 * @example
 * ```ts
 * const baseline: ImpliedBaseline = impliedBaseline(getObservation('tajikistan-narcotics-seized')!);
 * baseline.derived.inputs; // => ['tajikistan-narcotics-seized']
 * ```
 */
export interface ImpliedBaseline {
  indicator: string;
  subject: string;
  /** The period the change is stated against. */
  period: FuzzyDate;
  value: ComputedQuantity;
  derived: Derivation;
}

/**
 * The baseline a stated change implies: for "about five tonnes, a 22% increase compared to
 * 2021", the 2021 figure `5 / (1 + 22 / 100)` ≈ 4.1 tonnes, "about" because five is. A change
 * in `percent` divides; a change in the value's own unit (or a convertible one) subtracts.
 * Qualifiers carry through as in `compare` (at least 80, up 10%, implies at least 72.7).
 *
 * The value is not rounded: round it to the precision its inputs support with
 * `roundSignificant` when you store it.
 *
 * @throws {RangeError} When the observation states no comparison, or the change is −100% or less.
 * @throws {UnitError} When the change's unit is neither `percent` nor convertible to the value's.
 * @throws {TypeError} When `observation` is not an observation (with a value and a period).
 *
 * @example
 * ```ts
 * const implied = impliedBaseline(getObservation('tajikistan-narcotics-seized')!);
 * [implied.period.text, implied.value.qualifier, roundSignificant(implied.value.value, 2), implied.value.unit];
 * // => ['2021', 'about', 4.1, 'tonne']
 * implied.derived.formula; // => '5 / (1 + 22 / 100)'
 * ```
 */
export function impliedBaseline(observation: Observation): ImpliedBaseline {
  assertObservation(observation, 'impliedBaseline');
  const { comparison } = observation;
  if (comparison === undefined) {
    throw new RangeError(`impliedBaseline: observation "${observation.id}" states no comparison to imply a baseline from`);
  }
  assertComparable(comparison.change, 'impliedBaseline', 'observation.comparison.change');
  const value = boundsOf(observation.value);
  const change = comparison.change;
  const v = formulaNumber(observation.value.value);
  let result: ComputedQuantity;
  if (unitInfo(change.unit).dimension === 'percent') {
    const c = boundsOf(change);
    if (c.value <= -100) throw new RangeError(`impliedBaseline: observation "${observation.id}" states a change of ${c.value}%, which implies no baseline`);
    const formula = `${v} / (1 + ${formulaNumber(change.value)} / 100)`;
    const f = (x: number, p: number): number => x / (1 + p / 100);
    result =
      c.low <= -100
        ? {
            value: f(value.value, c.value),
            unit: observation.value.unit,
            qualifier: 'unbounded',
            approximate: value.about || c.about || value.estimate || c.estimate,
            formula,
          }
        : applyMonotone(f, [value, c], observation.value.unit, formula);
  } else {
    let factor: number;
    try {
      factor = conversionFactor(change.unit, observation.value.unit);
    } catch (error) {
      throw new UnitError(
        `impliedBaseline: observation "${observation.id}" states its change in "${change.unit}", which is neither percent nor convertible to "${observation.value.unit}"`,
        { cause: error },
      );
    }
    const c = boundsOf({
      ...change,
      value: change.value * factor,
      ...(change.low === undefined ? {} : { low: change.low * factor }),
      ...(change.high === undefined ? {} : { high: change.high * factor }),
    });
    result = applyMonotone((x, d) => x - d, [value, c], observation.value.unit, `${v} − ${formulaNumber(c.value)}`);
  }
  return {
    indicator: observation.indicator,
    subject: observation.subject,
    period: comparison.baseline,
    value: result,
    derived: { formula: result.formula, inputs: [observation.id] },
  };
}

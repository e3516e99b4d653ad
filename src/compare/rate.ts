import type { Observation } from '../schema/index.js';
import { applyMonotone, boundsOf, type Bounds, type ComputedQuantity } from '../quantity/index.js';
import { assertObservation, assertOptions } from './check-arguments.js';
import { formulaNumber } from './comparable.js';
import { DAYS_PER, periodLength, type RateUnit } from './period-length.js';

/**
 * Options for {@link rate}.
 *
 * @example
 * ```ts
 * rate(getObservation('sco-high-profile-terror-attacks-3y')!, 'year', { length: 3 }).value.toFixed(1); // => '26.7'
 * ```
 */
export interface RateOptions {
  /**
   * The period's true length in `per` units, when you know it better than its interval: for
   * "in the last three years", `3`. Otherwise the length is read off the period (see `periodLength`).
   */
  length?: number;
}

/**
 * An observation's value per day, week, month or year, from the length of its period (counted
 * as `periodLength` documents). Qualifiers carry through as in `compare`; in particular, a
 * `range` period is only the interval the true period lies within, so the true period may be
 * shorter and the rate higher: a rate over a range is a lower bound (`at-least`).
 *
 * @throws {RangeError} When `per` is not a {@link RateUnit}, or `length` is not a positive number.
 * @throws {TypeError} When `observation` is not an observation (with a value and a period), or `options` not an object.
 *
 * @example
 * ```ts
 * const attacks = getObservation('sco-high-profile-terror-attacks-3y')!; // at least 80, 2020-09-04..2023-09-10
 * const perYear = rate(attacks, 'year');
 * [perYear.qualifier, perYear.value.toFixed(1), perYear.unit]; // => ['at-least', '26.5', 'attack/year']
 * rate(attacks, 'year', { length: 3 }).value.toFixed(1); // => '26.7'
 * ```
 */
export function rate(observation: Observation, per: RateUnit = 'year', options: RateOptions = {}): ComputedQuantity {
  assertObservation(observation, 'rate');
  assertOptions(options, 'rate');
  if (!Object.hasOwn(DAYS_PER, per))
    throw new RangeError(`rate: per must be one of ${Object.keys(DAYS_PER).join(', ')}, got ${JSON.stringify(per) ?? 'undefined'}`);
  const unit = `${observation.value.unit}/${per}`;
  const value = boundsOf(observation.value);
  let length: Bounds;
  let lengthText: string;
  if (options.length !== undefined) {
    if (!(options.length > 0) || !Number.isFinite(options.length)) {
      throw new RangeError(`rate: length must be a positive number of ${per}s, got ${options.length}`);
    }
    length = { value: options.length, low: options.length, high: options.length, about: false, estimate: false };
    lengthText = formulaNumber(options.length);
  } else {
    const period = periodLength(observation.period, per);
    length = { ...period, about: false, estimate: false };
    lengthText = `${formulaNumber(period.value)}${period.low < period.high ? ' (at most)' : ''}`;
  }
  return applyMonotone((v, l) => v / l, [value, length], unit, `${formulaNumber(observation.value.value)} / ${lengthText} ${per}s`);
}

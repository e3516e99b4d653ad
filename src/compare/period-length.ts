import type { FuzzyDate } from '../schema/index.js';
import { describeValue, isFieldObject } from '../schema/describe-value.js';
import { parseIsoDay } from '../time/index.js';

/**
 * Units a rate can be expressed per.
 *
 * @example
 * ```ts
 * const per: RateUnit = 'year';
 * rate(getObservation('sco-high-profile-terror-attacks-3y')!, per).unit; // => 'attack/year'
 * ```
 */
export type RateUnit = 'day' | 'week' | 'month' | 'year';

/**
 * Mean Gregorian lengths in days: 400 years hold 146,097 days.
 *
 * @example
 * ```ts
 * DAYS_PER.year; // => 365.2425
 * ```
 */
export const DAYS_PER: Readonly<Record<RateUnit, number>> = /* @__PURE__ */ Object.freeze({
  day: 1,
  week: 7,
  month: 365.2425 / 12,
  year: 365.2425,
});

/**
 * The length of a period and how sure it is, in `unit`s.
 *
 * @example
 * ```ts
 * const length: PeriodLength = periodLength(getObservation('afghanistan-opium-supply-2022')!.period, 'year');
 * // => { value: 1, low: 1, high: 1, days: 365 }
 * ```
 */
export interface PeriodLength {
  /** Length of the period's interval. */
  value: number;
  /** Shortest the true period may be. */
  low: number;
  /** Longest the true period may be. */
  high: number;
  /** Calendar days in the interval, both ends included. */
  days: number;
}

/**
 * How long an observation's period is, counted as follows:
 *
 * - the interval holds `end − start + 1` calendar days (both ends are inclusive);
 * - a period with `day`, `week`, `month` or `year` precision is that whole unit, so a calendar
 *   year is exactly 1 year (and 12 months), whatever its count of days;
 * - otherwise a length in days is divided by the unit's mean Gregorian length: a year is
 *   365.2425 days, a month a twelfth of that, a week 7 days;
 * - a `range` period is the interval the true period lies within (the source gives no exact
 *   bounds), so the true period may be shorter: its length runs from nothing up to the interval's.
 *
 * @example
 * ```ts
 * periodLength({ start: '2022-01-01', end: '2022-12-31', precision: 'year' }, 'year');
 * // => { value: 1, low: 1, high: 1, days: 365 }
 * // "in the last three years", resolved against a statement date known to 14 days:
 * periodLength({ start: '2020-09-04', end: '2023-09-17', precision: 'range' }, 'year').high.toFixed(4); // => '3.0363'
 * ```
 *
 * @throws {TypeError} When `period` is not an object.
 * @throws {RangeError} When `unit` is not a {@link RateUnit}, or the period is empty or not made of real dates.
 */
export function periodLength(period: FuzzyDate, unit: RateUnit): PeriodLength {
  if (!isFieldObject(period)) throw new TypeError(`periodLength: period must be a FuzzyDate ({ start, end, precision }), got ${describeValue(period)}`);
  if (!Object.hasOwn(DAYS_PER, unit)) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- a JavaScript caller may pass a symbol, which JSON.stringify would print as undefined
    const shown = JSON.stringify(String(unit));
    throw new RangeError(`periodLength: unknown unit ${shown}; expected one of ${Object.keys(DAYS_PER).join(', ')}`);
  }
  const days = (parseIsoDay(period.end) ?? NaN) - (parseIsoDay(period.start) ?? NaN) + 1;
  if (!(days >= 1)) throw new RangeError(`periodLength: period ${period.start}/${period.end} is empty or invalid`);
  let value: number;
  if (period.precision === unit) value = 1;
  else if (period.precision === 'year' && unit === 'month') value = 12;
  else if (period.precision === 'month' && unit === 'year') value = 1 / 12;
  else value = days / DAYS_PER[unit];
  if (period.precision === 'range') return { value, low: 0, high: value, days };
  return { value, low: value, high: value, days };
}

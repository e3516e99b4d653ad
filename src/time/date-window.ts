import type { FuzzyDate } from '../schema/index.js';
import { assertIsoDate } from './calendar.js';
import { checkFuzzyDateArgument } from './check-date-argument.js';

/**
 * A three-valued answer: `yes` when it holds whatever day(s) the imprecise date stands for,
 * `no` when it holds for none of them, `maybe` when it depends on which.
 *
 * @example
 * ```ts
 * within({ start: '2023-09-01', end: '2023-09-14', precision: 'range' }, { from: '2023-09-10' }); // => 'maybe'
 * ```
 */
export type Tristate = 'yes' | 'maybe' | 'no';

/**
 * A window of days: open bounds (`from`/`to`, inclusive `YYYY-MM-DD`, either left out for open), or a FuzzyDate's whole interval.
 *
 * @example
 * ```ts
 * const lastWeek: DateWindow = { from: '2023-09-04', to: '2023-09-10' };
 * within(getIncident('badakhshan-border-incursion-2023-09')!.date, lastWeek); // => 'maybe'
 * ```
 */
export type DateWindow = { from?: string | undefined; to?: string | undefined } | FuzzyDate;

/**
 * Options for {@link overlaps} and {@link within}.
 *
 * @example
 * ```ts
 * overlaps({ start: '2022-01-01', end: '2022-12-31', precision: 'year' }, { from: '2022-06-01' }, { extent: 'whole' }); // => 'yes'
 * ```
 */
export interface TristateOptions {
  /**
   * What the date's interval stands for:
   * - `part` (default): something on one or more days inside the interval, not known which
   *   (an incident "earlier this month", a period known only to lie within a range);
   * - `whole`: something that covers every day of the interval (a calendar-year period).
   */
  extent?: 'part' | 'whole';
}

function bound(value: string | undefined, what: string): string | undefined {
  return value === undefined ? undefined : assertIsoDate(value, what);
}

function bounds(window: DateWindow): { from: string | undefined; to: string | undefined } {
  if (typeof window !== 'object' || window === null) throw new RangeError(`date window must be an object, got ${window === null ? 'null' : typeof window}`);
  const from = bound('start' in window ? window.start : window.from, 'date window: from');
  const to = bound('end' in window ? window.end : window.to, 'date window: to');
  if (from !== undefined && to !== undefined && from > to) throw new RangeError(`date window: from ${from} is after to ${to}`);
  return { from, to };
}

function relation(date: FuzzyDate, window: DateWindow, fn: string): { inside: boolean; disjoint: boolean } {
  checkFuzzyDateArgument(date, `${fn}: date`);
  const { from, to } = bounds(window);
  assertIsoDate(date.start, 'date: start');
  assertIsoDate(date.end, 'date: end');
  if (date.start > date.end) throw new RangeError(`date: start ${date.start} is after end ${date.end}`);
  const inside = (from === undefined || date.start >= from) && (to === undefined || date.end <= to);
  const disjoint = (from !== undefined && date.end < from) || (to !== undefined && date.start > to);
  return { inside, disjoint };
}

/**
 * Whether an imprecise date shares a day with a window, as yes / maybe / no. The date is not
 * treated as a point (its start, or a midpoint): with the default `extent: 'part'` it is `yes`
 * only when every day it may stand for lies in the window, `no` when none does, and `maybe`
 * otherwise. With `extent: 'whole'` (the date covers all its days) any shared day is `yes`.
 *
 * @throws {RangeError} When a bound or the date is not a real `YYYY-MM-DD` string (a `Date` object
 * included: write it as `date.toISOString().slice(0, 10)`), when the window's `from` is after its
 * `to`, or the date's start after its end.
 *
 * @example
 * ```ts
 * const earlierThisMonth = { start: '2023-09-01', end: '2023-09-14', precision: 'range' } as const;
 * overlaps(earlierThisMonth, { from: '2023-09-01', to: '2023-09-30' }); // => 'yes'
 * overlaps(earlierThisMonth, { from: '2023-09-10', to: '2023-09-30' }); // => 'maybe'
 * overlaps(earlierThisMonth, { from: '2023-09-15' }); // => 'no'
 * const year2022 = { start: '2022-01-01', end: '2022-12-31', precision: 'year' } as const;
 * overlaps(year2022, { from: '2022-06-01', to: '2022-06-30' }, { extent: 'whole' }); // => 'yes'
 * ```
 */
export function overlaps(date: FuzzyDate, window: DateWindow, options: TristateOptions = {}): Tristate {
  const { inside, disjoint } = relation(date, window, 'overlaps');
  if (disjoint) return 'no';
  if (inside || options.extent === 'whole') return 'yes';
  return 'maybe';
}

/**
 * Whether an imprecise date lies inside a window, as yes / maybe / no: `yes` when its whole
 * interval does, `no` when it cannot (with `extent: 'part'`, when no day of it is inside; with
 * `extent: 'whole'`, when any day is outside), `maybe` otherwise.
 *
 * @throws {RangeError} When a bound or the date is not a real `YYYY-MM-DD` string (a `Date` object
 * included: write it as `date.toISOString().slice(0, 10)`), when the window's `from` is after its
 * `to`, or the date's start after its end.
 *
 * @example
 * ```ts
 * const earlierThisMonth = { start: '2023-09-01', end: '2023-09-14', precision: 'range' } as const;
 * within(earlierThisMonth, { from: '2023-09-01', to: '2023-09-30' }); // => 'yes'
 * within(earlierThisMonth, { from: '2023-09-10', to: '2023-09-30' }); // => 'maybe'
 * within(earlierThisMonth, { from: '2023-09-10', to: '2023-09-30' }, { extent: 'whole' }); // => 'no'
 * ```
 */
export function within(date: FuzzyDate, window: DateWindow, options: TristateOptions = {}): Tristate {
  const { inside, disjoint } = relation(date, window, 'within');
  if (inside) return 'yes';
  if (disjoint || options.extent === 'whole') return 'no';
  return 'maybe';
}

import type { DatePrecision, FuzzyDate } from '../schema/index.js';
import { endOfMonth, fromCalendarDay, toCalendarDay } from './calendar.js';
import { checkFuzzyDateArgument } from './check-date-argument.js';

/**
 * The tightest precision an inclusive interval fits: one day, seven days, one whole calendar
 * month, one whole calendar year, or else a range.
 *
 * @example
 * ```ts
 * precisionOf('2023-09-01', '2023-09-30'); // => 'month'
 * precisionOf('2023-09-01', '2023-09-20'); // => 'range'
 * ```
 */
export function precisionOf(start: string, end: string): DatePrecision {
  const first = toCalendarDay(start, 'precisionOf: start');
  const last = toCalendarDay(end, 'precisionOf: end');
  if (start === end) return 'day';
  if (start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)) return 'year';
  if (start.endsWith('-01') && start.slice(0, 7) === end.slice(0, 7)) {
    if (fromCalendarDay(endOfMonth(first)) === end) return 'month';
  }
  if (last - first === 6) return 'week';
  return 'range';
}

/**
 * Builds a FuzzyDate from an inclusive interval, choosing its precision with {@link precisionOf}.
 *
 * @example
 * ```ts
 * fuzzyDate('2023-09-14', '2023-09-14', 'on Thursday');
 * // => { start: '2023-09-14', end: '2023-09-14', precision: 'day', text: 'on Thursday' }
 * ```
 */
export function fuzzyDate(start: string, end: string, text?: string): FuzzyDate {
  toCalendarDay(start, 'fuzzyDate: start');
  toCalendarDay(end, 'fuzzyDate: end');
  if (start > end) throw new RangeError(`fuzzyDate: start ${start} is after end ${end}`);
  const date: FuzzyDate = { start, end, precision: precisionOf(start, end) };
  if (text !== undefined) date.text = text;
  return date;
}

/**
 * The days two FuzzyDates have in common: use it when two facts each bound the same date. The
 * result keeps a precision only where it still holds, and keeps the first date's `text`.
 *
 * @throws {RangeError} When the two intervals share no day.
 *
 * @example
 * ```ts
 * // "earlier this month" in an article of 14–20 September, about something said on the 14th:
 * intersectFuzzyDates(fuzzyDate('2023-09-01', '2023-09-20', 'earlier this month'), fuzzyDate('2023-09-01', '2023-09-14'));
 * // => { start: '2023-09-01', end: '2023-09-14', precision: 'range', text: 'earlier this month' }
 * ```
 */
export function intersectFuzzyDates(a: FuzzyDate, b: FuzzyDate): FuzzyDate {
  checkFuzzyDateArgument(a, 'intersectFuzzyDates: a');
  checkFuzzyDateArgument(b, 'intersectFuzzyDates: b');
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  if (start > end) throw new RangeError(`intersectFuzzyDates: ${a.start}/${a.end} and ${b.start}/${b.end} share no day`);
  const kept = [a, b].find((d) => d.start === start && d.end === end);
  const precision = kept ? kept.precision : start === end ? 'day' : 'range';
  const date: FuzzyDate = { start, end, precision };
  if (a.text !== undefined) date.text = a.text;
  return date;
}

/**
 * Orders FuzzyDates by start, then by end: earliest first, and the narrower of two intervals
 * that start together first.
 *
 * @example
 * ```ts
 * [fuzzyDate('2023-09-14', '2023-09-20'), fuzzyDate('2023-09-01', '2023-09-30')].sort(compareFuzzyDates)[0]?.start;
 * // => '2023-09-01'
 * ```
 */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  checkFuzzyDateArgument(a, 'compareFuzzyDates: a');
  checkFuzzyDateArgument(b, 'compareFuzzyDates: b');
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return 0;
}

/**
 * Whether a FuzzyDate's interval and the bounds share at least one day. A bound left out is open.
 *
 * @example
 * ```ts
 * intervalOverlaps(fuzzyDate('2023-09-01', '2023-09-20'), '2023-09-15', undefined); // => true
 * intervalOverlaps(fuzzyDate('2023-09-01', '2023-09-20'), '2023-09-21', undefined); // => false
 * ```
 */
export function intervalOverlaps(date: FuzzyDate, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || date.end >= from) && (to === undefined || date.start <= to);
}

/**
 * Whether a FuzzyDate's whole interval lies inside the bounds. A bound left out is open.
 *
 * @example
 * ```ts
 * intervalWithin(fuzzyDate('2023-09-01', '2023-09-20'), '2023-09-01', '2023-09-30'); // => true
 * intervalWithin(fuzzyDate('2023-09-01', '2023-09-20'), '2023-09-15', '2023-09-30'); // => false
 * ```
 */
export function intervalWithin(date: FuzzyDate, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || date.start >= from) && (to === undefined || date.end <= to);
}

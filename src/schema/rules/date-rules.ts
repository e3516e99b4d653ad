import type { RuleContext } from './rule-context.js';

/** The fields of a fuzzy date the rule reads. */
interface DateFields {
  start: string;
  end: string;
  precision: string;
}

function lastDayOfMonth(year: number, month: number): number {
  // Arithmetic, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999, so it judged February of
  // year 0000 (a leap year in the proleptic Gregorian calendar) by 1900's calendar.
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Year, month and day of a `YYYY-MM-DD` string. Read digit by digit rather than split, because
 * this runs for every date of every record validated (see docs/performance.md).
 */
function dateParts(date: string): [number, number, number] {
  const digit = (i: number): number => date.charCodeAt(i) - 48;
  return [digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3), digit(5) * 10 + digit(6), digit(8) * 10 + digit(9)];
}

function daysBetween(start: string, end: string): number {
  return (Date.parse(end) - Date.parse(start)) / 86_400_000;
}

/**
 * Why an interval does not fit its precision, or `undefined` when it does.
 * A day is one date; a week is seven consecutive days; a month and a year are whole calendar
 * units; a range is any interval.
 */
function precisionProblem({ start, end, precision }: DateFields): string | undefined {
  if (precision === 'range') return undefined;
  if (precision === 'day') return start === end ? undefined : 'a day-precision date must have start equal to end';
  const [sy, sm, sd] = dateParts(start);
  const [ey, em, ed] = dateParts(end);
  switch (precision) {
    case 'week':
      return daysBetween(start, end) === 6 ? undefined : 'a week-precision date must span exactly seven days';
    case 'month':
      return sy === ey && sm === em && sd === 1 && ed === lastDayOfMonth(ey, em)
        ? undefined
        : 'a month-precision date must run from the first to the last day of one month';
    case 'year':
      return sy === ey && sm === 1 && sd === 1 && em === 12 && ed === 31
        ? undefined
        : 'a year-precision date must run from 1 January to 31 December of one year';
  }
  return undefined;
}

/**
 * A fuzzy date's rule: `start` is not after `end`, and the interval fits its precision. Dates
 * that `isoDate` (the pattern of `z.iso.date()`, passed in so that this module needs no zod)
 * refuses are left to the format check: comparing them would only add noise.
 *
 * @example
 * ```ts
 * passes(fuzzyDateRule, { start: '2023-09-20', end: '2023-09-01', precision: 'range' }, z.regexes.date); // => false
 * passes(fuzzyDateRule, { start: '2023-09-01', end: '2023-09-30', precision: 'month' }, z.regexes.date); // => true
 * ```
 */
export function fuzzyDateRule(value: DateFields, ctx: RuleContext, isoDate: RegExp): void {
  if (!isoDate.test(value.start) || !isoDate.test(value.end)) return;
  if (value.start > value.end) {
    // The code travels in `params`, so callers classify the issue without reading its wording.
    ctx.addIssue({ code: 'custom', path: ['end'], message: `start ${value.start} is after end ${value.end}`, params: { code: 'date-order' } });
    return;
  }
  const problem = precisionProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', path: ['precision'], message: problem });
}

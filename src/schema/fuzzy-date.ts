import * as z from 'zod';
import { DATE_PRECISIONS } from './vocabulary.js';

/**
 * An ISO calendar date `YYYY-MM-DD` that exists on the calendar (so `2023-02-30` is refused).
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2023-09-14'); // => '2023-09-14'
 * IsoDateSchema.safeParse('2023-02-30').success; // => false
 * ```
 */
export const IsoDateSchema = z.iso.date({ error: 'must be a real calendar date written YYYY-MM-DD' });

/**
 * Refinement-free shape of a {@link FuzzyDate}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * Object.keys(FuzzyDateBaseSchema.extend({ calendar: z.literal('gregorian') }).shape);
 * // => ['start', 'end', 'precision', 'text', 'edtf', 'calendar']
 * ```
 */
export const FuzzyDateBaseSchema = z.strictObject({
  /** Earliest day the event can have happened on (inclusive). */
  start: IsoDateSchema,
  /** Latest day the event can have happened on (inclusive). */
  end: IsoDateSchema,
  /** How precisely the source gives the date. */
  precision: z.enum(DATE_PRECISIONS),
  /** The source's own phrase, e.g. "earlier this month". */
  text: z.string().min(1).optional(),
  /** The same interval in Extended Date/Time Format, e.g. `2023-09` or `2023-09-01/2023-09-15`. */
  edtf: z.string().min(1).optional(),
});

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
function precisionProblem(value: z.infer<typeof FuzzyDateBaseSchema>): string | undefined {
  const { start, end, precision } = value;
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
}

/**
 * {@link IsoDateSchema}'s rule as a plain test: the pattern `z.iso.date()` checks with. A
 * refinement runs on every record validated, and two `safeParse` calls a record were most of
 * the cost of the compiled fast path on a cold start.
 */
function isIsoDate(text: unknown): boolean {
  return typeof text === 'string' && z.regexes.date.test(text);
}

/**
 * A date known only to lie within an inclusive interval, with the precision the source gives.
 * Refined: `start` must not be after `end`, and the interval must fit its precision.
 *
 * @example
 * ```ts
 * FuzzyDateSchema.parse({ start: '2023-09-01', end: '2023-09-30', precision: 'month' });
 * // => { start: '2023-09-01', end: '2023-09-30', precision: 'month' }
 * FuzzyDateSchema.safeParse({ start: '2023-09-20', end: '2023-09-01', precision: 'range' }).success;
 * // => false
 * ```
 */
export const FuzzyDateSchema = FuzzyDateBaseSchema.superRefine((value, ctx) => {
  // zod runs refinements after format issues too; comparing malformed dates only adds noise.
  if (!isIsoDate(value.start) || !isIsoDate(value.end)) return;
  if (value.start > value.end) {
    // The code travels in `params`, so callers classify the issue without reading its wording.
    ctx.addIssue({ code: 'custom', path: ['end'], message: `start ${value.start} is after end ${value.end}`, params: { code: 'date-order' } });
    return;
  }
  const problem = precisionProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', path: ['precision'], message: problem });
});

/**
 * An inclusive date interval with its precision and the source's phrase.
 *
 * @example
 * ```ts
 * const date: FuzzyDate | undefined = getIncident('badakhshan-border-incursion-2023-09')?.date;
 * [date?.start, date?.end, date?.precision]; // => ['2023-09-01', '2023-09-14', 'range']
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface FuzzyDate extends z.infer<typeof FuzzyDateBaseSchema> {}

import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfWeek } from 'date-fns/endOfWeek';
import { endOfYear } from 'date-fns/endOfYear';
import { getDay } from 'date-fns/getDay';
import { isValid } from 'date-fns/isValid';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { startOfYear } from 'date-fns/startOfYear';
import type { DatePrecision, FuzzyDate } from '../schema/index.js';
import { fromCalendarDate, toCalendarDate } from './calendar.js';
import { precisionOf } from './date-intervals.js';

/**
 * Options for {@link resolveRelativeDate}.
 *
 * @example
 * ```ts
 * resolveRelativeDate('last week', '2023-09-14', { weekStartsOn: 0 });
 * // => { start: '2023-09-03', end: '2023-09-09', precision: 'week', text: 'last week' }
 * ```
 */
export interface ResolveRelativeDateOptions {
  /** First day of the week: 1 (Monday, ISO 8601, the default) or 0 (Sunday). */
  weekStartsOn?: 0 | 1;
  /**
   * How far back vague phrases ("not long ago", "recently") reach, in months. Default 3.
   * The text never bounds them; this convention is documented in docs/data.md.
   */
  vagueLookbackMonths?: number;
}

type Day = Date;
type Span = readonly [Day, Day];

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const SHIFT = { day: addDays, week: addWeeks, month: addMonths, year: addYears } as const;
type Unit = keyof typeof SHIFT;

const SUPPORTED =
  'today, yesterday, [earlier|later] this week/month/year, last week/month/year, on <weekday>, ' +
  'last <weekday>, in the last/past <n> days/weeks/months/years, not long ago, recently, ' +
  '[<weekday>,] <month> <day>, <month> <year>, <year>, YYYY-MM-DD';

/**
 * Resolves a relative date phrase, as a news source writes it, to the FuzzyDate interval it can
 * denote given the reference date the source was written on. The reference may itself be an
 * interval (a publication date inferred from the text): the result then covers every day the
 * phrase could mean for any reference day, so it never claims more precision than the text gives.
 *
 * Rules: weeks start on Monday (ISO 8601) unless `weekStartsOn` says otherwise; "earlier this X"
 * runs from the start of X to the reference day inclusive; "on Thursday" is the latest Thursday
 * on or before the reference day; "last Thursday" the latest one strictly before; "in the last
 * three years" runs from three years before the reference day to the reference day.
 *
 * @param phrase - The source's words, e.g. "earlier this month" or "last week's".
 * @param reference - The date the phrase is relative to: an ISO date or a FuzzyDate.
 * @throws {RangeError} When the phrase is not one of the supported forms, or a stated weekday
 * does not match a stated date.
 *
 * @example
 * ```ts
 * const published = { start: '2023-09-14', end: '2023-09-20', precision: 'range' } as const;
 * resolveRelativeDate('earlier this month', published);
 * // => { start: '2023-09-01', end: '2023-09-20', precision: 'range', text: 'earlier this month' }
 * resolveRelativeDate('on Thursday', published);
 * // => { start: '2023-09-14', end: '2023-09-14', precision: 'day', text: 'on Thursday' }
 * resolveRelativeDate('last week', '2023-09-14');
 * // => { start: '2023-09-04', end: '2023-09-10', precision: 'week', text: 'last week' }
 * ```
 */
export function resolveRelativeDate(
  phrase: string,
  reference: FuzzyDate | string,
  options: ResolveRelativeDateOptions = {},
): FuzzyDate {
  const ref = typeof reference === 'string' ? { start: reference, end: reference } : reference;
  const first = toCalendarDate(ref.start);
  const last = toCalendarDate(ref.end);
  if (!isValid(first) || !isValid(last) || ref.start > ref.end) {
    throw new RangeError(`resolveRelativeDate: invalid reference ${JSON.stringify(reference)}`);
  }
  const resolved = resolvePhrase(normalize(phrase), first, last, options);
  if (!resolved) {
    throw new RangeError(`resolveRelativeDate: cannot resolve "${phrase}"; supported forms: ${SUPPORTED}`);
  }
  const [span, natural] = resolved;
  const start = fromCalendarDate(span[0]);
  const end = fromCalendarDate(span[1]);
  // A phrase only earns the precision it names: "earlier this month" on the 1st is still a range.
  const precision: DatePrecision = precisionOf(start, end) === natural ? natural : 'range';
  return { start, end, precision, text: phrase.trim() };
}

function normalize(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[.,;:!?]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:in|during) /, '');
}

/** The span a phrase denotes for each reference day, widened over the reference interval. */
function over(first: Day, last: Day, each: (day: Day) => Span): Span {
  // Every rule below is monotone in the reference day, so the ends of the interval bound it.
  return [each(first)[0], each(last)[1]];
}

function resolvePhrase(
  text: string,
  first: Day,
  last: Day,
  options: ResolveRelativeDateOptions,
): [Span, DatePrecision] | undefined {
  const weekOptions = { weekStartsOn: options.weekStartsOn ?? 1 };
  const week = (d: Day): Span => [startOfWeek(d, weekOptions), endOfWeek(d, weekOptions)];
  const month = (d: Day): Span => [startOfMonth(d), endOfMonth(d)];
  const year = (d: Day): Span => [startOfYear(d), endOfYear(d)];
  const units = { week, month, year } as const;

  if (text === 'today') return [[first, last], 'day'];
  if (text === 'yesterday') return [[addDays(first, -1), addDays(last, -1)], 'day'];

  let m = /^(earlier |later )?this (week|month|year)$/.exec(text);
  if (m) {
    const unit = units[m[2] as 'week' | 'month' | 'year'];
    const natural = m[2] as DatePrecision;
    if (m[1] === 'earlier ') return [over(first, last, (d) => [unit(d)[0], d]), 'range'];
    if (m[1] === 'later ') return [over(first, last, (d) => [d, unit(d)[1]]), 'range'];
    return [over(first, last, unit), natural];
  }

  m = /^(?:last|previous) (week|month|year)$/.exec(text);
  if (m) {
    const name = m[1] as 'week' | 'month' | 'year';
    return [over(first, last, (d) => units[name](SHIFT[name](d, -1))), name];
  }

  m = /^(on |last |this past )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(text);
  if (m) {
    const weekday = WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]);
    const strictlyBefore = m[1] === 'last ' || m[1] === 'this past ';
    const latest = (d: Day): Day => {
      let back = (getDay(d) - weekday + 7) % 7;
      if (back === 0 && strictlyBefore) back = 7;
      return addDays(d, -back);
    };
    return [over(first, last, (d) => [latest(d), latest(d)]), 'day'];
  }

  m = /^(?:the |over the |within the )?(?:last|past) (\d+|[a-z]+) (day|week|month|year)s?$/.exec(text);
  if (m) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
    if (n === undefined) return undefined;
    const shift = SHIFT[m[2] as Unit];
    return [over(first, last, (d) => [shift(d, -n), d]), 'range'];
  }

  if (text === 'not long ago' || text === 'recently' || text === 'lately') {
    const months = options.vagueLookbackMonths ?? 3;
    return [over(first, last, (d) => [addMonths(d, -months), d]), 'range'];
  }

  return resolveCalendarPhrase(text, last);
}

/** Absolute or partly absolute phrases: "Thursday, September 14", "April 2022", "2021". */
function resolveCalendarPhrase(phrase: string, last: Day): [Span, DatePrecision] | undefined {
  const text = phrase.replace(/^on /, '');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const day = toCalendarDate(text);
    return isValid(day) && fromCalendarDate(day) === text ? [[day, day], 'day'] : undefined;
  }
  m = /^(\d{4})$/.exec(text);
  if (m) {
    const day = new Date(Number(m[1]), 0, 1);
    return [[startOfYear(day), endOfYear(day)], 'year'];
  }
  m = /^([a-z]+) (\d{4})$/.exec(text);
  if (m) {
    const monthIndex = MONTHS.indexOf(m[1] as (typeof MONTHS)[number]);
    if (monthIndex < 0) return undefined;
    const day = new Date(Number(m[2]), monthIndex, 1);
    return [[startOfMonth(day), endOfMonth(day)], 'month'];
  }
  m = /^(?:([a-z]+),? )?([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(text);
  if (m) {
    const monthIndex = MONTHS.indexOf(m[2] as (typeof MONTHS)[number]);
    if (monthIndex < 0) return undefined;
    const dayOfMonth = Number(m[3]);
    // Without a year, news text means the most recent such date up to the reference.
    let yearNumber = m[4] ? Number(m[4]) : last.getFullYear();
    let day = new Date(yearNumber, monthIndex, dayOfMonth);
    if (!m[4] && day > last) {
      yearNumber -= 1;
      day = new Date(yearNumber, monthIndex, dayOfMonth);
    }
    if (day.getMonth() !== monthIndex) return undefined;
    if (m[1]) {
      const weekday = WEEKDAYS.indexOf(m[1] as (typeof WEEKDAYS)[number]);
      if (weekday < 0) return undefined;
      if (getDay(day) !== weekday) {
        throw new RangeError(`resolveRelativeDate: "${text}" names a ${m[1]}, but ${fromCalendarDate(day)} is not one`);
      }
    }
    return [[day, day], 'day'];
  }
  return undefined;
}

import type { DatePrecision, FuzzyDate } from '../schema/index.js';
import {
  addMonths,
  civilDate,
  dayNumber,
  daysInMonth,
  endOfMonth,
  endOfYear,
  fromCalendarDay,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDay,
  startOfMonth,
  startOfWeek,
  startOfYear,
  weekday as weekdayOf,
  type DayNumber,
} from './calendar.js';
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

type Day = DayNumber;

/** Longest phrase read; news phrases are a few words, and longer input is refused unread. */
export const MAX_PHRASE_LENGTH = 200;
type Span = readonly [Day, Day];

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
// A Map: the word comes from the caller's text, and "constructor" must not be a number.
const NUMBER_WORDS = new Map<string, number>([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
]);
const SHIFT = {
  day: (d: Day, n: number): Day => d + n,
  week: (d: Day, n: number): Day => d + 7 * n,
  month: addMonths,
  year: (d: Day, n: number): Day => addMonths(d, 12 * n),
} as const;
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
export function resolveRelativeDate(phrase: string, reference: FuzzyDate | string, options: ResolveRelativeDateOptions = {}): FuzzyDate {
  const ref = typeof reference === 'string' ? { start: reference, end: reference } : reference;
  const first = parseIsoDay(ref?.start);
  const last = parseIsoDay(ref?.end);
  if (first === undefined || last === undefined || first > last) {
    throw new RangeError(`resolveRelativeDate: invalid reference ${JSON.stringify(reference)}`);
  }
  if (typeof phrase !== 'string' || phrase.length > MAX_PHRASE_LENGTH) {
    const what = typeof phrase === 'string' ? `a phrase of ${phrase.length} characters (at most ${MAX_PHRASE_LENGTH} are read)` : typeof phrase;
    throw new RangeError(`resolveRelativeDate: cannot resolve ${what}`);
  }
  const resolved = resolvePhrase(normalize(phrase), first, last, options);
  if (!resolved) {
    throw new RangeError(`resolveRelativeDate: cannot resolve ${JSON.stringify(phrase)}; supported forms: ${SUPPORTED}`);
  }
  const [span, natural] = resolved;
  const start = formatDay(span[0], phrase);
  const end = formatDay(span[1], phrase);
  // A phrase only earns the precision it names: "earlier this month" on the 1st is still a range.
  const precision: DatePrecision = precisionOf(start, end) === natural ? natural : 'range';
  return { start, end, precision, text: phrase.trim() };
}

function formatDay(day: Day, phrase: string): string {
  const { year } = civilDate(day);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`resolveRelativeDate: "${phrase}" reaches year ${year}, outside the years ${MIN_YEAR}–${MAX_YEAR} that YYYY-MM-DD can hold`);
  }
  return fromCalendarDay(day);
}

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?']);

function normalize(phrase: string): string {
  // Trailing punctuation is cut with a loop: the regex /[.,;:!?]+$/ retries from every
  // position and takes quadratic time on a long run of dots that does not end the text.
  let end = phrase.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(phrase[end - 1]!)) end--;
  return phrase
    .slice(0, end)
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:in|during) /, '');
}

/** The span a phrase denotes for each reference day, widened over the reference interval. */
function over(first: Day, last: Day, each: (day: Day) => Span): Span {
  // Every rule below is monotone in the reference day, so the ends of the interval bound it.
  return [each(first)[0], each(last)[1]];
}

function resolvePhrase(text: string, first: Day, last: Day, options: ResolveRelativeDateOptions): [Span, DatePrecision] | undefined {
  const weekOptions = { weekStartsOn: options.weekStartsOn ?? 1 };
  const week = (d: Day): Span => [startOfWeek(d, weekOptions.weekStartsOn), startOfWeek(d, weekOptions.weekStartsOn) + 6];
  const month = (d: Day): Span => [startOfMonth(d), endOfMonth(d)];
  const year = (d: Day): Span => [startOfYear(d), endOfYear(d)];
  const units = { week, month, year } as const;

  if (text === 'today') return [[first, last], 'day'];
  if (text === 'yesterday') return [[first - 1, last - 1], 'day'];

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
      let back = (weekdayOf(d) - weekday + 7) % 7;
      if (back === 0 && strictlyBefore) back = 7;
      return d - back;
    };
    return [over(first, last, (d) => [latest(d), latest(d)]), 'day'];
  }

  m = /^(?:the |over the |within the )?(?:last|past) (\d+|[a-z]+) (day|week|month|year)s?$/.exec(text);
  if (m) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS.get(m[1]!);
    // More than 10,000 years reaches past the years YYYY-MM-DD can write.
    if (n === undefined || n > 1e4 * 366) return undefined;
    const shift = SHIFT[m[2] as Unit];
    return [over(first, last, (d) => [shift(d, -n), d]), 'range'];
  }

  if (text === 'not long ago' || text === 'recently' || text === 'lately') {
    const months = options.vagueLookbackMonths ?? 3;
    if (!Number.isInteger(months) || months < 0 || months > 12e4) {
      throw new RangeError(`resolveRelativeDate: vagueLookbackMonths must be a whole number of months from 0 to 120000, got ${String(months)}`);
    }
    return [over(first, last, (d) => [addMonths(d, -months), d]), 'range'];
  }

  return resolveCalendarPhrase(text, last);
}

/** Absolute or partly absolute phrases: "Thursday, September 14", "April 2022", "2021". */
function resolveCalendarPhrase(phrase: string, last: Day): [Span, DatePrecision] | undefined {
  const text = phrase.replace(/^on /, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const day = parseIsoDay(text);
    return day === undefined ? undefined : [[day, day], 'day'];
  }
  let m = /^(\d{4})$/.exec(text);
  if (m) {
    const day = dayNumber(Number(m[1]), 1, 1);
    return [[startOfYear(day), endOfYear(day)], 'year'];
  }
  m = /^([a-z]+) (\d{4})$/.exec(text);
  if (m) {
    const monthIndex = MONTHS.indexOf(m[1] as (typeof MONTHS)[number]);
    if (monthIndex < 0) return undefined;
    const day = dayNumber(Number(m[2]), monthIndex + 1, 1);
    return [[startOfMonth(day), endOfMonth(day)], 'month'];
  }
  m = /^(?:([a-z]+),? )?([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(text);
  if (m) {
    const monthIndex = MONTHS.indexOf(m[2] as (typeof MONTHS)[number]);
    if (monthIndex < 0) return undefined;
    const dayOfMonth = Number(m[3]);
    // Without a year, news text means the most recent such date up to the reference.
    let yearNumber = m[4] ? Number(m[4]) : civilDate(last).year;
    if (!m[4] && dayNumber(yearNumber, monthIndex + 1, dayOfMonth) > last) yearNumber -= 1;
    if (dayOfMonth < 1 || dayOfMonth > daysInMonth(yearNumber, monthIndex + 1)) return undefined;
    const day = dayNumber(yearNumber, monthIndex + 1, dayOfMonth);
    if (m[1]) {
      const weekday = WEEKDAYS.indexOf(m[1] as (typeof WEEKDAYS)[number]);
      if (weekday < 0) return undefined;
      if (weekdayOf(day) !== weekday) {
        throw new RangeError(`resolveRelativeDate: "${text}" names a ${m[1]}, but ${formatDay(day, text)} is not one`);
      }
    }
    return [[day, day], 'day'];
  }
  return undefined;
}

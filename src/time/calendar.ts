/**
 * Calendar arithmetic on day numbers (days since 1970-01-01) in the proleptic Gregorian
 * calendar with ISO year numbering (year 0 is 1 BC). Pure integer math: no `Date`, so no
 * answer depends on the machine's time zone, and years below 100 stay what they are (the
 * `Date` constructor reads year 23 as 1923).
 */

/**
 * A calendar day, as days since 1970-01-01.
 *
 * @example
 * ```ts
 * const day: DayNumber = dayNumber(1970, 1, 2); // => 1
 * ```
 */
export type DayNumber = number;

/**
 * The smallest year an ISO date string `YYYY-MM-DD` can hold.
 *
 * @example
 * ```ts
 * MIN_YEAR; // => 0
 * ```
 */
export const MIN_YEAR = 0;

/**
 * The largest year an ISO date string `YYYY-MM-DD` can hold.
 *
 * @example
 * ```ts
 * MAX_YEAR; // => 9999
 * ```
 */
export const MAX_YEAR = 9999;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a year of the proleptic Gregorian calendar is a leap year (year 0 is one).
 *
 * @example
 * ```ts
 * isLeapYear(2024); // => true
 * isLeapYear(1900); // => false
 * isLeapYear(0); // => true
 * ```
 */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Days in a month (1–12) of a year.
 *
 * @example
 * ```ts
 * daysInMonth(0, 2); // => 29
 * daysInMonth(2023, 2); // => 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number of a calendar date (Howard Hinnant's `days_from_civil`). Months and days out
 * of range are not normalised: check them first.
 *
 * @example
 * ```ts
 * dayNumber(1970, 1, 1); // => 0
 * dayNumber(2000, 3, 1); // => 11017
 * ```
 */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Year, month (1–12) and day of a day number (Howard Hinnant's `civil_from_days`).
 *
 * @example
 * ```ts
 * civilDate(0); // => { year: 1970, month: 1, day: 1 }
 * civilDate(-719528); // => { year: 0, month: 1, day: 1 }
 * ```
 */
export function civilDate(days: DayNumber): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Reads a `YYYY-MM-DD` string that names a real day, or `undefined` for anything else
 * (`2023-9-1`, `2023-02-30`, `14/09/2023`).
 *
 * @example
 * ```ts
 * parseIsoDay('1970-01-02'); // => 1
 * parseIsoDay('2023-02-30'); // => undefined
 * ```
 */
export function parseIsoDay(iso: unknown): DayNumber | undefined {
  if (typeof iso !== 'string') return undefined;
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

/**
 * Reads a `YYYY-MM-DD` string that names a real day.
 *
 * @throws {RangeError} Naming the value and `what` it was, for anything else.
 *
 * @example
 * ```ts
 * toCalendarDay('1970-01-02', 'from'); // => 1
 * try { toCalendarDay('2023-9-1', 'from'); } catch (error) { String(error); } // RangeError: from must be a real date written YYYY-MM-DD, got "2023-9-1"
 * ```
 */
export function toCalendarDay(iso: unknown, what: string): DayNumber {
  const day = parseIsoDay(iso);
  if (day === undefined) throw new RangeError(`${what} must be a real date written YYYY-MM-DD, got ${describeValue(iso)}`);
  return day;
}

/**
 * Writes a day number as `YYYY-MM-DD`.
 *
 * @throws {RangeError} When the day falls outside years 0000–9999, which the format cannot hold.
 *
 * @example
 * ```ts
 * fromCalendarDay(0); // => '1970-01-01'
 * fromCalendarDay(dayNumber(1, 1, 1) - 1); // => '0000-12-31'
 * ```
 */
export function fromCalendarDay(days: DayNumber): string {
  const { year, month, day } = civilDate(days);
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new RangeError(`date falls in year ${year}, outside the years ${MIN_YEAR}–${MAX_YEAR} that YYYY-MM-DD can hold`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Checks that a value is a real `YYYY-MM-DD` date and returns it.
 *
 * @throws {RangeError} Naming the value and `what` it was.
 *
 * @example
 * ```ts
 * assertIsoDate('2023-09-01', 'from'); // => '2023-09-01'
 * ```
 */
export function assertIsoDate(iso: unknown, what: string): string {
  toCalendarDay(iso, what);
  return iso as string;
}

/** A short, escaped rendering of a bad value for an error message. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}… (${value.length} characters)` : value;
    return JSON.stringify(shown);
  }
  if (value instanceof Date) return `a Date (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()}); pass a YYYY-MM-DD string`;
  return value === null ? 'null' : typeof value;
}

/**
 * Day of the week, 0 (Sunday) to 6 (Saturday).
 *
 * @example
 * ```ts
 * weekday(0); // => 4 (1970-01-01 was a Thursday)
 * ```
 */
export function weekday(days: DayNumber): number {
  return (((days + 4) % 7) + 7) % 7;
}

/**
 * Adds whole months, keeping the day of the month or clamping it to the month's end.
 *
 * @example
 * ```ts
 * fromCalendarDay(addMonths(dayNumber(2024, 1, 31), 1)); // => '2024-02-29'
 * ```
 */
export function addMonths(days: DayNumber, months: number): DayNumber {
  const { year, month, day } = civilDate(days);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return dayNumber(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/**
 * First day of the month a day falls in.
 *
 * @example
 * ```ts
 * fromCalendarDay(startOfMonth(dayNumber(2023, 9, 14))); // => '2023-09-01'
 * ```
 */
export function startOfMonth(days: DayNumber): DayNumber {
  const { year, month } = civilDate(days);
  return dayNumber(year, month, 1);
}

/**
 * Last day of the month a day falls in.
 *
 * @example
 * ```ts
 * fromCalendarDay(endOfMonth(dayNumber(0, 2, 3))); // => '0000-02-29'
 * ```
 */
export function endOfMonth(days: DayNumber): DayNumber {
  const { year, month } = civilDate(days);
  return dayNumber(year, month, daysInMonth(year, month));
}

/**
 * 1 January of the year a day falls in.
 *
 * @example
 * ```ts
 * fromCalendarDay(startOfYear(dayNumber(23, 9, 14))); // => '0023-01-01'
 * ```
 */
export function startOfYear(days: DayNumber): DayNumber {
  return dayNumber(civilDate(days).year, 1, 1);
}

/**
 * 31 December of the year a day falls in.
 *
 * @example
 * ```ts
 * fromCalendarDay(endOfYear(dayNumber(23, 9, 14))); // => '0023-12-31'
 * ```
 */
export function endOfYear(days: DayNumber): DayNumber {
  return dayNumber(civilDate(days).year, 12, 31);
}

/**
 * First day of the week a day falls in; weeks start on `weekStartsOn` (0 Sunday, 1 Monday).
 *
 * @example
 * ```ts
 * fromCalendarDay(startOfWeek(dayNumber(2023, 9, 14), 1)); // => '2023-09-11'
 * ```
 */
export function startOfWeek(days: DayNumber, weekStartsOn: 0 | 1): DayNumber {
  return days - ((weekday(days) - weekStartsOn + 7) % 7);
}

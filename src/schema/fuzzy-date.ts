import * as z from 'zod';
import { DATE_PRECISIONS } from './vocabulary.js';
import { fuzzyDateRule } from './rules/date-rules.js';
import { markRule } from './rules/rule-calls.js';

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
export const FuzzyDateSchema = markRule(
  FuzzyDateBaseSchema.superRefine((value, ctx) => fuzzyDateRule(value, ctx, z.regexes.date)),
  fuzzyDateRule,
  [z.regexes.date],
);

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

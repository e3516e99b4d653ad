import * as z from 'zod';
import { DATE_PRECISIONS } from './vocabulary.js';
import { fuzzyDateRule } from './rules/date-rules.js';
import { markRule } from './rules/rule-calls.js';
import { once } from './once.js';

export const isoDateSchema = /* @__PURE__ */ once(() => z.iso.date({ error: 'must be a real calendar date written YYYY-MM-DD' }));

export const fuzzyDateBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** Earliest day the event can have happened on (inclusive). */
    start: isoDateSchema(),
    /** Latest day the event can have happened on (inclusive). */
    end: isoDateSchema(),
    /** How precisely the source gives the date. */
    precision: z.enum(DATE_PRECISIONS),
    /** The source's own phrase, e.g. "earlier this month". */
    text: z.string().min(1).optional(),
    /** The same interval in Extended Date/Time Format, e.g. `2023-09` or `2023-09-01/2023-09-15`. */
    edtf: z.string().min(1).optional(),
  }),
);

export const fuzzyDateSchema = /* @__PURE__ */ once(() =>
  markRule(
    fuzzyDateBaseSchema().superRefine((value, ctx) => fuzzyDateRule(value, ctx, z.regexes.date)),
    fuzzyDateRule,
    [z.regexes.date],
  ),
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
export interface FuzzyDate extends z.infer<ReturnType<typeof fuzzyDateBaseSchema>> {}

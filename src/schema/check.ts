import * as z from 'zod';
import { fuzzyDateSchema } from './fuzzy-date.js';
import { idSchema } from './id.js';
import { quantitySchema } from './quantity.js';
import { recordBaseSchema, refineRecord } from './record-base.js';
import { checkRule, checkValueRule, valueKindOf } from './rules/record-rules.js';
import { markRule } from './rules/rule-calls.js';
import { CHECK_ASPECTS, CHECK_VERDICTS, type CheckValueKind } from './vocabulary.js';
import { once } from './once.js';

export const checkValueBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** A date or period the sources support. */
    date: fuzzyDateSchema().optional(),
    /** A figure the sources support, with its unit and qualifier as they give them. */
    quantity: quantitySchema().optional(),
    /** The id of a record (a finer place, a named person, another incident) the sources point to. */
    record: idSchema().optional(),
    /** What the sources support, in our own words. */
    text: z.string().min(1).optional(),
  }),
);

export const checkValueSchema = /* @__PURE__ */ once(() =>
  markRule(
    checkValueBaseSchema().superRefine((value, ctx) => checkValueRule(value, ctx)),
    checkValueRule,
  ),
);

/**
 * The value a check supports.
 *
 * @example
 * ```ts
 * const value: CheckValue = { date: { start: '2023-09-08', end: '2023-09-08', precision: 'day' } };
 * checkValueKind(value); // => 'date'
 * ```
 */
export type CheckValue = z.infer<ReturnType<typeof checkValueBaseSchema>>;

/**
 * Which kind of value a check value holds, or `undefined` when it holds none.
 *
 * @example
 * ```ts
 * checkValueKind({ quantity: { value: 47, unit: 'attack', qualifier: 'exact' } }); // => 'quantity'
 * ```
 */
export function checkValueKind(value: CheckValue): CheckValueKind | undefined {
  return valueKindOf(value);
}

export const checkBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    ...recordBaseSchema().shape,
    /** Id of the record checked, of any kind. */
    about: idSchema(),
    /** Dotted path of the field checked in that record, e.g. `date`, `value`, `place`, `claimant`. */
    field: z.string().min(1),
    /** What about the field is checked. */
    aspect: z.enum(CHECK_ASPECTS),
    verdict: z.enum(CHECK_VERDICTS),
    /** The value the sources support; required for `refines` and `contradicts`, absent for `unverified`. */
    value: checkValueSchema().optional(),
    /** What the checked source says, in its words or ours, when the record does not show it plainly. */
    reported: z.string().min(1).optional(),
    /** What the primary sources say, in our own words. */
    summary: z.string().min(1),
    /** For `unverified`: what was looked for, and where. */
    sought: z.string().min(1).optional(),
    /** Records the primary sources add (a finer place, a named official, an earlier incident). */
    adds: z.array(idSchema()).optional(),
  }),
);

export const checkSchema = /* @__PURE__ */ once(() => refineCheck(refineRecord(checkBaseSchema())));

/**
 * The fields of a check that {@link refineCheck}'s rules read: a schema it refines must produce
 * them (any check schema extended from ours does).
 *
 * @example
 * ```ts
 * const fields: CheckRuleFields = { verdict: 'unverified', sought: 'the court record' };
 * refineCheck(z.object({ verdict: z.string(), sought: z.string() })).safeParse(fields).success; // => true
 * ```
 */
export interface CheckRuleFields {
  verdict?: string;
  aspect?: string;
  value?: CheckValue | undefined;
  sought?: string | undefined;
}

/**
 * Adds the check rules to a check schema, such as one extended with your own fields: a
 * `refines` or `contradicts` verdict carries a value, `unverified` carries none and a `sought`,
 * and the value's kind is one the aspect accepts (see {@link ASPECT_VALUE_KINDS}).
 *
 * @example
 * ```ts
 * const Mine = refineCheck(CheckBaseSchema.extend({ reviewer: z.string() }));
 * const check = { id: 'c', about: 'x', field: 'date', aspect: 'date', summary: 's', citations: [{ source: 's', summary: 's' }] };
 * Mine.safeParse({ ...check, reviewer: 'me', verdict: 'contradicts' }).success; // => false (no value)
 * Mine.safeParse({ ...check, reviewer: 'me', verdict: 'confirms' }).success; // => true
 * ```
 */
export function refineCheck<T extends z.ZodType<CheckRuleFields>>(schema: T): T {
  return markRule(
    schema.superRefine((check, ctx) => checkRule(check, ctx)),
    checkRule,
  );
}

/**
 * What primary sources say about one field of one record.
 *
 * @example
 * ```ts
 * const [check]: Check[] = checksOf('sco-rats-council-2023-09');
 * check?.about; // => 'sco-rats-council-2023-09'
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Check extends z.infer<ReturnType<typeof checkBaseSchema>> {}

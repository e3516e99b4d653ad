import * as z from 'zod';
import { FuzzyDateSchema } from './fuzzy-date.js';
import { IdSchema } from './id.js';
import { QuantitySchema } from './quantity.js';
import { RecordBaseSchema, refineRecord } from './record-base.js';
import { checkRule, checkValueRule, valueKindOf } from './rules/record-rules.js';
import { markRule } from './rules/rule-calls.js';
import { CHECK_ASPECTS, CHECK_VERDICTS, type CheckValueKind } from './vocabulary.js';

/**
 * Refinement-free shape of a {@link CheckValue}: one of its four fields.
 *
 * @example
 * ```ts
 * Object.keys(CheckValueBaseSchema.shape); // => ['date', 'quantity', 'record', 'text']
 * ```
 */
export const CheckValueBaseSchema = z.strictObject({
  /** A date or period the sources support. */
  date: FuzzyDateSchema.optional(),
  /** A figure the sources support, with its unit and qualifier as they give them. */
  quantity: QuantitySchema.optional(),
  /** The id of a record (a finer place, a named person, another incident) the sources point to. */
  record: IdSchema.optional(),
  /** What the sources support, in our own words. */
  text: z.string().min(1).optional(),
});

/**
 * The value primary sources support, typed by kind: exactly one of `date`, `quantity`,
 * `record` and `text`.
 *
 * @example
 * ```ts
 * CheckValueSchema.parse({ record: 'astana' }); // => { record: 'astana' }
 * CheckValueSchema.safeParse({ record: 'astana', text: 'Astana' }).success; // => false
 * ```
 */
export const CheckValueSchema = markRule(
  CheckValueBaseSchema.superRefine((value, ctx) => checkValueRule(value, ctx)),
  checkValueRule,
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
export type CheckValue = z.infer<typeof CheckValueBaseSchema>;

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

/**
 * Refinement-free shape of a {@link Check}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyCheck = CheckBaseSchema.extend({ reviewer: z.string() });
 * Object.keys(MyCheck.shape).includes('reviewer'); // => true
 * ```
 */
export const CheckBaseSchema = z.strictObject({
  ...RecordBaseSchema.shape,
  /** Id of the record checked, of any kind. */
  about: IdSchema,
  /** Dotted path of the field checked in that record, e.g. `date`, `value`, `place`, `claimant`. */
  field: z.string().min(1),
  /** What about the field is checked. */
  aspect: z.enum(CHECK_ASPECTS),
  verdict: z.enum(CHECK_VERDICTS),
  /** The value the sources support; required for `refines` and `contradicts`, absent for `unverified`. */
  value: CheckValueSchema.optional(),
  /** What the checked source says, in its words or ours, when the record does not show it plainly. */
  reported: z.string().min(1).optional(),
  /** What the primary sources say, in our own words. */
  summary: z.string().min(1),
  /** For `unverified`: what was looked for, and where. */
  sought: z.string().min(1).optional(),
  /** Records the primary sources add (a finer place, a named official, an earlier incident). */
  adds: z.array(IdSchema).optional(),
});

/**
 * What primary sources say about one field of one record: the verdict, the sources (its
 * citations, each a summary with a locator) and the value they support. The statement model
 * of OpenSanctions' FollowTheMoney keeps one value per entity, property and source; a check
 * does the same for our records, so that `statementsOf(id, field)` lists which sources support
 * which value. Refined: a verdict that changes the value (`refines`, `contradicts`) carries
 * one; `unverified` carries none and says what was `sought`; the value's kind fits the aspect.
 * `createDataset` further checks that the record and the value's record exist, that a refined
 * date lies inside the reported one, and that a contradicting date does not.
 *
 * @example
 * ```ts
 * CheckSchema.parse({
 *   id: 'example-check', about: 'sco-rats-council-2023-09', field: 'date', aspect: 'date', verdict: 'refines',
 *   value: { date: { start: '2023-09-08', end: '2023-09-08', precision: 'day' } },
 *   summary: 'The council met on Friday 8 September 2023.',
 *   citations: [{ source: 'kazinform-2023-09-08-sco-attacks', summary: 'Dated 8 September 2023.', locator: 'dateline' }],
 * }).verdict; // => 'refines'
 * ```
 */
export const CheckSchema = refineCheck(refineRecord(CheckBaseSchema));

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
export interface Check extends z.infer<typeof CheckBaseSchema> {}

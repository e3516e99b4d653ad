import * as z from 'zod';
import { QUANTITY_QUALIFIERS, UNITS } from './vocabulary.js';
import { boundsRule } from './rules/record-rules.js';
import { markRule } from './rules/rule-calls.js';
import { isKnownUnit } from './rules/value-rules.js';
import { once } from './once.js';

/**
 * A unit schema that accepts the members of `units` only; `defineSchemas({ units })` builds one
 * with yours added. The type stays `string` so that converted and computed figures fit it.
 *
 * @example
 * ```ts
 * unitSchema(['tonne', 'sheep']).safeParse('sheep').success; // => true
 * unitSchema(UNITS).safeParse('bananas').success; // => false
 * ```
 */
export function unitSchema(units: readonly string[]) {
  const known = new Set(units);
  const schema = z
    .string()
    .min(1)
    .refine((unit) => isKnownUnit(unit, known), {
      error: (issue) => `unit "${String(issue.input)}" is not in the unit vocabulary (${units.join(', ')}); add it with defineSchemas({ units })`,
      params: { code: 'unknown-unit' },
    });
  return markRule(schema, isKnownUnit, [known]);
}

/** The fields of a Quantity, with its unit checked against `units`. */
function quantityShape(units: readonly string[]) {
  return {
    /** The figure as the source gives it. Unknown figures are left out, never written as 0. */
    value: z.number(),
    /** Unit from the unit vocabulary ({@link UNITS}): `tonne`, `percent`, `attack`, `person`. */
    unit: unitSchema(units),
    /** How the value relates to the true figure: "about five" is `about`, "at least 80" is `at-least`. */
    qualifier: z.enum(QUANTITY_QUALIFIERS),
    /** Lower bound, when the source gives a range. */
    low: z.number().optional(),
    /** Upper bound, when the source gives a range. */
    high: z.number().optional(),
    /** The source's own words, e.g. "about five tonnes". */
    text: z.string().min(1).optional(),
  };
}

/** Adds `low ≤ value ≤ high` to a quantity schema. */
function refineBounds<T extends z.ZodType<{ value: number; low?: number | undefined; high?: number | undefined }>>(schema: T): T {
  return markRule(
    schema.superRefine((q, ctx) => boundsRule(q, ctx)),
    boundsRule,
  );
}

const count = () => z.number().int().nonnegative();

/**
 * The quantity schemas for a unit vocabulary: `quantity` for any figure, `count` for a count of
 * people or events (a whole number, never negative, as are its bounds). `defineSchemas` calls
 * it with your units added.
 *
 * @example
 * ```ts
 * quantitySchemasFor([...UNITS, 'sheep']).count.safeParse({ value: 3, unit: 'sheep', qualifier: 'exact' }).success; // => true
 * ```
 */
export function quantitySchemasFor(units: readonly string[]) {
  const base = z.strictObject(quantityShape(units));
  return {
    quantity: refineBounds(base),
    count: refineBounds(base.extend({ value: count(), low: count().optional(), high: count().optional() })),
  };
}

export const quantityBaseSchema = /* @__PURE__ */ once(() => z.strictObject(quantityShape(UNITS)));

export const quantitySchema = /* @__PURE__ */ once(() => refineBounds(quantityBaseSchema()));

export const countSchema = /* @__PURE__ */ once(() =>
  refineBounds(quantityBaseSchema().extend({ value: count(), low: count().optional(), high: count().optional() })),
);

/**
 * A figure with its unit and qualifier.
 *
 * @example
 * ```ts
 * const q: Quantity | undefined = getObservation('afghanistan-opium-supply-2022')?.value;
 * [q?.value, q?.unit, q?.qualifier]; // => [6200, 'tonne', 'exact']
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Quantity extends z.infer<ReturnType<typeof quantityBaseSchema>> {}

import { z } from 'zod';
import { QUANTITY_QUALIFIERS } from './vocabulary.js';

/**
 * Refinement-free shape of a {@link Quantity}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * QuantityBaseSchema.shape.qualifier.options; // => ['exact', 'about', 'at-least', 'at-most', 'estimate']
 * ```
 */
export const QuantityBaseSchema = z.strictObject({
  /** The figure as the source gives it. Unknown figures are left out, never written as 0. */
  value: z.number().finite(),
  /** Unit such as `tonne`, `percent`, `attack`, `person`. */
  unit: z.string().min(1),
  /** How the value relates to the true figure: "about five" is `about`, "at least 80" is `at-least`. */
  qualifier: z.enum(QUANTITY_QUALIFIERS),
  /** Lower bound, when the source gives a range. */
  low: z.number().finite().optional(),
  /** Upper bound, when the source gives a range. */
  high: z.number().finite().optional(),
  /** The source's own words, e.g. "about five tonnes". */
  text: z.string().min(1).optional(),
});

/**
 * A figure with its unit and how certain it is. Refined: `low ≤ value ≤ high` where given.
 *
 * @example
 * ```ts
 * QuantitySchema.parse({ value: 80, unit: 'attack', qualifier: 'at-least' });
 * // => { value: 80, unit: 'attack', qualifier: 'at-least' }
 * QuantitySchema.safeParse({ value: 5, unit: 'tonne', qualifier: 'about', low: 6 }).success; // => false
 * ```
 */
export const QuantitySchema = QuantityBaseSchema.superRefine((q, ctx) => {
  if (q.low !== undefined && q.low > q.value) {
    ctx.addIssue({ code: 'custom', path: ['low'], message: `low ${q.low} is above value ${q.value}` });
  }
  if (q.high !== undefined && q.high < q.value) {
    ctx.addIssue({ code: 'custom', path: ['high'], message: `high ${q.high} is below value ${q.value}` });
  }
});

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
export interface Quantity extends z.infer<typeof QuantityBaseSchema> {}

import type { Observation, Quantity } from '../schema/index.js';
import type { ComputedQuantity } from '../quantity/index.js';

/**
 * What {@link compare} accepts: an observation (its value is compared), a Quantity, or a computed figure such as a rate.
 *
 * @example
 * ```ts
 * const seized: Comparable = getObservation('tajikistan-narcotics-seized')!;
 * const figure: Comparable = { value: 6200, unit: 'tonne', qualifier: 'exact' };
 * compare(seized, figure).ratio.formula; // => '5 / 6200'
 * ```
 */
export type Comparable = Observation | Quantity | ComputedQuantity;

/**
 * Whether a comparable is an observation rather than a bare figure.
 *
 * @example
 * ```ts
 * isObservation(getObservation('afghanistan-opium-supply-2022')!); // => true
 * isObservation({ value: 5, unit: 'tonne', qualifier: 'about' }); // => false
 * ```
 */
export function isObservation(item: Comparable): item is Observation {
  return 'indicator' in item && 'value' in item && typeof item.value === 'object';
}

/**
 * The figure of a comparable: an observation's value, or the figure itself.
 *
 * @example
 * ```ts
 * quantityOf(getObservation('afghanistan-opium-supply-2022')!).unit; // => 'tonne'
 * ```
 */
export function quantityOf(item: Comparable): Quantity | ComputedQuantity {
  return isObservation(item) ? item.value : item;
}

/**
 * Writes a number for a formula: at most six significant digits, no exponent for ordinary sizes.
 *
 * @example
 * ```ts
 * formulaNumber(4.098360655737705); // => '4.09836'
 * formulaNumber(6200); // => '6200'
 * ```
 */
export function formulaNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}

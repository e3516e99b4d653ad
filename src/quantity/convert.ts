import type { Quantity } from '../schema/index.js';
import { overflowCheck, type ComputedQuantity } from './bounds.js';
import { conversionFactor, unitInfo } from './units.js';

/**
 * Converts a Quantity (value, `low` and `high`) to another unit, keeping its qualifier. The
 * source's words (`text`) are dropped, since they name the old unit.
 *
 * @throws {UnitError} When the units measure different things, or a unit is ambiguous.
 *
 * @example
 * ```ts
 * convertQuantity({ value: 5, unit: 'tonne', qualifier: 'about', text: 'about five tonnes' }, 'kg');
 * // => { value: 5000, unit: 'kilogram', qualifier: 'about' }
 * ```
 */
export function convertQuantity<Q extends Quantity | ComputedQuantity>(quantity: Q, unit: string): Q {
  const factor = conversionFactor(quantity.unit, unit);
  const { text: _text, ...rest } = quantity as Q & { text?: string };
  const scale = (value: number): number => {
    const result = value * factor;
    overflowCheck(result, [value], `convertQuantity: ${value} ${quantity.unit} in ${unit}`);
    return result;
  };
  const converted = { ...rest, value: scale(quantity.value), unit: unitInfo(unit).unit } as Q;
  if (quantity.low !== undefined) converted.low = scale(quantity.low);
  if (quantity.high !== undefined) converted.high = scale(quantity.high);
  return converted;
}

/**
 * Rounds to a number of significant digits: the precision "about five" supports is one or two
 * digits, not sixteen.
 *
 * @example
 * ```ts
 * roundSignificant(4.098360655737705, 2); // => 4.1
 * roundSignificant(26.3464, 3); // => 26.3
 * ```
 */
export function roundSignificant(value: number, digits: number): number {
  if (!Number.isInteger(digits) || digits < 1) throw new RangeError(`roundSignificant: digits must be a positive integer, got ${digits}`);
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

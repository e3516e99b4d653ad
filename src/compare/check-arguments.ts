import type { Observation } from '../schema/index.js';
import { describeValue, isFieldObject } from '../schema/describe-value.js';
import type { Comparable } from './comparable.js';

/** Whether `value` reads as a figure: a numeric value and a unit. */
function isFigure(value: unknown): boolean {
  return isFieldObject(value) && typeof value.value === 'number' && typeof value.unit === 'string';
}

/**
 * Checks an argument that must be an observation, a Quantity or a computed figure: a TypeError
 * naming the function and the argument otherwise, not "Cannot use 'in' operator".
 *
 * @example
 * ```ts
 * assertComparable({ value: 5, unit: 'tonne', qualifier: 'exact' }, 'compare', 'a'); // passes
 * let caught: unknown;
 * try { assertComparable(null, 'compare', 'b'); } catch (e) { caught = e; }
 * (caught as TypeError).message;
 * // => 'compare: b must be an observation, a Quantity or a computed figure ({ value, unit, qualifier }), got null'
 * ```
 */
export function assertComparable(value: unknown, fn: string, name: string): asserts value is Comparable {
  if (isFigure(value) || (isFieldObject(value) && isFigure(value.value))) return;
  throw new TypeError(
    `${fn}: ${name} must be an observation, a Quantity or a computed figure ({ value, unit, qualifier }), got ${isFieldObject(value) ? 'an object without a numeric value and a unit' : describeValue(value)}`,
  );
}

/**
 * Checks an argument that must be an observation: its value a figure and its period an object.
 *
 * @example
 * ```ts
 * assertObservation(getObservation('afghanistan-opium-supply-2022'), 'rate'); // passes
 * let caught: unknown;
 * try { assertObservation(undefined, 'rate'); } catch (e) { caught = e; }
 * (caught as TypeError).message; // => 'rate: observation must be an observation with a value and a period, got undefined'
 * ```
 */
export function assertObservation(value: unknown, fn: string): asserts value is Observation {
  if (isFieldObject(value) && isFigure(value.value) && isFieldObject(value.period)) return;
  throw new TypeError(
    `${fn}: observation must be an observation with a value and a period, got ${isFieldObject(value) ? 'an object without a value and a period' : describeValue(value)}`,
  );
}

/**
 * Checks an options argument: undefined or an object.
 *
 * @example
 * ```ts
 * assertOptions(undefined, 'rate'); // passes
 * let caught: unknown;
 * try { assertOptions(3, 'rate'); } catch (e) { caught = e; }
 * (caught as TypeError).message; // => 'rate: options must be an object, got a number'
 * ```
 */
export function assertOptions(value: unknown, fn: string): void {
  if (value !== undefined && !isFieldObject(value)) throw new TypeError(`${fn}: options must be an object, got ${describeValue(value)}`);
}

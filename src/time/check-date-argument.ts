import { describeValue, isFieldObject } from '../schema/describe-value.js';
import type { FuzzyDate } from '../schema/index.js';

/**
 * Checks that an argument a JavaScript caller passed as a FuzzyDate has a string `start` and
 * `end`: null would fail inside with the engine's words, and a number compare as if it were a
 * date, answering `{}` or an order that means nothing.
 *
 * @throws {TypeError} Naming `what` (the function and the argument) and what was given instead.
 *
 * @example
 * ```ts
 * checkFuzzyDateArgument({ start: '2023-09-01', end: '2023-09-14', precision: 'range' }, 'within: date'); // => undefined
 * let caught: unknown;
 * try { checkFuzzyDateArgument(null, 'within: date'); } catch (e) { caught = e; }
 * (caught as TypeError).message; // => 'within: date must be a FuzzyDate { start, end, precision }, got null'
 * ```
 */
export function checkFuzzyDateArgument(value: unknown, what: string): asserts value is FuzzyDate {
  if (isFieldObject(value) && typeof value.start === 'string' && typeof value.end === 'string') return;
  const given = isFieldObject(value) ? 'an object without a string start and end' : describeValue(value);
  throw new TypeError(`${what} must be a FuzzyDate { start, end, precision }, got ${given}`);
}

import { didYouMean } from './closest-name.js';
import { describeValue, isFieldObject } from './describe-value.js';

/**
 * Checks an options (or query) argument a JavaScript caller passed: an object whose keys are all
 * `known`. A misspelt key would otherwise be ignored without a word and the call would answer as
 * if the option had not been given.
 *
 * @throws {TypeError} Naming the function and the argument when `value` is not an object, or the
 * unknown key (with the nearest known one) when it has one.
 *
 * @example
 * ```ts
 * checkOptions({ limit: 2 }, 'searchActors', 'options', ['limit']); // => undefined
 * let caught: unknown;
 * try { checkOptions({ limt: 2 }, 'searchActors', 'options', ['limit']); } catch (e) { caught = e; }
 * (caught as TypeError).message; // => 'searchActors: unknown options key "limt", expected one of limit; did you mean "limit"?'
 * ```
 */
export function checkOptions(value: unknown, fn: string, what: string, known: readonly string[]): asserts value is Record<string, unknown> {
  if (!isFieldObject(value)) throw new TypeError(`${fn}: ${what} must be an object, got ${describeValue(value)}`);
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      throw new TypeError(`${fn}: unknown ${what} key ${JSON.stringify(key)}, expected one of ${known.join(', ')}${didYouMean(key, known)}`);
  }
}

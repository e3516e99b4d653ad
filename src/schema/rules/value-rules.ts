import { COUNTRY_CODES } from '../country-codes.js';

const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES);

/**
 * Whether a code is an assigned ISO 3166-1 alpha-2 code (one of {@link COUNTRY_CODES}).
 *
 * @example
 * ```ts
 * isAssignedCountry('TJ'); // => true
 * isAssignedCountry('XX'); // => false
 * ```
 */
export function isAssignedCountry(code: string): boolean {
  return COUNTRIES.has(code);
}

/**
 * Whether a unit is one of `known`.
 *
 * @example
 * ```ts
 * isKnownUnit('tonne', new Set(UNITS)); // => true
 * ```
 */
export function isKnownUnit(unit: string, known: ReadonlySet<string>): boolean {
  return known.has(unit);
}

/**
 * Whether a bbox's south edge is not above its north edge.
 *
 * @example
 * ```ts
 * bboxInOrder([70, 39, 75, 36]); // => false
 * ```
 */
export function bboxInOrder([, south, , north]: readonly [number, number, number, number]): boolean {
  return south <= north;
}

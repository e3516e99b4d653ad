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

/**
 * Whether `z.url()` (without options) accepts a string as it is: the URL parser takes it, and
 * it has no edge whitespace, tab or line break, which zod would remove (a string it rewrites is
 * left to zod itself).
 *
 * @example
 * ```ts
 * urlAcceptedAsIs('https://kabulnow.com/'); // => true
 * urlAcceptedAsIs(' https://kabulnow.com/'); // => false
 * urlAcceptedAsIs('not a url'); // => false
 * ```
 */
export function urlAcceptedAsIs(text: string): boolean {
  if (text !== text.trim() || /[\t\n\r]/.test(text)) return false;
  try {
    return URL.canParse(text);
  } catch {
    return false;
  }
}

import * as z from 'zod';
import { markRule } from './rules/rule-calls.js';
import { isAssignedCountry } from './rules/value-rules.js';
import { once } from './once.js';

/**
 * Pattern every record id follows: lowercase ASCII words joined by single hyphens.
 *
 * @example
 * ```ts
 * ID_PATTERN.test('jamaat-ansarullah'); // => true
 * ID_PATTERN.test('Jamaat Ansarullah'); // => false
 * ```
 */
export const ID_PATTERN: Readonly<RegExp> = /* @__PURE__ */ Object.freeze(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const idSchema = /* @__PURE__ */ once(() =>
  z
    .string()
    .max(200)
    // A private copy: zod resets the pattern's lastIndex, which the frozen export refuses.
    .regex(new RegExp(ID_PATTERN.source), { error: 'must be kebab-case: lowercase letters and digits joined by single hyphens' }),
);

/**
 * A record id (kebab-case string).
 *
 * @example
 * ```ts
 * const id: Id = IdSchema.parse('jamaat-ansarullah'); // => 'jamaat-ansarullah'
 * ```
 */
export type Id = z.infer<ReturnType<typeof idSchema>>;

export const countryCodeSchema = /* @__PURE__ */ once(() =>
  markRule(
    z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as "TJ"', abort: true })
      .refine((code) => isAssignedCountry(code), {
        error: (issue) => `"${String(issue.input)}" is not an assigned ISO 3166-1 alpha-2 code`,
        params: { code: 'unknown-country' },
      }),
    isAssignedCountry,
  ),
);

/**
 * An ISO 3166-1 alpha-2 country code.
 *
 * @example
 * ```ts
 * const code: CountryCode | undefined = getActor('tajikistan')?.country; // => 'TJ'
 * ```
 */
export type CountryCode = z.infer<ReturnType<typeof countryCodeSchema>>;

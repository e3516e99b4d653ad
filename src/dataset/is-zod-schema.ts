import type { z } from 'zod';

/**
 * Whether a value is a zod schema (it has zod's internals and a `safeParse`).
 *
 * @example
 * ```ts
 * isZodSchema(ActorSchema); // => true
 * isZodSchema({ safeParse() {} }); // => false
 * ```
 */
export function isZodSchema(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value && typeof (value as { safeParse?: unknown }).safeParse === 'function';
}

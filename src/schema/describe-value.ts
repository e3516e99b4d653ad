/**
 * What a value is, for an error message about an argument of the wrong shape: `null`, `an
 * array`, `a number`, … (a string is shown, cut to 40 characters).
 *
 * @example
 * ```ts
 * describeValue(null); // => 'null'
 * describeValue([1]); // => 'an array'
 * describeValue(42); // => 'a number'
 * describeValue('x'); // => 'the string "x"'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/**
 * Whether a value is an array, typed as a list of unknowns: `Array.isArray` types it as `any[]`,
 * which would let an unchecked element through unnoticed.
 *
 * @example
 * ```ts
 * isList([1, 'a']); // => true
 * isList({ length: 0 }); // => false
 * ```
 */
export function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/**
 * Whether a value is an object with named fields: not null, not an array, not a function.
 *
 * @example
 * ```ts
 * isFieldObject({ a: 1 }); // => true
 * isFieldObject([]); // => false
 * ```
 */
export function isFieldObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

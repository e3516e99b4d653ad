/**
 * The `id` of an unknown value when it is an object with a string `id`, else `undefined`: for
 * naming a record in an error before it has been validated.
 *
 * @example
 * ```ts
 * idOf({ id: 'iskp', kind: 'armed-group' }); // => 'iskp'
 * idOf({ id: 42 }); // => undefined
 * idOf('iskp'); // => undefined
 * ```
 */
export function idOf(value: unknown): string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

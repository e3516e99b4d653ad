/**
 * Freezes a value and everything reachable from it, so that records handed to callers cannot be
 * changed under the dataset's indexes.
 *
 * @example
 * ```ts
 * const record = deepFreeze({ aliases: [{ name: 'ISKP' }] });
 * Object.isFrozen(record.aliases[0]); // => true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  // An explicit stack keeps deeply nested input from overflowing the call stack.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return value;
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Deep-copies data: plain objects and arrays are rebuilt with an explicit stack, so input nested
 * any depth copies without overflowing the call stack (the built-in `structuredClone` overflows
 * at a few thousand levels); any other object (a `Date`, a `Map`) goes through
 * `structuredClone`. Keys are defined, not assigned, so an own `__proto__` key stays a plain
 * key and never swaps a prototype. Shared and circular references are kept as such.
 *
 * @throws {DOMException} `DataCloneError` for values that cannot be copied, such as functions.
 *
 * @example
 * ```ts
 * const input = { tags: ['a'], when: new Date(0) };
 * const copy = deepCopy(input);
 * copy.tags !== input.tags && copy.tags[0] === 'a'; // => true
 * copy.when.getTime(); // => 0
 * ```
 */
export function deepCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') return structuredClone(value);
    return value;
  }
  const copies = new Map<object, unknown>();
  const copyOf = (item: unknown, stack: [object, Record<PropertyKey, unknown>][]): unknown => {
    if (item === null || typeof item !== 'object') {
      return typeof item === 'function' || typeof item === 'symbol' ? structuredClone(item) : item;
    }
    const seen = copies.get(item);
    if (seen !== undefined) return seen;
    if (!isPlain(item)) {
      const clone = structuredClone(item);
      copies.set(item, clone);
      return clone;
    }
    const target = (Array.isArray(item) ? new Array<unknown>(item.length) : Object.create(Object.getPrototypeOf(item) as object | null)) as Record<
      PropertyKey,
      unknown
    >;
    copies.set(item, target);
    stack.push([item, target]);
    return target;
  };
  const stack: [object, Record<PropertyKey, unknown>][] = [];
  const root = copyOf(value, stack);
  while (stack.length > 0) {
    const [source, target] = stack.pop()!;
    for (const key of Object.keys(source)) {
      const child = copyOf((source as Record<string, unknown>)[key], stack);
      Object.defineProperty(target, key, { value: child, enumerable: true, writable: true, configurable: true });
    }
  }
  return root as T;
}

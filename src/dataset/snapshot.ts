import type { ValidationIssue } from './validation-error.js';

/**
 * Longest array (a collection, or an array field inside a record) that createDataset reads.
 * A sparse array's `length` costs nothing to declare (`[].length = 2 ** 32 - 1`) but billions of
 * steps to walk, so longer arrays are refused before any element is read.
 *
 * @example
 * ```ts
 * MAX_ARRAY_LENGTH; // => 10000000
 * ```
 */
export const MAX_ARRAY_LENGTH = 10_000_000;

/** What {@link snapshotInput} read: plain data that cannot change under validation, and what could not be read. */
export interface Snapshot {
  value: unknown;
  issues: ValidationIssue[];
}

/** A path as a chain of links to the parent, so that depth n costs n, not n² (spelled out only for an issue). */
type Path = { parent: Path; key: string | number } | undefined;
type Pending = { source: object; target: Record<PropertyKey, unknown> | unknown[]; path: Path };

function spelled(path: Path): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let link = path; link !== undefined; link = link.parent) keys.push(link.key);
  return keys.reverse();
}

function message(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an unprintable value';
  }
}

/**
 * Reads input once into plain objects and arrays: each own enumerable property is read exactly
 * once (a getter runs once, a Proxy's traps run once per key), so the values validated are the
 * values kept, whatever the input does on a second read. Arrays are read by index up to their
 * `length` (holes read as `undefined`); their other properties (an own `forEach`, say) are not
 * copied. Anything that throws while being read (a getter, a revoked Proxy, an `ownKeys` trap)
 * and any array longer than {@link MAX_ARRAY_LENGTH} becomes an `input` issue at its path, and
 * the value there becomes `undefined`. A `Date` stays a `Date`; any other object (a class
 * instance, a Map) is read the same way, as its own enumerable properties. Shared and circular references stay
 * shared. Uses an explicit stack, so any depth reads without overflowing the call stack.
 *
 * @example
 * ```ts
 * let reads = 0;
 * const input = { get actors() { reads++; return []; } };
 * snapshotInput(input).value; // => { actors: [] }
 * reads; // => 1
 * snapshotInput({ actors: Object.assign([], { length: 2 ** 32 - 1 }) }).issues[0]?.path; // => ['actors']
 * ```
 */
export function snapshotInput(input: unknown): Snapshot {
  const issues: ValidationIssue[] = [];
  const copies = new Map<object, unknown>();
  const stack: Pending[] = [];
  const fail = (path: Path, text: string): undefined => {
    issues.push({ code: 'input', kind: 'dataset', path: spelled(path), message: text });
    return undefined;
  };
  const copyOf = (value: unknown, parent: Path, key?: string | number): unknown => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const path: Path = key === undefined ? parent : { parent, key };
    if (typeof value === 'function') return fail(path, 'a function is not data');
    const seen = copies.get(value);
    if (seen !== undefined) return seen;
    let isArray: boolean;
    let isDate: boolean;
    try {
      isArray = Array.isArray(value);
      isDate = !isArray && value instanceof Date;
    } catch (error) {
      // A revoked Proxy throws here.
      return fail(path, `cannot be read: ${message(error)}`);
    }
    if (isDate) {
      // Kept as a Date for a caller's z.date(); its time is read once.
      try {
        const copy = new Date(Date.prototype.getTime.call(value));
        copies.set(value, copy);
        return copy;
      } catch (error) {
        return fail(path, `cannot be read: ${message(error)}`);
      }
    }
    if (isArray) {
      let length: unknown;
      try {
        length = (value as unknown[]).length;
      } catch (error) {
        return fail(path, `cannot be read: ${message(error)}`);
      }
      if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) return fail(path, 'is an array whose length is not a whole number');
      if (length > MAX_ARRAY_LENGTH) return fail(path, `is an array of ${length} elements; at most ${MAX_ARRAY_LENGTH} are read`);
      const target = new Array<unknown>(length);
      copies.set(value, target);
      stack.push({ source: value, target, path });
      return target;
    }
    const target = {} as Record<PropertyKey, unknown>;
    copies.set(value, target);
    stack.push({ source: value, target, path });
    return target;
  };

  const root = copyOf(input, undefined);
  while (stack.length > 0) {
    const { source, target, path } = stack.pop()!;
    if (Array.isArray(target)) {
      for (let i = 0; i < target.length; i++) {
        let item: unknown;
        try {
          item = (source as unknown[])[i];
        } catch (error) {
          fail({ parent: path, key: i }, `cannot be read: ${message(error)}`);
          continue;
        }
        target[i] = copyOf(item, path, i);
      }
      continue;
    }
    let keys: string[];
    try {
      keys = Object.keys(source);
    } catch (error) {
      fail(path, `its keys cannot be read: ${message(error)}`);
      continue;
    }
    for (const key of keys) {
      let item: unknown;
      try {
        item = (source as Record<string, unknown>)[key];
      } catch (error) {
        fail({ parent: path, key }, `cannot be read: ${message(error)}`);
        continue;
      }
      // Defined, not assigned: an own "__proto__" key stays a plain key and swaps no prototype.
      Object.defineProperty(target, key, { value: copyOf(item, path, key), enumerable: true, writable: true, configurable: true });
    }
  }
  return { value: root, issues };
}

/**
 * A function that calls `build` the first time it is called and returns that result ever
 * after. The schemas are built through such functions so that a module which only reaches one
 * (the main entry, for `createDataset`) builds nothing at import.
 *
 * @example
 * ```ts
 * let calls = 0;
 * const get = once(() => ++calls);
 * [get(), get(), calls]; // => [1, 1, 1]
 * ```
 */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (built) return value;
    const result = build();
    // A build that re-enters (a caller's hook that imports the schema entry mid-build) has
    // already stored its result: the first stored wins, so every caller holds one object.
    if (!built) {
      value = result;
      built = true;
    }
    return value;
  };
}

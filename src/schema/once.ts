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
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

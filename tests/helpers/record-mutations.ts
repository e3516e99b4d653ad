import fc from 'fast-check';

/** A record with the value at one random path replaced by an arbitrary JSON value (or a near miss). */
export function recordMutations(record: unknown): fc.Arbitrary<Record<string, unknown>> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(record, []);
  const replacement = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('2023-02-30', '2023-09-31', 'Tajikistan', '', 'range', 'day', 'month', 'withdrawn', -1, 0, Number.NaN, undefined),
    fc.string(),
  );
  return fc.tuple(fc.constantFrom(...paths.slice(1)), replacement).map(([path, value]) => {
    const copy = structuredClone(record) as Record<string, unknown>;
    let target: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path.at(-1)!] = value;
    return copy;
  });
}

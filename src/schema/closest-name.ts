function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The id (or name) nearest to a misspelt one, by edit distance, when it is close enough to be
 * what was meant (at most a third of the id's length away).
 *
 * @example
 * ```ts
 * closestId('tajikstan', ['tajikistan', 'afghanistan']); // => 'tajikistan'
 * closestId('xyz', ['tajikistan']); // => undefined
 * ```
 */
export function closestId(id: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(id.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * `; did you mean "x"?` for a misspelt name with a near candidate, else nothing: the tail of an
 * error message about an unknown key or value.
 *
 * @example
 * ```ts
 * `unknown kind "incidnet"${didYouMean('incidnet', ['incident', 'actor'])}`; // => 'unknown kind "incidnet"; did you mean "incident"?'
 * didYouMean('zzz', ['incident']); // => ''
 * ```
 */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const near = closestId(name, candidates);
  return near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`;
}

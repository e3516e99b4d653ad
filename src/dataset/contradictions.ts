import type { Claim } from '../schema/index.js';
import type { Contradiction } from './types.js';

/**
 * Groups claims by the proposition they take a position on and keeps the propositions that
 * some claims affirm and others deny.
 *
 * @example
 * ```ts
 * findContradictions(dataset.claims).map((c) => c.topic).includes('iskp-threat-rising'); // => true
 * ```
 */
export function findContradictions(claims: readonly Claim[]): Contradiction[] {
  const byTopic = new Map<string, Contradiction>();
  for (const claim of claims) {
    if (claim.position === undefined || claim.status === 'withdrawn') continue;
    const { topic, question, stance } = claim.position;
    let entry = byTopic.get(topic);
    if (!entry) {
      entry = { topic, question, affirming: [], denying: [] };
      byTopic.set(topic, entry);
    }
    (stance === 'affirms' ? entry.affirming : entry.denying).push(claim);
  }
  return [...byTopic.values()].filter((c) => c.affirming.length > 0 && c.denying.length > 0);
}

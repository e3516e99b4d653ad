import type { Claim, PositionScope } from '../schema/index.js';
import type { Contradiction, ContradictionOptions, ScopeDifference } from './types.js';

/**
 * How two position scopes fail to meet: a different `aspect` (a trend against a capability),
 * different `place`s, or `period`s that share no day. An unstated part of a scope meets anything.
 *
 * @example
 * ```ts
 * scopeDifferences({ aspect: 'trend' }, { aspect: 'capability', place: 'afghanistan-territory' }); // => ['aspect']
 * scopeDifferences({ aspect: 'presence', place: 'afghanistan-territory' }, { aspect: 'presence' }); // => []
 * ```
 */
export function scopeDifferences(a: PositionScope | undefined, b: PositionScope | undefined): ScopeDifference[] {
  if (a === undefined || b === undefined) return [];
  const differs: ScopeDifference[] = [];
  if (a.aspect !== b.aspect) differs.push('aspect');
  if (a.place !== undefined && b.place !== undefined && a.place !== b.place) differs.push('place');
  if (a.period !== undefined && b.period !== undefined && (a.period.end < b.period.start || b.period.end < a.period.start)) {
    differs.push('period');
  }
  return differs;
}

/**
 * Groups claims by the proposition they take a position on and pairs each affirming claim with
 * each denying one. A proposition is a contradiction when some pair's scopes meet (see
 * {@link scopeDifferences}); its `affirming` and `denying` hold the claims of such pairs, and
 * `pairs` lists every opposing pair with how its scopes differ. With `{ disjoint: true }`,
 * propositions whose opposing claims all talk past each other are returned too.
 *
 * @example
 * ```ts
 * findContradictions(dataset.claims).map((c) => c.topic); // => ['terror-groups-free-in-afghanistan']
 * findContradictions(dataset.claims, { disjoint: true }).find((c) => c.topic === 'iskp-threat-rising')?.pairs.map((p) => p.differs);
 * // => [['aspect'], ['aspect']]
 * ```
 */
export function findContradictions<C extends Claim>(claims: readonly C[], options: ContradictionOptions = {}): Contradiction<C>[] {
  const byTopic = new Map<string, { question: string; affirming: C[]; denying: C[] }>();
  for (const claim of claims) {
    if (claim.position === undefined || claim.status === 'withdrawn') continue;
    const { topic, question, stance } = claim.position;
    let entry = byTopic.get(topic);
    if (!entry) {
      entry = { question, affirming: [], denying: [] };
      byTopic.set(topic, entry);
    }
    (stance === 'affirms' ? entry.affirming : entry.denying).push(claim);
  }
  const found: Contradiction<C>[] = [];
  for (const [topic, { question, affirming, denying }] of byTopic) {
    const pairs = affirming.flatMap((a) => denying.map((d) => ({ affirming: a, denying: d, differs: scopeDifferences(a.position?.scope, d.position?.scope) })));
    const meeting = pairs.filter((p) => p.differs.length === 0);
    if (pairs.length === 0 || (meeting.length === 0 && options.disjoint !== true)) continue;
    found.push({
      topic,
      question,
      affirming: affirming.filter((c) => meeting.some((p) => p.affirming === c)),
      denying: denying.filter((c) => meeting.some((p) => p.denying === c)),
      pairs,
    });
  }
  return found;
}

import type { Actor } from '../schema/index.js';
import { foldText } from './fold-text.js';

/** An actor with its folded names, ready to match; built once per dataset. */
export interface ActorSearchEntry<A extends Actor = Actor> {
  actor: A;
  /** Folded name first, then folded aliases. */
  names: string[];
}

/**
 * Prepares the search entries for a set of actors.
 *
 * @example
 * ```ts
 * actorSearchEntries([getActor('iskp')!])[0]?.names[0]; // => 'islamic state khorasan province'
 * ```
 */
export function actorSearchEntries<A extends Actor>(actors: readonly A[]): ActorSearchEntry<A>[] {
  return actors
    .filter((actor) => actor.status !== 'withdrawn')
    .map((actor) => ({ actor, names: [actor.name, ...actor.aliases.map((a) => a.name)].map(foldText) }));
}

/** How well a folded query matches a folded name: higher is better, 0 is no match. */
function matchScore(query: string, name: string): number {
  if (name === query) return 4;
  if (name.startsWith(query)) return 3;
  const words = name.split(' ');
  const queryWords = query.split(' ');
  if (queryWords.every((q) => words.some((w) => w.startsWith(q)))) return 2;
  if (name.includes(query)) return 1;
  return 0;
}

/**
 * Ranks actors against a query: exact matches first, then prefixes, then names whose words
 * start with every query word, then substrings. The primary name outranks an alias at the same
 * level, and among equal matches the shorter matched name comes first.
 *
 * @example
 * ```ts
 * rankActors(actorSearchEntries(dataset.actors), 'isis-k').map((a) => a.id); // => ['iskp']
 * ```
 */
export function rankActors<A extends Actor>(entries: readonly ActorSearchEntry<A>[], text: string, limit = Infinity): A[] {
  const query = foldText(text);
  if (query === '') return [];
  const scored: { actor: A; score: number; length: number }[] = [];
  for (const entry of entries) {
    let best = 0;
    let length = Infinity;
    entry.names.forEach((name, i) => {
      // Doubling and a bonus for the primary name keeps it ahead of an alias at the same level.
      const score = matchScore(query, name) * 2 + (i === 0 ? 1 : 0);
      if (score > 1 && (score > best || (score === best && name.length < length))) {
        best = score;
        length = name.length;
      }
    });
    if (best > 0) scored.push({ actor: entry.actor, score: best, length });
  }
  // Among equal matches the shorter name is the closer one: "tajik" is nearer "Tajikistan"
  // than "Tajik authorities".
  scored.sort((a, b) => b.score - a.score || a.length - b.length || a.actor.name.localeCompare(b.actor.name));
  return scored.slice(0, limit).map((s) => s.actor);
}

import type { FuzzyDate, Incident, Place } from '../schema/index.js';
import { compareFuzzyDates, within, type Tristate } from '../time/index.js';
import type { DateMatch, IncidentQuery } from './types.js';

/** The three-valued answers each {@link DateMatch} mode keeps. */
const KEPT: Record<DateMatch, readonly Tristate[]> = {
  overlaps: ['yes', 'maybe'],
  possible: ['yes', 'maybe'],
  within: ['yes'],
  certain: ['yes'],
  uncertain: ['maybe'],
};

/**
 * The ids of a place and of every place inside it, following `parent` links and `spans` (a
 * border or a railway that spans a country counts as inside it).
 *
 * @example
 * ```ts
 * placeAndDescendants(dataset.places, 'tajikistan').has('badakhshan'); // => true
 * ```
 */
export function placeAndDescendants(places: readonly Place[], root: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const place of places) {
    for (const container of [place.parent, ...(place.spans ?? [])]) {
      if (container === undefined) continue;
      const list = children.get(container) ?? [];
      list.push(place.id);
      children.set(container, list);
    }
  }
  const found = new Set<string>([root]);
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/**
 * Filters incidents by actor, place (with the places inside it), type and date, ordered by date.
 * `candidates` is the narrowest pre-indexed list available (the actor's incidents, say);
 * `dateOf` gives the date to match and order by (the best-supported one, say), by default the
 * incident's own.
 *
 * @example
 * ```ts
 * filterIncidents(dataset.incidents, { type: 'meeting' }, () => new Set()).length > 0; // => true
 * ```
 */
export function filterIncidents(
  candidates: readonly Incident[],
  query: IncidentQuery,
  placesInside: (place: string) => ReadonlySet<string>,
  dateOf: (incident: Incident) => FuzzyDate = (incident) => incident.date,
): Incident[] {
  if (query.dates !== undefined && query.dates !== 'as-reported' && query.dates !== 'best') {
    throw new RangeError(`findIncidents: unknown dates "${String(query.dates)}"; expected as-reported or best`);
  }
  const types = query.type === undefined ? undefined : new Set<string>(typeof query.type === 'string' ? [query.type] : query.type);
  const places = query.place === undefined ? undefined : placesInside(query.place);
  const kept = KEPT[query.match ?? 'overlaps'];
  if (kept === undefined) throw new RangeError(`findIncidents: unknown match "${String(query.match)}"; expected one of ${Object.keys(KEPT).join(', ')}`);
  const window = { from: query.from, to: query.to };
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new RangeError(`findIncidents: from ${query.from} is after to ${query.to}`);
  }
  return candidates
    .filter(
      (incident) =>
        incident.status !== 'withdrawn' &&
        (query.actor === undefined || incident.actors.some((a) => a.actor === query.actor)) &&
        (types === undefined || types.has(incident.type)) &&
        (places === undefined || (incident.place !== undefined && places.has(incident.place))) &&
        kept.includes(within(dateOf(incident), window)),
    )
    .sort((a, b) => compareFuzzyDates(dateOf(a), dateOf(b)));
}

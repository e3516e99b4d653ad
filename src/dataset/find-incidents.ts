import { checkOptions } from '../schema/check-options.js';
import { describeValue } from '../schema/describe-value.js';
import type { FuzzyDate, Incident, Place, PlaceGeo } from '../schema/index.js';
import { assertIsoDate, compareFuzzyDates, within, type Tristate } from '../time/index.js';
import { allOf, checkSpatialQuery, placeNear, placeWithin } from './spatial-match.js';
import type { IncidentQuery } from './types.js';

/** The three-valued answers each `DateMatch` mode keeps. */
// A Map: `match` comes from the caller, and "constructor" must be an unknown mode.
const KEPT = new Map<string, readonly Tristate[]>([
  ['overlaps', ['yes', 'maybe']],
  ['possible', ['yes', 'maybe']],
  ['within', ['yes']],
  ['certain', ['yes']],
  ['uncertain', ['maybe']],
]);

/**
 * The ids of a place and of every place inside it, following `parent` links and `spans` (a
 * border or a railway that spans a country counts as inside it).
 *
 * @example
 * ```ts
 * placeAndDescendants(dataset.places, 'tajikistan-territory').has('badakhshan-tajikistan'); // => true
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

/** Every key an {@link IncidentQuery} has: any other is a misspelling that would filter nothing. */
const QUERY_KEYS: readonly (keyof IncidentQuery)[] = ['actor', 'place', 'type', 'from', 'to', 'match', 'within', 'near', 'dates'];

/**
 * Checks the shape of a `findIncidents` query from a JavaScript caller: an object with known
 * keys, and one actor and one place id (the option types take one, and a list would match no
 * incident), before anything reads it.
 *
 * @throws {TypeError} Naming the query, the unknown key or the option that is not a string.
 *
 * @example
 * ```ts
 * checkIncidentQuery({ actor: 'iskp', type: ['clash'] }); // => undefined
 * ```
 */
export function checkIncidentQuery(query: unknown): asserts query is IncidentFilter {
  checkOptions(query, 'findIncidents', 'query', QUERY_KEYS);
  for (const key of ['actor', 'place'] as const) {
    const value = query[key];
    if (value !== undefined && typeof value !== 'string') {
      throw new TypeError(`findIncidents: ${key} must be one ${key} id (a string), got ${describeValue(value)}`);
    }
  }
}

/**
 * What {@link filterIncidents} reads of an {@link IncidentQuery}, whatever the dataset's record
 * types: an extended dataset's incident types are compared as given.
 */
export type IncidentFilter = Omit<IncidentQuery, 'type'> & { type?: unknown };

/**
 * Filters incidents by actor, place (with the places inside it), type, date and area, ordered by
 * date. `candidates` is the narrowest pre-indexed list available (the actor's incidents, say);
 * `geoOf` gives a place's geometry for the `within` and `near` filters; `dateOf` gives the date
 * to match and order by (the best-supported one, say), by default the incident's own. The
 * query's shape is checked by the caller, with {@link checkIncidentQuery}, before it picks the
 * candidates by actor.
 *
 * @example
 * ```ts
 * filterIncidents(dataset.incidents, { type: 'meeting' }, () => new Set()).length > 0; // => true
 * ```
 */
export function filterIncidents<T extends Incident>(
  candidates: readonly T[],
  query: IncidentFilter,
  placesInside: (place: string) => ReadonlySet<string>,
  geoOf: (place: string) => PlaceGeo | undefined = () => undefined,
  dateOf: (incident: T) => FuzzyDate = (incident) => incident.date,
): T[] {
  checkSpatialQuery(query);
  if (query.dates !== undefined && query.dates !== 'as-reported' && query.dates !== 'best') {
    throw new RangeError(`findIncidents: unknown dates "${String(query.dates)}"; expected as-reported or best`);
  }
  const types = typesOf(query.type);
  const places = query.place === undefined ? undefined : placesInside(query.place);
  const kept = KEPT.get(query.match ?? 'overlaps');
  if (kept === undefined) throw new RangeError(`findIncidents: unknown match "${String(query.match)}"; expected one of ${[...KEPT.keys()].join(', ')}`);
  // Checked here, before any incident is read: a malformed bound must fail even when no incident is left to compare.
  if (query.from !== undefined) assertIsoDate(query.from, 'findIncidents: from');
  if (query.to !== undefined) assertIsoDate(query.to, 'findIncidents: to');
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
        kept.includes(allOf([within(dateOf(incident), window), ...whereAnswers(incident, query, geoOf)])),
    )
    .sort((a, b) => compareFuzzyDates(dateOf(a), dateOf(b)));
}

/** The incident types a query asks for: one type or a list of them. */
function typesOf(type: unknown): ReadonlySet<unknown> | undefined {
  if (type === undefined) return undefined;
  if (typeof type === 'string') return new Set([type]);
  if (Array.isArray(type)) return new Set<unknown>(type);
  throw new TypeError(`findIncidents: type must be an incident type or an array of them, got ${typeof type}`);
}

/** The three-valued answers of the spatial filters for one incident (none when none is asked). */
function whereAnswers(incident: Incident, query: IncidentFilter, geoOf: (place: string) => PlaceGeo | undefined): Tristate[] {
  if (query.within === undefined && query.near === undefined) return [];
  const geo = incident.place === undefined ? undefined : geoOf(incident.place);
  return [...(query.within === undefined ? [] : [placeWithin(geo, query.within)]), ...(query.near === undefined ? [] : [placeNear(geo, query.near)])];
}

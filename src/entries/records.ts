/**
 * `central-asia-security/records`: the bundled records by id, for apps that only read the data.
 * No zod and no query engine: a bundler keeps only the getters an app calls and only the
 * records of those kinds, so `getActor` alone costs the actors and a few hundred bytes. The
 * records are the same frozen objects the main entry's `dataset` holds. For queries
 * (`findIncidents`, `searchActors`, …), validation or the schemas, import the main entry.
 *
 * @module records
 */
import type { Actor, Check, Claim, Incident, Indicator, Observation, Place, Relation, Source } from '../schema/index.js';
import { deepFreeze } from '../dataset/freeze.js';
import { actors, checks, claims, incidents, indicators, observations, places, relations, sources } from './bundled/record-lists.js';
import type { ActorId, CheckId, ClaimId, IncidentId, IndicatorId, ObservationId, PlaceId, RelationId, SourceId } from './bundled/ids.js';

export type { ActorId, CheckId, ClaimId, IncidentId, IndicatorId, ObservationId, PlaceId, RelationId, SourceId };
export type { Actor, Check, Claim, Incident, Indicator, Observation, Place, Relation, Source };

/** A lookup by id over one kind's records, built and frozen on first call (import does no work). */
function byId<T extends { id: string }>(list: readonly T[]): (id: string) => T | undefined {
  let index: Map<string, T> | undefined;
  return (id) => {
    index ??= new Map(deepFreeze(list).map((record) => [record.id, record]));
    return index.get(id);
  };
}

// `npm run build:data` validated the JSON against the schemas; the casts give it its record types.
const sourceById = /* @__PURE__ */ byId(sources as readonly Source[]);
const actorById = /* @__PURE__ */ byId(actors as readonly Actor[]);
const placeById = /* @__PURE__ */ byId(places as readonly Place[]);
const incidentById = /* @__PURE__ */ byId(incidents as readonly Incident[]);
const indicatorById = /* @__PURE__ */ byId(indicators as readonly Indicator[]);
const observationById = /* @__PURE__ */ byId(observations as readonly Observation[]);
const claimById = /* @__PURE__ */ byId(claims as readonly Claim[]);
const relationById = /* @__PURE__ */ byId(relations as readonly Relation[]);
const checkById = /* @__PURE__ */ byId(checks as readonly Check[]);

/**
 * A bundled source by id.
 *
 * @example
 * ```ts
 * getSource('kabulnow-2023-09-central-asia-terrorism-concerns')?.publisher; // => 'KabulNow'
 * ```
 */
export function getSource(id: SourceId): Source | undefined {
  return sourceById(id);
}

/**
 * A bundled actor by id. A misspelt id does not compile.
 *
 * @example
 * ```ts
 * getActor('tajikistan')?.name; // => 'Tajikistan'
 * ```
 */
export function getActor(id: ActorId): Actor | undefined {
  return actorById(id);
}

/**
 * A bundled place by id.
 *
 * @example
 * ```ts
 * getPlace('dushanbe')?.parent; // => 'tajikistan-territory'
 * ```
 */
export function getPlace(id: PlaceId): Place | undefined {
  return placeById(id);
}

/**
 * A bundled incident by id.
 *
 * @example
 * ```ts
 * getIncident('badakhshan-border-incursion-2023-09')?.type; // => 'clash'
 * ```
 */
export function getIncident(id: IncidentId): Incident | undefined {
  return incidentById(id);
}

/**
 * A bundled indicator by id.
 *
 * @example
 * ```ts
 * getIndicator('opium-supply')?.unit; // => 'tonne'
 * ```
 */
export function getIndicator(id: IndicatorId): Indicator | undefined {
  return indicatorById(id);
}

/**
 * A bundled observation by id.
 *
 * @example
 * ```ts
 * getObservation('afghanistan-opium-supply-2022')?.value.value; // => 6200
 * ```
 */
export function getObservation(id: ObservationId): Observation | undefined {
  return observationById(id);
}

/**
 * A bundled claim by id.
 *
 * @example
 * ```ts
 * getClaim('taliban-contained-iskp')?.claimant; // => 'taliban'
 * ```
 */
export function getClaim(id: ClaimId): Claim | undefined {
  return claimById(id);
}

/**
 * A bundled relation by id.
 *
 * @example
 * ```ts
 * getRelation('tajikistan-bans-jamaat-ansarullah')?.type; // => 'bans'
 * ```
 */
export function getRelation(id: RelationId): Relation | undefined {
  return relationById(id);
}

/**
 * A bundled check against primary sources by id.
 *
 * @example
 * ```ts
 * getCheck('check-sco-rats-council-date')?.verdict; // => 'refines'
 * ```
 */
export function getCheck(id: CheckId): Check | undefined {
  return checkById(id);
}

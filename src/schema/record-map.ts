import type { Actor } from './actor.js';
import type { Check } from './check.js';
import type { Claim } from './claim.js';
import type { Incident } from './incident.js';
import type { Indicator } from './indicator.js';
import type { Observation } from './observation.js';
import type { Place } from './place.js';
import type { Relation } from './relation.js';
import type { Source } from './source.js';

/**
 * The record type of each kind. Extended datasets substitute their own types per kind.
 *
 * @example
 * ```ts
 * type A = RecordMap['actor']; // => Actor
 * ```
 */
export interface RecordMap {
  source: Source;
  actor: Actor;
  place: Place;
  incident: Incident;
  indicator: Indicator;
  observation: Observation;
  claim: Claim;
  relation: Relation;
  check: Check;
}

/**
 * The id type of each kind. For a user's dataset every id is a `string`; the bundled dataset
 * narrows each to a union of literal ids.
 *
 * @example
 * ```ts
 * type I = IdMap['actor']; // => string
 * ```
 */
export interface IdMap {
  source: string;
  actor: string;
  place: string;
  incident: string;
  indicator: string;
  observation: string;
  claim: string;
  relation: string;
  check: string;
}

/**
 * Name of each kind's array in a dataset.
 *
 * @example
 * ```ts
 * COLLECTION_OF.actor; // => 'actors'
 * ```
 */
export const COLLECTION_OF = /* @__PURE__ */ Object.freeze({
  source: 'sources',
  actor: 'actors',
  place: 'places',
  incident: 'incidents',
  indicator: 'indicators',
  observation: 'observations',
  claim: 'claims',
  relation: 'relations',
  check: 'checks',
} as const);

/**
 * A dataset's array names: `actors`, `incidents`, …
 *
 * @example
 * ```ts
 * const name: CollectionName = COLLECTION_OF['observation']; // => 'observations'
 * ```
 */
export type CollectionName = (typeof COLLECTION_OF)[keyof typeof COLLECTION_OF];

/**
 * The one description of what a dataset holds: its record kinds ({@link RECORD_KINDS}), the
 * collection each kind is listed in ({@link CollectionOf}) and the record type of each kind
 * ({@link RecordMap}). Every other whole-dataset type (the `Dataset` interface's collections,
 * `DatasetSchema`, the bundled record lists, the tables' input) is mapped from these, so a new
 * kind is added here and the compiler names every place that must handle it.
 *
 * @module
 */
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
 * The record kinds a dataset holds, in the order the dataset lists them.
 *
 * @example
 * ```ts
 * RECORD_KINDS.length; // => 9
 * ```
 */
export const RECORD_KINDS = /* @__PURE__ */ Object.freeze([
  'source',
  'actor',
  'place',
  'incident',
  'indicator',
  'observation',
  'claim',
  'relation',
  'check',
] as const);

/**
 * A record kind: one of {@link RECORD_KINDS}.
 *
 * @example
 * ```ts
 * const kind: RecordKind | undefined = getRecord('dushanbe')?.kind; // => 'place'
 * ```
 */
export type RecordKind = (typeof RECORD_KINDS)[number];

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
export interface IdMap extends Record<RecordKind, string> {}

/**
 * The name of kind `K`'s array in a dataset: its plural, `actors` for `actor`.
 *
 * @example
 * ```ts
 * const name: CollectionOf<'observation'> = 'observations';
 * COLLECTION_OF.observation === name; // => true
 * ```
 */
export type CollectionOf<K extends RecordKind> = `${K}s`;

/**
 * A dataset's array names: `actors`, `incidents`, …
 *
 * @example
 * ```ts
 * const name: CollectionName = COLLECTION_OF['observation']; // => 'observations'
 * ```
 */
export type CollectionName = CollectionOf<RecordKind>;

/**
 * A whole dataset as plain data: for each kind, its collection (`actors`, `incidents`, …) as an
 * array of the type `M` gives that kind. `DatasetCollections<RecordMap>` is our records;
 * `Dataset` has these collections for its own record types.
 *
 * @example
 * ```ts
 * const collections: DatasetCollections<RecordMap> = dataset; // a Dataset has them
 * collections.actors === dataset.actors; // => true
 * ```
 */
export type DatasetCollections<M extends Record<RecordKind, unknown>> = {
  readonly [K in RecordKind as CollectionOf<K>]: readonly M[K][];
};

/** An object with one entry per key, made by `make`: its type is `M`, the entry of key `K` being `M[K]`. */
function entriesOf<Ks extends string, M extends Record<Ks, unknown>>(keys: readonly Ks[], make: <K extends Ks>(key: K) => M[K]): M {
  // Object.fromEntries types its keys as strings; every key gets the entry make(key), typed M[K].
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as M;
}

/**
 * An object with one entry per kind, made by `make`: its type is `M`, the entry of kind `K`
 * being `M[K]`.
 *
 * @example
 * ```ts
 * byKind((kind) => kind.length).observation; // => 11
 * ```
 */
export function byKind<M extends Record<RecordKind, unknown>>(make: <K extends RecordKind>(kind: K) => M[K]): M {
  return entriesOf(RECORD_KINDS, make);
}

/**
 * A by-kind object's entries under their collection names: `{ actor: x }` → `{ actors: x }`.
 *
 * @example
 * ```ts
 * byCollection(byKind((kind) => kind)).actors; // => 'actor'
 * ```
 */
export function byCollection<M extends Record<RecordKind, unknown>>(entries: M): { [K in RecordKind as CollectionOf<K>]: M[K] } {
  // As in entriesOf: each collection gets its own kind's entry, as the mapped type says.
  return Object.fromEntries(RECORD_KINDS.map((kind) => [COLLECTION_OF[kind], entries[kind]])) as { [K in RecordKind as CollectionOf<K>]: M[K] };
}

/** The collection name of each of `kinds`. */
function collectionNames<Ks extends RecordKind>(kinds: readonly Ks[]): { readonly [K in Ks]: CollectionOf<K> } {
  return entriesOf<Ks, { [K in Ks]: CollectionOf<K> }>(kinds, (kind) => `${kind}s`);
}

/**
 * Name of each kind's array in a dataset.
 *
 * @example
 * ```ts
 * COLLECTION_OF.actor; // => 'actors'
 * ```
 */
export const COLLECTION_OF: { readonly [K in RecordKind]: CollectionOf<K> } = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ collectionNames(RECORD_KINDS));

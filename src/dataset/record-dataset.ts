import {
  byKind,
  COLLECTION_OF,
  RECORD_KINDS,
  SYMMETRIC_RELATION_TYPES,
  type DatasetCollections,
  type FuzzyDate,
  type IdMap,
  type Incident,
  type Observation,
  type RecordKind,
  type RecordMap,
} from '../schema/index.js';
import { checkOptions } from '../schema/check-options.js';
import { describeValue } from '../schema/describe-value.js';
import { compareFuzzyDates } from '../time/index.js';
import { findContradictions } from './contradictions.js';
import { checkIncidentQuery, filterIncidents, placeAndDescendants } from './find-incidents.js';
import { deepFreeze } from './freeze.js';
import { bestDateOf, disputesOf, statementsOfField } from './statements.js';
import { actorSearchEntries, rankActors, type ActorSearchEntry } from './search-actors.js';
import type {
  AnyRecord,
  BestDate,
  Contradiction,
  ContradictionOptions,
  Dataset,
  Dispute,
  IncidentQuery,
  RecordMapLike,
  RelationsOfOptions,
  SearchActorsOptions,
  SeriesOptions,
  Statement,
} from './types.js';

/** Every key of {@link SearchActorsOptions}: any other is a misspelling that would be ignored. */
const SEARCH_OPTION_KEYS: readonly (keyof SearchActorsOptions)[] = ['limit'];

/** The record arrays of a dataset, by kind, as handed to {@link RecordDataset}: valid, not yet typed. */
export type RecordsByKind = Record<RecordKind, readonly unknown[]>;

/**
 * The records a dataset of record types `R` holds, by kind: each is the caller's type and, as the
 * schemas of `createDataset` promise (extended schemas keep our fields), ours as well, so the
 * queries read our fields and hand out the caller's type.
 */
type Held<R extends RecordMapLike> = { [K in RecordKind]: R[K] & RecordMap[K] };

interface Indexes<R extends RecordMapLike> {
  byId: Map<string, AnyRecord<Held<R>>>;
  incidentsByActor: Map<string, Held<R>['incident'][]>;
  claimsByClaimant: Map<string, Held<R>['claim'][]>;
  claimsByAbout: Map<string, Held<R>['claim'][]>;
  relationsByActor: Map<string, Held<R>['relation'][]>;
  observationsByIndicator: Map<string, Held<R>['observation'][]>;
  checksByAbout: Map<string, Held<R>['check'][]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One value or several (`type: 'bans'` or `type: ['bans', 'supports']`) as a set. */
function asList(value: unknown): ReadonlySet<unknown> | undefined {
  if (value === undefined) return undefined;
  return new Set<unknown>(Array.isArray(value) ? value : [value]);
}

// TypeScript cannot relate a record of a generic kind K to the union of tagged records
// (microsoft/TypeScript#30581), so the two helpers below state it as overloads: the
// implementation is checked against the kind-free shape, the overload gives callers the kind.

/** A record tagged with its kind, as getRecord returns it; frozen, since getRecord hands it out. */
function tagged<M extends RecordMapLike, K extends RecordKind>(kind: K, record: M[K]): AnyRecord<M>;
function tagged(kind: RecordKind, record: { id: string }): { kind: RecordKind; record: { id: string } } {
  return Object.freeze({ kind, record });
}

/** The record of a tagged hit when it is of `kind`. */
function recordOfKind<M extends RecordMapLike, K extends RecordKind>(hit: AnyRecord<M> | undefined, kind: K): M[K] | undefined;
function recordOfKind(hit: { kind: RecordKind; record: { id: string } } | undefined, kind: RecordKind): { id: string } | undefined {
  return hit?.kind === kind ? hit.record : undefined;
}

/**
 * The Dataset implementation over records that are already valid. It does no work when made:
 * records are frozen and indexes built on first use. Use `createDataset` for untrusted input.
 */
export class RecordDataset<R extends RecordMapLike = RecordMap, I extends IdMap = IdMap> implements Dataset<R, I> {
  #raw: RecordsByKind;
  #frozen = false;
  #indexes: Indexes<R> | undefined;
  #search: ActorSearchEntry<Held<R>['actor']>[] | undefined;
  #placesInside = new Map<string, ReadonlySet<string>>();

  constructor(records: RecordsByKind) {
    this.#raw = records;
    // Shared by every importer: nobody may replace a query on it (private fields still change).
    Object.freeze(this);
  }

  #records(): { readonly [K in RecordKind]: readonly Held<R>[K][] } {
    if (!this.#frozen) {
      for (const kind of RECORD_KINDS) deepFreeze(this.#raw[kind]);
      this.#frozen = true;
    }
    // The one place records get their type: they were validated against R's schemas (by
    // createDataset, or when the bundled data was built), which the constructor's caller vouches for.
    return this.#raw as { readonly [K in RecordKind]: readonly Held<R>[K][] };
  }

  #index(): Indexes<R> {
    if (this.#indexes) return this.#indexes;
    const records = this.#records();
    const index: Indexes<R> = {
      byId: new Map(),
      incidentsByActor: new Map(),
      claimsByClaimant: new Map(),
      claimsByAbout: new Map(),
      relationsByActor: new Map(),
      observationsByIndicator: new Map(),
      checksByAbout: new Map(),
    };
    for (const kind of RECORD_KINDS) {
      for (const record of records[kind]) index.byId.set(record.id, tagged<Held<R>, typeof kind>(kind, record));
    }
    for (const incident of records.incident) {
      for (const actor of new Set(incident.actors.map((a) => a.actor))) push(index.incidentsByActor, actor, incident);
    }
    for (const claim of records.claim) {
      if (claim.status === 'withdrawn') continue;
      push(index.claimsByClaimant, claim.claimant, claim);
      for (const about of new Set(claim.about)) push(index.claimsByAbout, about, claim);
    }
    for (const relation of records.relation) {
      if (relation.status === 'withdrawn') continue;
      push(index.relationsByActor, relation.from, relation);
      push(index.relationsByActor, relation.to, relation);
    }
    for (const observation of records.observation) {
      if (observation.status !== 'withdrawn') push(index.observationsByIndicator, observation.indicator, observation);
    }
    for (const check of records.check) {
      if (check.status !== 'withdrawn') push(index.checksByAbout, check.about, check);
    }
    this.#indexes = index;
    return index;
  }

  #get<K extends RecordKind>(kind: K, id: string): Held<R>[K] | undefined {
    return recordOfKind(this.#index().byId.get(id), kind);
  }

  get sources(): readonly R['source'][] {
    return this.#records().source;
  }
  get actors(): readonly R['actor'][] {
    return this.#records().actor;
  }
  get places(): readonly R['place'][] {
    return this.#records().place;
  }
  get incidents(): readonly R['incident'][] {
    return this.#records().incident;
  }
  get indicators(): readonly R['indicator'][] {
    return this.#records().indicator;
  }
  get observations(): readonly R['observation'][] {
    return this.#records().observation;
  }
  get claims(): readonly R['claim'][] {
    return this.#records().claim;
  }
  get relations(): readonly R['relation'][] {
    return this.#records().relation;
  }
  get checks(): readonly R['check'][] {
    return this.#records().check;
  }

  getSource(id: I['source']): R['source'] | undefined {
    return this.#get('source', id);
  }
  getActor(id: I['actor']): R['actor'] | undefined {
    return this.#get('actor', id);
  }
  getPlace(id: I['place']): R['place'] | undefined {
    return this.#get('place', id);
  }
  getIncident(id: I['incident']): R['incident'] | undefined {
    return this.#get('incident', id);
  }
  getIndicator(id: I['indicator']): R['indicator'] | undefined {
    return this.#get('indicator', id);
  }
  getObservation(id: I['observation']): R['observation'] | undefined {
    return this.#get('observation', id);
  }
  getClaim(id: I['claim']): R['claim'] | undefined {
    return this.#get('claim', id);
  }
  getRelation(id: I['relation']): R['relation'] | undefined {
    return this.#get('relation', id);
  }
  getCheck(id: I['check']): R['check'] | undefined {
    return this.#get('check', id);
  }

  getRecord(id: string): AnyRecord<R> | undefined {
    return this.#index().byId.get(id);
  }

  searchActors(text: string, options: SearchActorsOptions = {}): R['actor'][] {
    const query: unknown = text;
    if (typeof query !== 'string') throw new TypeError(`searchActors: text must be a string, got ${describeValue(query)}`);
    const given: unknown = options;
    checkOptions(given, 'searchActors', 'options', SEARCH_OPTION_KEYS);
    this.#search ??= actorSearchEntries(this.#records().actor);
    return rankActors(this.#search, text, options.limit);
  }

  findIncidents(query: IncidentQuery<R, I> = {}): R['incident'][] {
    // Before the actor index is read: a JavaScript caller's null or misspelt key must not answer.
    checkIncidentQuery(query);
    const candidates = query.actor === undefined ? this.#records().incident : (this.#index().incidentsByActor.get(query.actor) ?? []);
    const dateOf = query.dates === 'best' ? (incident: Incident): FuzzyDate => this.#bestDateOrOwn(incident.id, incident.date) : undefined;
    return filterIncidents(
      candidates,
      query,
      (place) => this.#placesWithin(place),
      (place) => this.#get('place', place)?.geo,
      dateOf,
    );
  }

  #placesWithin(place: string): ReadonlySet<string> {
    let set = this.#placesInside.get(place);
    if (set) return set;
    set = placeAndDescendants(this.#records().place, place);
    // Only known places are kept: one set per distinct string a caller passes would grow forever.
    if (this.#get('place', place) !== undefined) this.#placesInside.set(place, set);
    return set;
  }

  claimsAbout(id: string): R['claim'][] {
    return [...(this.#index().claimsByAbout.get(id) ?? [])];
  }

  claimsBy(id: I['actor']): R['claim'][] {
    return [...(this.#index().claimsByClaimant.get(id) ?? [])];
  }

  contradictions(options: ContradictionOptions = {}): Contradiction<R['claim']>[] {
    return findContradictions(this.#records().claim, options);
  }

  relationsOf(id: I['actor'], options: RelationsOfOptions<R> = {}): R['relation'][] {
    const types = asList(options.type);
    const direction = options.direction ?? 'both';
    // A JavaScript caller's misspelt direction would otherwise read as 'in' and answer wrongly.
    if (direction !== 'both' && direction !== 'out' && direction !== 'in') {
      throw new RangeError(`relationsOf: unknown direction ${JSON.stringify(String(direction))}; expected out, in or both`);
    }
    const symmetric = new Set<string>(SYMMETRIC_RELATION_TYPES);
    return (this.#index().relationsByActor.get(id) ?? []).filter((relation) => {
      if (types && !types.has(relation.type)) return false;
      if (direction === 'both' || symmetric.has(relation.type)) return true;
      return direction === 'out' ? relation.from === id : relation.to === id;
    });
  }

  series(indicatorId: I['indicator'], options: SeriesOptions<I> = {}): R['observation'][] {
    if (options.dates !== undefined && options.dates !== 'as-reported' && options.dates !== 'best') {
      throw new RangeError(`series: unknown dates "${String(options.dates)}"; expected as-reported or best`);
    }
    const periodOf = (o: Observation): FuzzyDate => (options.dates === 'best' ? this.#bestDateOrOwn(o.id, o.period) : o.period);
    return (this.#index().observationsByIndicator.get(indicatorId) ?? [])
      .filter((o) => (options.subject === undefined || o.subject === options.subject) && (options.derived !== false || o.derived === undefined))
      .sort((a, b) => compareFuzzyDates(periodOf(a), periodOf(b)));
  }

  #isId = (id: string): boolean => this.#index().byId.has(id);

  #checksAbout(id: string): readonly Held<R>['check'][] {
    return this.#index().checksByAbout.get(id) ?? [];
  }

  #bestDateOrOwn(id: string, own: FuzzyDate): FuzzyDate {
    return this.bestDate(id)?.date ?? own;
  }

  checksOf(id: string): R['check'][] {
    return [...this.#checksAbout(id)];
  }

  disputed(): Dispute[] {
    const disputes: Dispute[] = [];
    for (const [about, checks] of this.#index().checksByAbout) {
      const hit = this.#index().byId.get(about);
      if (hit !== undefined) disputes.push(...disputesOf(hit, checks, this.#isId));
    }
    return disputes;
  }

  statementsOf(id: string, field?: string): Statement[] {
    const hit = this.#index().byId.get(id);
    if (hit === undefined) return [];
    const checks = this.#checksAbout(id);
    const fields = field === undefined ? [...new Set(checks.map((c) => c.field))] : [field];
    return fields.flatMap((f) => statementsOfField(hit, f, checks, this.#isId));
  }

  bestDate(id: string): BestDate | undefined {
    const hit = this.#index().byId.get(id);
    return hit === undefined ? undefined : bestDateOf(hit, this.#checksAbout(id), this.#isId);
  }
}

/** Reads a validated input's arrays by kind; kinds left out are empty. */
export function recordsByKind(input: Partial<DatasetCollections<Record<RecordKind, unknown>>>): RecordsByKind {
  return byKind<RecordsByKind>((kind) => input[COLLECTION_OF[kind]] ?? []);
}

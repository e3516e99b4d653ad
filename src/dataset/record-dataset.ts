import {
  COLLECTION_OF,
  RECORD_KINDS,
  SYMMETRIC_RELATION_TYPES,
  type Check,
  type Claim,
  type FuzzyDate,
  type IdMap,
  type Incident,
  type Observation,
  type RecordKind,
  type RecordMap,
  type Relation,
} from '../schema/index.js';
import { compareFuzzyDates } from '../time/index.js';
import { findContradictions } from './contradictions.js';
import { filterIncidents, placeAndDescendants } from './find-incidents.js';
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

/** The record arrays of a dataset, by kind. */
export type RecordsByKind = { [K in RecordKind]: readonly unknown[] };

interface Indexes {
  byId: Map<string, AnyRecord>;
  incidentsByActor: Map<string, Incident[]>;
  claimsByClaimant: Map<string, Claim[]>;
  claimsByAbout: Map<string, Claim[]>;
  relationsByActor: Map<string, Relation[]>;
  observationsByIndicator: Map<string, Observation[]>;
  checksByAbout: Map<string, Check[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function asList<T>(value: T | readonly T[] | undefined): ReadonlySet<T> | undefined {
  if (value === undefined) return undefined;
  return new Set(Array.isArray(value) ? (value as readonly T[]) : [value as T]);
}

/**
 * The Dataset implementation over records that are already valid. It does no work when made:
 * records are frozen and indexes built on first use. Use `createDataset` for untrusted input.
 */
export class RecordDataset<R extends RecordMapLike = RecordMap, I extends IdMap = IdMap> implements Dataset<R, I> {
  #raw: RecordsByKind;
  #frozen = false;
  #indexes: Indexes | undefined;
  #search: ActorSearchEntry[] | undefined;
  #placesInside = new Map<string, ReadonlySet<string>>();

  constructor(records: RecordsByKind) {
    this.#raw = records;
    // Shared by every importer: nobody may replace a query on it (private fields still change).
    Object.freeze(this);
  }

  #records(): { [K in RecordKind]: readonly RecordMap[K][] } {
    if (!this.#frozen) {
      for (const kind of RECORD_KINDS) deepFreeze(this.#raw[kind]);
      this.#frozen = true;
    }
    return this.#raw as { [K in RecordKind]: readonly RecordMap[K][] };
  }

  #index(): Indexes {
    if (this.#indexes) return this.#indexes;
    const records = this.#records();
    const index: Indexes = {
      byId: new Map(),
      incidentsByActor: new Map(),
      claimsByClaimant: new Map(),
      claimsByAbout: new Map(),
      relationsByActor: new Map(),
      observationsByIndicator: new Map(),
      checksByAbout: new Map(),
    };
    for (const kind of RECORD_KINDS) {
      // Frozen: getRecord hands this wrapper out, and the getters read its `record` back.
      for (const record of records[kind]) index.byId.set(record.id, Object.freeze({ kind, record }) as AnyRecord);
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

  #get<K extends RecordKind>(kind: K, id: string): R[K] | undefined {
    const hit = this.#index().byId.get(id);
    return hit?.kind === kind ? hit.record : undefined;
  }

  get sources(): readonly R['source'][] { return this.#records().source; }
  get actors(): readonly R['actor'][] { return this.#records().actor; }
  get places(): readonly R['place'][] { return this.#records().place; }
  get incidents(): readonly R['incident'][] { return this.#records().incident; }
  get indicators(): readonly R['indicator'][] { return this.#records().indicator; }
  get observations(): readonly R['observation'][] { return this.#records().observation; }
  get claims(): readonly R['claim'][] { return this.#records().claim; }
  get relations(): readonly R['relation'][] { return this.#records().relation; }
  get checks(): readonly R['check'][] { return this.#records().check; }

  getSource(id: I['source']): R['source'] | undefined { return this.#get('source', id); }
  getActor(id: I['actor']): R['actor'] | undefined { return this.#get('actor', id); }
  getPlace(id: I['place']): R['place'] | undefined { return this.#get('place', id); }
  getIncident(id: I['incident']): R['incident'] | undefined { return this.#get('incident', id); }
  getIndicator(id: I['indicator']): R['indicator'] | undefined { return this.#get('indicator', id); }
  getObservation(id: I['observation']): R['observation'] | undefined { return this.#get('observation', id); }
  getClaim(id: I['claim']): R['claim'] | undefined { return this.#get('claim', id); }
  getRelation(id: I['relation']): R['relation'] | undefined { return this.#get('relation', id); }
  getCheck(id: I['check']): R['check'] | undefined { return this.#get('check', id); }

  getRecord(id: string): AnyRecord<R> | undefined {
    return this.#index().byId.get(id);
  }

  searchActors(text: string, options: SearchActorsOptions = {}): R['actor'][] {
    this.#search ??= actorSearchEntries(this.#records().actor);
    return rankActors(this.#search, text, options.limit);
  }

  findIncidents(query: IncidentQuery<R, I> = {}): R['incident'][] {
    const candidates = query.actor === undefined ? this.#records().incident : (this.#index().incidentsByActor.get(query.actor) ?? []);
    const dateOf = query.dates === 'best' ? (incident: Incident): FuzzyDate => this.#bestDateOrOwn(incident.id, incident.date) : undefined;
    return filterIncidents(
      candidates,
      query as unknown as IncidentQuery,
      (place) => this.#placesWithin(place),
      (place) => {
        const hit = this.#index().byId.get(place);
        return hit?.kind === 'place' ? hit.record.geo : undefined;
      },
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
    const types = asList<string>(options.type as string | readonly string[] | undefined);
    const direction = options.direction ?? 'both';
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

  #checksAbout(id: string): readonly Check[] {
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
export function recordsByKind(input: Partial<Record<string, readonly unknown[]>>): RecordsByKind {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, input[COLLECTION_OF[kind]] ?? []])) as RecordsByKind;
}

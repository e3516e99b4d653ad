import type { CheckAspect, CheckValue, CheckVerdict, DatasetCollections, FuzzyDate, IdMap, RecordKind, RecordMap } from '../schema/index.js';

/**
 * The least every record type must have: the record maps of extended datasets satisfy it.
 *
 * @example
 * ```ts
 * type Ok = RecordMap extends RecordMapLike ? true : false; // => true
 * ```
 */
export type RecordMapLike = Record<RecordKind, { id: string }>;

/**
 * The type of field `K` of `T`, or `never` when `T` has no such field.
 *
 * @example
 * ```ts
 * type T = FieldOf<Incident, 'type'>; // => IncidentType
 * type N = FieldOf<Actor, 'severity'>; // => never
 * ```
 */
export type FieldOf<T, K extends PropertyKey> = T extends { [P in K]: infer V } ? V : never;

/**
 * A record of any kind, tagged with its kind.
 *
 * @example
 * ```ts
 * const hit: AnyRecord | undefined = getRecord('iskp');
 * hit?.kind; // => 'actor'
 * hit?.record.id; // => 'iskp'
 * ```
 */
export type AnyRecord<R extends RecordMapLike = RecordMap> = { [K in RecordKind]: { kind: K; record: R[K] } }[RecordKind];

/**
 * Options for {@link Dataset.searchActors}.
 *
 * @example
 * ```ts
 * searchActors('tajik', { limit: 1 }).map((a) => a.id); // => ['tajikistan']
 * ```
 */
export interface SearchActorsOptions {
  /** At most this many results. */
  limit?: number;
}

/**
 * How {@link Dataset.findIncidents} matches an incident's date interval against `from`/`to`.
 * An incident's date is imprecise: it happened on some day(s) of its interval, not known which.
 * The three-valued answer `within(incident.date, { from, to })` is `yes` (certainly inside),
 * `maybe` (the interval straddles a bound) or `no`; each mode keeps some of those answers:
 *
 * - `overlaps` (the default) and its synonym `possible`: `yes` or `maybe`, i.e. the interval
 *   shares at least one day with the bounds, so the incident may have happened inside them;
 * - `within` and its synonym `certain`: only `yes`, i.e. the whole interval lies inside them;
 * - `uncertain`: only `maybe`, the incidents a reader must check by hand.
 *
 * @example
 * ```ts
 * // The Badakhshan killing happened some day between 1 and 14 September 2023.
 * const on10th = { from: '2023-09-10', to: '2023-09-10' };
 * findIncidents({ ...on10th, match: 'overlaps' }).some((i) => i.id === 'badakhshan-border-incursion-2023-09'); // => true
 * findIncidents({ ...on10th, match: 'within' }).some((i) => i.id === 'badakhshan-border-incursion-2023-09'); // => false
 * ```
 */
export type DateMatch = 'overlaps' | 'within' | 'possible' | 'certain' | 'uncertain';

/**
 * Filters for {@link Dataset.findIncidents}; every filter given must hold.
 *
 * @example
 * ```ts
 * findIncidents({ actor: 'jamaat-ansarullah', type: 'clash' }).map((i) => i.id);
 * // => ['tajikistan-border-incursion-2023-04', 'badakhshan-border-incursion-2023-09']
 * // A box around Dushanbe: the two meetings there are certain, Badakhshan only partly overlaps.
 * findIncidents({ within: [68, 38, 72, 39.5], match: 'certain' }).map((i) => i.place);
 * // => ['dushanbe', 'dushanbe']
 * ```
 */
export interface IncidentQuery<R extends RecordMapLike = RecordMap, I extends IdMap = IdMap> {
  /** Incidents this actor takes part in, in any role. */
  actor?: I['actor'];
  /**
   * Incidents at this place or at any place inside it: a province inside its country, and a
   * border that spans it.
   */
  place?: I['place'];
  /** One incident type or several. */
  type?: FieldOf<R['incident'], 'type'> | readonly FieldOf<R['incident'], 'type'>[];
  /** Earliest day, `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** Latest day, `YYYY-MM-DD`, inclusive. */
  to?: string;
  /** How an imprecise date meets the bounds; default `overlaps`. */
  match?: DateMatch;
  /**
   * Incidents whose place lies inside the box `[west, south, east, north]` (degrees, WGS 84).
   * Three-valued like the dates: a province that straddles the box, or a place with no
   * geometry, is `maybe`, and `match` decides whether maybes are kept (`overlaps`, the default,
   * keeps them; `within` and `certain` keep only yes).
   */
  within?: readonly [number, number, number, number];
  /** Incidents whose place lies within `km` of `lon`, `lat`; three-valued like `within`. */
  near?: { lon: number; lat: number; km: number };
  /**
   * Which date to match and order by: the date `as-reported` in the record (the default), or the
   * `best`-supported one, narrowed or corrected by checks against primary sources (see
   * {@link Dataset.bestDate}); where checks disagree, the reported date is used.
   */
  dates?: DatesOption;
}

/**
 * Which date a query reads: the record's own (`as-reported`) or the best-supported one (`best`).
 *
 * @example
 * ```ts
 * const option: DatesOption = 'best';
 * findIncidents({ from: '2023-09-08', to: '2023-09-08', match: 'within', dates: option }).map((i) => i.id);
 * // => ['us-authorities-iskp-assessment-2023-09', 'sco-rats-council-2023-09', 'us-officials-afghanistan-briefing-2023-09-08']
 * ```
 */
export type DatesOption = 'as-reported' | 'best';

/**
 * Options for {@link Dataset.relationsOf}.
 *
 * @example
 * ```ts
 * relationsOf('jamaat-ansarullah', { type: 'bans', direction: 'in' }).map((r) => r.from); // => ['tajikistan']
 * ```
 */
export interface RelationsOfOptions<R extends RecordMapLike = RecordMap> {
  /** One relation type or several. */
  type?: FieldOf<R['relation'], 'type'> | readonly FieldOf<R['relation'], 'type'>[];
  /** `out` for relations from the actor, `in` for relations to it; default `both`. */
  direction?: 'out' | 'in' | 'both';
}

/**
 * Options for {@link Dataset.series}.
 *
 * @example
 * ```ts
 * series('narcotics-seized', { subject: 'tajikistan', derived: false }).map((o) => o.id).at(-1);
 * // => 'tajikistan-narcotics-seized'
 * ```
 */
export interface SeriesOptions<I extends IdMap = IdMap> {
  /** Only observations of this actor or place. */
  subject?: I['actor'] | I['place'];
  /** Include values we computed (marked `derived`); default true. */
  derived?: boolean;
  /** Order by the period `as-reported` (the default) or by the `best`-supported one. */
  dates?: DatesOption;
}

/**
 * One value of one field of one record, with the sources that support it: the statement model
 * of OpenSanctions' FollowTheMoney (entity, property, value, source) applied to our records.
 * `basis` is `reported` for the value the record holds (its sources are the record's own), or
 * the verdict of the check that supports the value.
 *
 * @example
 * ```ts
 * statementsOf('sco-rats-council-2023-09', 'date').map((s) => [s.basis, s.value.date?.start]);
 * // => [['reported', '2023-09-04'], ['refines', '2023-09-08']]
 * ```
 */
export interface Statement {
  /** Id of the record. */
  about: string;
  /** Dotted path of the field. */
  field: string;
  /** The value, typed: a date, a quantity, a record id or a text. */
  value: CheckValue;
  basis: 'reported' | Exclude<CheckVerdict, 'unverified'>;
  /** Ids of the sources that support the value. */
  sources: string[];
  /** Id of the check that records it; absent for the reported value. */
  check?: string;
}

/**
 * A field of a record that primary sources contradict: the reported value and the
 * contradicting ones, both sides kept and neither preferred.
 *
 * @example
 * ```ts
 * const dispute: Dispute | undefined = disputed().find((d) => d.about === 'unodc-afghanistan-opium-report-2023');
 * dispute?.contradicting[0]?.value.date?.start; // => '2023-06-25'
 * ```
 */
export interface Dispute {
  about: string;
  kind: RecordKind;
  field: string;
  aspect: CheckAspect;
  /** The value the record holds, with its sources; absent when the record leaves the field out. */
  reported: Statement | undefined;
  /** The values contradicting checks support. */
  contradicting: Statement[];
  /** The contradicting checks themselves. */
  checks: RecordMap['check'][];
}

/**
 * The best-supported date of a record and where it comes from.
 *
 * @example
 * ```ts
 * const best: BestDate | undefined = bestDate('taliban-drug-ban-2022');
 * [best?.date?.start, best?.basis]; // => ['2022-04-03', 'refines']
 * ```
 */
export interface BestDate {
  about: string;
  /** The date field: `date`, `period` or `published`. */
  field: string;
  /** The best-supported date; absent only when the record has none and the checks disagree. */
  date: FuzzyDate | undefined;
  /** `reported` when no check changes the date (or checks disagree), else the verdict that did. */
  basis: Statement['basis'];
  /** The sources that support `date`. */
  sources: string[];
  /** The checks that support `date`. */
  checks: string[];
  /** `false` when checks support dates that cannot all hold; `date` is then the reported one. */
  settled: boolean;
  /** When not settled: the values the checks support. */
  alternatives: Statement[];
}

/**
 * A part of two position scopes that does not meet: `aspect`, `place` or `period`.
 *
 * @example
 * ```ts
 * const differs: ScopeDifference[] = contradictions({ disjoint: true })[0]!.pairs[0]!.differs; // => ['aspect']
 * ```
 */
export type ScopeDifference = 'aspect' | 'place' | 'period';

/**
 * One claim affirming a proposition and one denying it, with how their scopes differ (empty when
 * they meet, so that the two really contradict each other).
 *
 * @example
 * ```ts
 * const [pair]: ContradictionPair[] = contradictions()[0]!.pairs;
 * [pair?.affirming.id, pair?.denying.id, pair?.differs]; // => ['un-monitoring-report-taliban-terror-ties', 'taliban-territory-not-used-against-others', []]
 * ```
 */
export interface ContradictionPair<C = RecordMap['claim']> {
  affirming: C;
  denying: C;
  differs: ScopeDifference[];
}

/**
 * Options for `contradictions()`.
 *
 * @example
 * ```ts
 * const options: ContradictionOptions = { disjoint: true };
 * contradictions(options).map((c) => c.topic); // => ['iskp-threat-rising', 'terror-groups-free-in-afghanistan']
 * ```
 */
export interface ContradictionOptions {
  /** Also return propositions whose opposing claims' scopes never meet (default false). */
  disjoint?: boolean;
}

/**
 * Claims that take opposite stances on one proposition, where their scopes meet.
 *
 * @example
 * ```ts
 * const [first] = contradictions();
 * first?.topic; // => 'terror-groups-free-in-afghanistan'
 * ```
 */
export interface Contradiction<C = RecordMap['claim']> {
  /** The proposition's key. */
  topic: string;
  /** What the claims disagree about, as a yes/no question. */
  question: string;
  /** Claims answering yes, in some pair whose scopes meet. */
  affirming: C[];
  /** Claims answering no, in some pair whose scopes meet. */
  denying: C[];
  /** Every affirming–denying pair, with how its scopes differ. */
  pairs: ContradictionPair<C>[];
}

/**
 * A validated, read-only dataset with indexed queries. The bundled data is one; `createDataset`
 * makes more from your own records. Records are deeply frozen; every query returns a new array.
 * Withdrawn records (tombstones) are returned by the getters and left out of every search.
 * Its collections (`actors`, `incidents`, …) are the {@link DatasetCollections} of its record types.
 *
 * @typeParam R - Record type of each kind (your extended types flow through here).
 * @typeParam I - Id type of each kind (literal unions for the bundled data).
 *
 * @example
 * ```ts
 * const bundled: Dataset<RecordMap, BundledIds> = dataset;
 * bundled.getActor('iskp')?.name; // => 'Islamic State–Khorasan Province'
 * createDataset({ actors: [] }).actors; // => []
 * ```
 */
export interface Dataset<R extends RecordMapLike = RecordMap, I extends IdMap = IdMap> extends DatasetCollections<R> {
  getSource(id: I['source']): R['source'] | undefined;
  getActor(id: I['actor']): R['actor'] | undefined;
  getPlace(id: I['place']): R['place'] | undefined;
  getIncident(id: I['incident']): R['incident'] | undefined;
  getIndicator(id: I['indicator']): R['indicator'] | undefined;
  getObservation(id: I['observation']): R['observation'] | undefined;
  getClaim(id: I['claim']): R['claim'] | undefined;
  getRelation(id: I['relation']): R['relation'] | undefined;
  getCheck(id: I['check']): R['check'] | undefined;
  /** Any record by id, tagged with its kind. */
  getRecord(id: string): AnyRecord<R> | undefined;

  /** Actors whose name or alias matches, best match first; case, accents and dashes ignored. */
  searchActors(text: string, options?: SearchActorsOptions): R['actor'][];
  /** Incidents matching every filter given, ordered by date. */
  findIncidents(query?: IncidentQuery<R, I>): R['incident'][];
  /** Claims whose `about` names the record. */
  claimsAbout(id: string): R['claim'][];
  /** Claims the actor asserted. */
  claimsBy(id: I['actor']): R['claim'][];
  /** Every proposition that claims take opposite stances on. */
  contradictions(options?: ContradictionOptions): Contradiction<R['claim']>[];
  /** Relations from or to the actor. */
  relationsOf(id: I['actor'], options?: RelationsOfOptions<R>): R['relation'][];
  /** Observations of an indicator, ordered by period. */
  series(indicatorId: I['indicator'], options?: SeriesOptions<I>): R['observation'][];
  /** Checks of a record against primary sources, in dataset order; withdrawn ones left out. */
  checksOf(id: string): R['check'][];
  /** Every field of every record that a check contradicts, with both sides. */
  disputed(): Dispute[];
  /** Which sources support which value of a record's field (every field checked, if none given). */
  statementsOf(id: string, field?: string): Statement[];
  /** A record's best-supported date, with the sources and checks it comes from. */
  bestDate(id: string): BestDate | undefined;
}

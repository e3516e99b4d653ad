import type {
  AnyRecord,
  BestDate,
  Contradiction,
  ContradictionOptions,
  Dispute,
  IncidentQuery,
  RelationsOfOptions,
  SearchActorsOptions,
  SeriesOptions,
  Statement,
} from '../../dataset/index.js';
import { dataset } from './dataset.js';
import type { ActorId, BundledIds, CheckId, ClaimId, IncidentId, IndicatorId, ObservationId, PlaceId, RelationId, SourceId } from './ids.js';
import type {
  BundledActor as Actor,
  BundledCheck as Check,
  BundledClaim as Claim,
  BundledId,
  BundledIncident as Incident,
  BundledIndicator as Indicator,
  BundledObservation as Observation,
  BundledPlace as Place,
  BundledRecordMap as RecordMap,
  BundledRelation as Relation,
  BundledSource as Source,
} from './records.js';

/**
 * An id argument that accepts any string, but a string literal only when it is a bundled id,
 * so that `getRecord('tajikstan')` does not compile while ids read at run time still pass.
 *
 * @example
 * ```ts
 * const ok: CheckedId<'iskp'> = 'iskp'; // => 'iskp'
 * // const bad: CheckedId<'tajikstan'> = 'tajikstan'; // compile error
 * ```
 */
export type CheckedId<T extends string> = string extends T ? T : T extends BundledId ? T : BundledId;

/**
 * A bundled source by id.
 *
 * @example
 * ```ts
 * getSource('kabulnow-2023-09-central-asia-terrorism-concerns')?.publisher; // => 'KabulNow'
 * ```
 */
export function getSource(id: SourceId): Source | undefined {
  return dataset.getSource(id);
}

/**
 * A bundled actor by id. A misspelt id does not compile.
 *
 * @example
 * ```ts
 * getActor('emomali-rahmon')?.aliases.map((a) => a.name);
 * // => ['Imam Ali Rahmon', 'Mr. Rahmon', 'Emomali Rahmonov', 'Emomalii Rahmon', 'Emomali Rakhmon']
 * // getActor('tajikstan'); // compile error: not an ActorId
 * ```
 */
export function getActor(id: ActorId): Actor | undefined {
  return dataset.getActor(id);
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
  return dataset.getPlace(id);
}

/**
 * A bundled incident by id.
 *
 * @example
 * ```ts
 * getIncident('badakhshan-border-incursion-2023-09')?.fatalities;
 * // => { value: 3, unit: 'person', qualifier: 'exact', text: 'killed three militants' }
 * ```
 */
export function getIncident(id: IncidentId): Incident | undefined {
  return dataset.getIncident(id);
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
  return dataset.getIndicator(id);
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
  return dataset.getObservation(id);
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
  return dataset.getClaim(id);
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
  return dataset.getRelation(id);
}

/**
 * Any bundled record by id, tagged with its kind; for ids read from user input.
 *
 * @example
 * ```ts
 * getRecord('dushanbe')?.kind; // => 'place'
 * const userInput: unknown = 'iskp';
 * getRecord(String(userInput))?.kind; // => 'actor' (any string read at run time)
 * // getRecord('tajikstan'); // compile error: a literal must be a bundled id
 * ```
 */
export function getRecord<const T extends string>(id: CheckedId<T>): AnyRecord<RecordMap> | undefined {
  return dataset.getRecord(id);
}

/**
 * Whether a string is the id of a bundled actor; narrows it to {@link ActorId}.
 *
 * @example
 * ```ts
 * isActorId('iskp'); // => true
 * isActorId('tajikstan'); // => false
 * ```
 */
export function isActorId(id: string): id is ActorId {
  return dataset.getRecord(id)?.kind === 'actor';
}

/**
 * Bundled actors whose name or alias matches the text, best match first. Case, accents, dashes
 * and punctuation are ignored, so "ISKP", "isis-k" and "Islamic State-Khorasan Province" find
 * the same actor.
 *
 * @example
 * ```ts
 * searchActors('Islamic State-Khorasan Province').map((a) => a.id)[0]; // => 'iskp'
 * searchActors('imam ali rahmon').map((a) => a.id); // => ['emomali-rahmon']
 * ```
 */
export function searchActors(text: string, options?: SearchActorsOptions): Actor[] {
  return dataset.searchActors(text, options);
}

/**
 * Bundled incidents matching every filter given, ordered by date. Dates are intervals: by
 * default an incident is kept when its interval overlaps `from`–`to` (it may have happened
 * then); pass `match: 'within'` (or `'certain'`) to keep only incidents that certainly happened
 * then, or `match: 'uncertain'` for only those whose interval straddles a bound (the three-valued
 * answer `maybe`, see `within`). `place` includes the places inside it and the borders that span it.
 *
 * @example
 * ```ts
 * findIncidents({ place: 'tajikistan-territory', type: 'clash' }).map((i) => i.id);
 * // => ['tajikistan-border-incursion-2023-04', 'badakhshan-border-incursion-2023-09']
 * findIncidents({ from: '2023-09-14', to: '2023-09-14', match: 'within' }).map((i) => i.id);
 * // => ['central-asia-consultative-meeting-2023', 'washington-post-us-taliban-intelligence-report']
 * findIncidents({ from: '2023-09-10', to: '2023-09-30', match: 'uncertain' }).some((i) => i.id === 'badakhshan-border-incursion-2023-09');
 * // => true
 * ```
 */
export function findIncidents(query?: IncidentQuery<RecordMap, BundledIds>): Incident[] {
  return dataset.findIncidents(query);
}

/**
 * Bundled claims about a record (an actor, place, incident, …).
 *
 * @example
 * ```ts
 * claimsAbout('iskp').some((c) => c.claimant === 'taliban'); // => true
 * ```
 */
export function claimsAbout<const T extends string>(id: CheckedId<T>): Claim[] {
  return dataset.claimsAbout(id);
}

/**
 * Bundled claims an actor asserted.
 *
 * @example
 * ```ts
 * claimsBy('taliban').map((c) => c.id);
 * // => ['taliban-contained-iskp', 'taliban-territory-not-used-against-others']
 * ```
 */
export function claimsBy(id: ActorId): Claim[] {
  return dataset.claimsBy(id);
}

/**
 * Propositions that bundled claims take opposite stances on where their scopes meet, with the
 * claims on each side; `{ disjoint: true }` adds those whose claims talk past each other.
 *
 * @example
 * ```ts
 * contradictions().map((c) => c.topic); // => ['terror-groups-free-in-afghanistan']
 * const rising = contradictions({ disjoint: true }).find((c) => c.topic === 'iskp-threat-rising');
 * rising?.pairs.map((p) => [p.denying.claimant, p.differs]); // => [['us-authorities', ['aspect']], ['taliban', ['aspect']]]
 * ```
 */
export function contradictions(options: ContradictionOptions = {}): Contradiction<Claim>[] {
  return dataset.contradictions(options);
}

/**
 * Bundled relations from or to an actor, optionally of given types or one direction.
 *
 * @example
 * ```ts
 * relationsOf('jamaat-ansarullah', { type: 'bans' }).map((r) => r.from); // => ['tajikistan']
 * ```
 */
export function relationsOf(id: ActorId, options?: RelationsOfOptions): Relation[] {
  return dataset.relationsOf(id, options);
}

/**
 * Bundled observations of an indicator, ordered by period.
 *
 * @example
 * ```ts
 * series('opium-supply').map((o) => [o.period.start, o.value.value]); // => [['2022-01-01', 6200]]
 * ```
 */
export function series(indicatorId: IndicatorId, options?: SeriesOptions<BundledIds>): Observation[] {
  return dataset.series(indicatorId, options);
}

/**
 * A bundled check by id: what primary sources say about one field of one record.
 *
 * @example
 * ```ts
 * getCheck('check-sco-rats-council-date')?.verdict; // => 'refines'
 * ```
 */
export function getCheck(id: CheckId): Check | undefined {
  return dataset.getCheck(id);
}

/**
 * The checks of a bundled record against primary sources: each with the field checked, the
 * verdict (`confirms`, `refines`, `contradicts`, `unverified`), the value the sources support,
 * and the sources themselves in its citations.
 *
 * @example
 * ```ts
 * checksOf('sco-rats-council-2023-09').map((c) => [c.field, c.verdict]).slice(0, 2);
 * // => [['date', 'refines'], ['place', 'refines']]
 * ```
 */
export function checksOf(id: string): Check[] {
  return dataset.checksOf(id);
}

/**
 * Every field of a bundled record that primary sources contradict, with both sides: the value
 * the record holds (with its sources) and the contradicting values (with theirs). Neither is
 * preferred; the record keeps the article's value.
 *
 * @example
 * ```ts
 * disputed().some((d) => d.about === 'unodc-afghanistan-opium-report-2023' && d.field === 'date'); // => true
 * ```
 */
export function disputed(): Dispute[] {
  return dataset.disputed();
}

/**
 * Which sources support which value of a bundled record's field: the record's own value with
 * its sources, then one statement per check that supports a value (FollowTheMoney's statement
 * model: record, field, value, sources). Without a field, every field that checks cover.
 *
 * @example
 * ```ts
 * statementsOf('sco-rats-council-2023-09', 'date').map((s) => s.basis); // => ['reported', 'refines']
 * ```
 */
export function statementsOf(id: string, field?: string): Statement[] {
  return dataset.statementsOf(id, field);
}

/**
 * A bundled record's best-supported date: the date checks against primary sources agree on,
 * with the sources and checks it comes from, or the reported date when no check changes it or
 * checks disagree (`settled: false`, with the `alternatives`).
 *
 * @example
 * ```ts
 * const best = bestDate('sco-rats-council-2023-09');
 * [best?.date?.start, best?.basis, best?.settled]; // => ['2023-09-08', 'refines', true]
 * ```
 */
export function bestDate(id: string): BestDate | undefined {
  return dataset.bestDate(id);
}

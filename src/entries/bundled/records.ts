import type {
  Actor,
  Check,
  CheckValue,
  Citation,
  Claim,
  ClaimChannel,
  Derivation,
  Incident,
  IncidentActor,
  Indicator,
  Observation,
  Place,
  Relation,
  Source,
  Withdrawal,
} from '../../schema/index.js';
import type { ActorId, BundledIds, CheckId, ClaimId, IncidentId, IndicatorId, ObservationId, PlaceId, RelationId, SourceId } from './ids.js';

/** `T` with the fields of `R` put in place of its own. */
type Replace<T, R> = Omit<T, keyof R> & R;

/** The fields every bundled record shares, with its own id and its sources' ids. */
type Sourced<T, Id> = Replace<T, { id: Id; citations: BundledCitation[]; withdrawal?: Replace<Withdrawal, { successor?: Id }> }>;

/**
 * The id of any bundled record, of any kind.
 *
 * @example
 * ```ts
 * const id: BundledId = 'dushanbe';
 * getRecord(id)?.kind; // => 'place'
 * ```
 */
export type BundledId = BundledIds[keyof BundledIds];

/**
 * A citation of the bundled data: its `source` is a {@link SourceId}.
 *
 * @example
 * ```ts
 * const source: SourceId | undefined = getActor('iskp')?.citations[0]?.source;
 * source; // => 'kabulnow-2023-09-central-asia-terrorism-concerns'
 * ```
 */
export type BundledCitation = Replace<Citation, { source: SourceId }>;

/**
 * A bundled source, with its literal id.
 *
 * @example
 * ```ts
 * const id: SourceId | undefined = getSource('kabulnow-2023-09-central-asia-terrorism-concerns')?.id;
 * id; // => 'kabulnow-2023-09-central-asia-terrorism-concerns'
 * ```
 */
export type BundledSource = Replace<Source, { id: SourceId }>;

/**
 * A bundled actor: its id and `memberOf` are {@link ActorId}s, so they chain into other queries.
 *
 * @example
 * ```ts
 * const id: ActorId = getActor('taliban')!.id;
 * relationsOf(id).length > 0; // => true
 * ```
 */
export type BundledActor = Replace<Sourced<Actor, ActorId>, { memberOf?: ActorId }>;

/**
 * A bundled place: `parent` and `spans` are {@link PlaceId}s.
 *
 * @example
 * ```ts
 * const parent: PlaceId | undefined = getPlace('dushanbe')?.parent;
 * getPlace(parent!)?.name; // => 'Tajikistan'
 * ```
 */
export type BundledPlace = Replace<Sourced<Place, PlaceId>, { parent?: PlaceId; spans?: PlaceId[] }>;

/**
 * An actor's part in a bundled incident: `actor` is an {@link ActorId}.
 *
 * @example
 * ```ts
 * const [host]: BundledIncidentActor[] = getIncident('central-asia-consultative-meeting-2023')?.actors ?? [];
 * getActor(host!.actor)?.name; // => 'Tajikistan'
 * ```
 */
export type BundledIncidentActor = Replace<IncidentActor, { actor: ActorId }>;

/**
 * A bundled incident: `place` is a {@link PlaceId}, each actor an {@link ActorId}.
 *
 * @example
 * ```ts
 * const incident = getIncident('badakhshan-border-incursion-2023-09')!;
 * getPlace(incident.place!)?.kind; // => 'province'
 * ```
 */
export type BundledIncident = Replace<Sourced<Incident, IncidentId>, { place?: PlaceId; actors: BundledIncidentActor[] }>;

/**
 * A bundled indicator, with its literal id.
 *
 * @example
 * ```ts
 * series(getIndicator('opium-supply')!.id).length; // => 1
 * ```
 */
export type BundledIndicator = Sourced<Indicator, IndicatorId>;

/**
 * A bundled observation: `indicator`, `subject`, `claim` and derived inputs are literal ids.
 *
 * @example
 * ```ts
 * const o = getObservation('afghanistan-opium-supply-2022')!;
 * getIndicator(o.indicator)?.unit; // => 'tonne'
 * ```
 */
export type BundledObservation = Replace<
  Sourced<Observation, ObservationId>,
  { indicator: IndicatorId; subject: ActorId | PlaceId; derived?: Replace<Derivation, { inputs: ObservationId[] }>; claim?: ClaimId }
>;

/**
 * A bundled claim: `claimant`, `about`, `via` actors and `incident` are literal ids.
 *
 * @example
 * ```ts
 * const claim = getClaim('taliban-contained-iskp')!;
 * claimsBy(claim.claimant).length; // => 2
 * ```
 */
export type BundledClaim = Replace<
  Sourced<Claim, ClaimId>,
  { claimant: ActorId; about: BundledId[]; via?: Replace<ClaimChannel, { actor?: ActorId }>[]; incident?: IncidentId }
>;

/**
 * A bundled relation: `from`, `to` and `claim` are literal ids.
 *
 * @example
 * ```ts
 * const relation = getRelation('tajikistan-bans-jamaat-ansarullah')!;
 * getActor(relation.to)?.kind; // => 'armed-group'
 * ```
 */
export type BundledRelation = Replace<Sourced<Relation, RelationId>, { from: ActorId; to: ActorId; claim?: ClaimId }>;

/**
 * A bundled check: what primary sources say about one field of one bundled record, with the
 * records it checks, points to and adds typed as bundled ids.
 *
 * @example
 * ```ts
 * const check: BundledCheck | undefined = getCheck(checksOf('sco-rats-council-2023-09')[0]!.id);
 * check?.about; // => 'sco-rats-council-2023-09'
 * ```
 */
export type BundledCheck = Replace<Sourced<Check, CheckId>, { about: BundledId; value?: Replace<CheckValue, { record?: BundledId }>; adds?: BundledId[] }>;

/**
 * The record type of each kind in the bundled data: our records with every id and reference
 * field typed with the literal id unions, so that query results chain into other queries.
 *
 * @example
 * ```ts
 * const actor: BundledRecordMap['actor'] | undefined = getActor('iskp');
 * actor?.id; // => 'iskp'
 * ```
 */
export interface BundledRecordMap {
  source: BundledSource;
  actor: BundledActor;
  place: BundledPlace;
  incident: BundledIncident;
  indicator: BundledIndicator;
  observation: BundledObservation;
  claim: BundledClaim;
  relation: BundledRelation;
  check: BundledCheck;
}

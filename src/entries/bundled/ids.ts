import type { IdMap } from '../../schema/index.js';
import type { ActorId, CheckId, ClaimId, IncidentId, IndicatorId, ObservationId, PlaceId, RelationId, SourceId } from '../../generated/ids.js';

export type { ActorId, CheckId, ClaimId, IncidentId, IndicatorId, ObservationId, PlaceId, RelationId, SourceId };

/**
 * The literal id union of each kind in the bundled data, so that a misspelt id is a compile error.
 *
 * @example
 * ```ts
 * const id: BundledIds['actor'] = 'tajikistan';
 * getActor(id)?.name; // => 'Tajikistan'
 * // const bad: BundledIds['actor'] = 'tajikstan'; // compile error
 * ```
 */
export interface BundledIds extends IdMap {
  source: SourceId;
  actor: ActorId;
  place: PlaceId;
  incident: IncidentId;
  indicator: IndicatorId;
  observation: ObservationId;
  claim: ClaimId;
  relation: RelationId;
  check: CheckId;
}

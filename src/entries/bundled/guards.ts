import type { RecordKind } from '../../schema/index.js';
import { dataset } from './dataset.js';
import type { BundledIds, CheckId, ClaimId, IncidentId, IndicatorId, ObservationId, PlaceId, RelationId, SourceId } from './ids.js';
import type { BundledId } from './records.js';

const isIdOf =
  <K extends RecordKind>(kind: K) =>
  (id: string): id is BundledIds[K] =>
    dataset.getRecord(id)?.kind === kind;

/**
 * Whether a string is the id of any bundled record; narrows it to {@link BundledId}.
 *
 * @example
 * ```ts
 * isBundledId('dushanbe'); // => true
 * isBundledId('nowhere'); // => false
 * ```
 */
export function isBundledId(id: string): id is BundledId {
  return dataset.getRecord(id) !== undefined;
}

/**
 * Whether a string is the id of a bundled source; narrows it to {@link SourceId}.
 *
 * @example
 * ```ts
 * isSourceId('kabulnow-2023-09-central-asia-terrorism-concerns'); // => true
 * ```
 */
export const isSourceId: (id: string) => id is SourceId = /* @__PURE__ */ isIdOf('source');

/**
 * Whether a string is the id of a bundled place; narrows it to {@link PlaceId}.
 *
 * @example
 * ```ts
 * isPlaceId('dushanbe'); // => true
 * isPlaceId('iskp'); // => false
 * ```
 */
export const isPlaceId: (id: string) => id is PlaceId = /* @__PURE__ */ isIdOf('place');

/**
 * Whether a string is the id of a bundled incident; narrows it to {@link IncidentId}.
 *
 * @example
 * ```ts
 * isIncidentId('badakhshan-border-incursion-2023-09'); // => true
 * ```
 */
export const isIncidentId: (id: string) => id is IncidentId = /* @__PURE__ */ isIdOf('incident');

/**
 * Whether a string is the id of a bundled indicator; narrows it to {@link IndicatorId}.
 *
 * @example
 * ```ts
 * isIndicatorId('opium-supply'); // => true
 * ```
 */
export const isIndicatorId: (id: string) => id is IndicatorId = /* @__PURE__ */ isIdOf('indicator');

/**
 * Whether a string is the id of a bundled observation; narrows it to {@link ObservationId}.
 *
 * @example
 * ```ts
 * isObservationId('afghanistan-opium-supply-2022'); // => true
 * ```
 */
export const isObservationId: (id: string) => id is ObservationId = /* @__PURE__ */ isIdOf('observation');

/**
 * Whether a string is the id of a bundled claim; narrows it to {@link ClaimId}.
 *
 * @example
 * ```ts
 * isClaimId('taliban-contained-iskp'); // => true
 * ```
 */
export const isClaimId: (id: string) => id is ClaimId = /* @__PURE__ */ isIdOf('claim');

/**
 * Whether a string is the id of a bundled relation; narrows it to {@link RelationId}.
 *
 * @example
 * ```ts
 * isRelationId('tajikistan-bans-jamaat-ansarullah'); // => true
 * ```
 */
export const isRelationId: (id: string) => id is RelationId = /* @__PURE__ */ isIdOf('relation');

/**
 * Whether a string is the id of a bundled check; narrows it to {@link CheckId}.
 *
 * @example
 * ```ts
 * isCheckId(checksOf('sco-rats-council-2023-09')[0]!.id); // => true
 * isCheckId('sco-rats-council-2023-09'); // => false
 * ```
 */
export const isCheckId: (id: string) => id is CheckId = /* @__PURE__ */ isIdOf('check');

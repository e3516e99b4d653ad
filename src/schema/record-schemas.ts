import type * as z from 'zod';
import { ActorSchema } from './actor.js';
import { CheckSchema } from './check.js';
import { ClaimSchema } from './claim.js';
import { IncidentSchema } from './incident.js';
import { IndicatorSchema } from './indicator.js';
import { ObservationSchema } from './observation.js';
import { PlaceSchema } from './place.js';
import { RelationSchema } from './relation.js';
import { SourceSchema } from './source.js';
import type { RecordKind, RecordMap } from './record-map.js';

/**
 * Our refined schema of each record kind, by kind.
 *
 * @example
 * ```ts
 * RECORD_SCHEMAS.incident === IncidentSchema; // => true
 * ```
 */
export const RECORD_SCHEMAS = /* @__PURE__ */ Object.freeze({
  source: SourceSchema,
  actor: ActorSchema,
  place: PlaceSchema,
  incident: IncidentSchema,
  indicator: IndicatorSchema,
  observation: ObservationSchema,
  claim: ClaimSchema,
  relation: RelationSchema,
  check: CheckSchema,
} as const satisfies { [K in RecordKind]: z.ZodType<RecordMap[K]> });

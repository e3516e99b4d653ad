import type { z } from 'zod';
import {
  ActorSchema,
  ClaimSchema,
  IncidentSchema,
  IndicatorSchema,
  ObservationSchema,
  PlaceSchema,
  RelationSchema,
  SourceSchema,
  type RecordKind,
} from '../schema/index.js';

/**
 * The schema `createDataset` validates each kind with unless the caller passes its own.
 *
 * @example
 * ```ts
 * DEFAULT_SCHEMAS.actor === ActorSchema; // => true
 * ```
 */
export const DEFAULT_SCHEMAS = {
  source: SourceSchema,
  actor: ActorSchema,
  place: PlaceSchema,
  incident: IncidentSchema,
  indicator: IndicatorSchema,
  observation: ObservationSchema,
  claim: ClaimSchema,
  relation: RelationSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

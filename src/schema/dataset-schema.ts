import * as z from 'zod';
import { ActorSchema } from './actor.js';
import { CheckSchema } from './check.js';
import { ClaimSchema } from './claim.js';
import { IncidentSchema } from './incident.js';
import { IndicatorSchema } from './indicator.js';
import { ObservationSchema } from './observation.js';
import { PlaceSchema } from './place.js';
import { RelationSchema } from './relation.js';
import { SourceSchema } from './source.js';

/**
 * The shape of a whole dataset: one array per record kind, each optional on input.
 * Cross-record rules (unique ids, references, quotes) are checked by `createDataset`, not here.
 *
 * @example
 * ```ts
 * DatasetSchema.parse({ actors: [] }); // => { actors: [] }
 * ```
 */
export const DatasetSchema = z.strictObject({
  sources: z.array(SourceSchema).optional(),
  actors: z.array(ActorSchema).optional(),
  places: z.array(PlaceSchema).optional(),
  incidents: z.array(IncidentSchema).optional(),
  indicators: z.array(IndicatorSchema).optional(),
  observations: z.array(ObservationSchema).optional(),
  claims: z.array(ClaimSchema).optional(),
  relations: z.array(RelationSchema).optional(),
  checks: z.array(CheckSchema).optional(),
});

/**
 * The input shape of a whole dataset.
 *
 * @example
 * ```ts
 * const input: DatasetInput = { actors: [], incidents: [] };
 * DatasetSchema.safeParse(input).success; // => true
 * ```
 */
export type DatasetInput = z.input<typeof DatasetSchema>;

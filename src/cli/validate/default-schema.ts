import type * as z from 'zod';
import type { RecordKind } from '../../schema/index.js';

/**
 * Each kind's module, imported when that kind is validated: building every kind's schema cost
 * `validate` a fifth of its start-up on a small file, for the one kind it reads
 * (docs/performance.md).
 */
const LOADERS: { readonly [K in RecordKind]: () => Promise<z.ZodType> } = {
  source: async () => (await import('../../schema/source.js')).sourceSchema(),
  actor: async () => (await import('../../schema/actor.js')).actorSchema(),
  place: async () => (await import('../../schema/place.js')).placeSchema(),
  incident: async () => (await import('../../schema/incident.js')).incidentSchema(),
  indicator: async () => (await import('../../schema/indicator.js')).indicatorSchema(),
  observation: async () => (await import('../../schema/observation.js')).observationSchema(),
  claim: async () => (await import('../../schema/claim.js')).claimSchema(),
  relation: async () => (await import('../../schema/relation.js')).relationSchema(),
  check: async () => (await import('../../schema/check.js')).checkSchema(),
};

/**
 * Our schema for `kind`, the one `createDataset` uses (`RECORD_SCHEMAS[kind]`), loading only
 * that kind's module and what it builds on.
 *
 * @example
 * ```ts
 * (await defaultSchema('incident')) === IncidentSchema; // => true
 * ```
 */
export function defaultSchema(kind: RecordKind): Promise<z.ZodType> {
  return LOADERS[kind]();
}

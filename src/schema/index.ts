/**
 * `central-asia-security/schema`: the zod schemas and their types, with no data.
 *
 * Each record kind comes twice: `XBaseSchema`, a refinement-free object to `.extend()`, and
 * `XSchema`, the refined schema to `.safeExtend()` or use as is.
 *
 * @module schema
 */
export * from './vocabulary.js';
export * from './id.js';
export * from './fuzzy-date.js';
export * from './quantity.js';
export * from './citation.js';
export { InferenceSchema, ExternalIdSchema, WithdrawalSchema, RecordBaseSchema } from './record-base.js';
export type { Inference, ExternalId, Withdrawal, RecordBase } from './record-base.js';
export * from './source.js';
export * from './actor.js';
export * from './place.js';
export * from './incident.js';
export * from './indicator.js';
export * from './observation.js';
export * from './claim.js';
export * from './relation.js';
export * from './dataset.js';
export * from './record-map.js';
export * from './define-schemas.js';
export * from './record-schemas.js';
export * from './json-schema.js';

/**
 * `central-asia-security/schema`: the zod schemas and their types, with no data.
 *
 * Each record kind comes twice: `XBaseSchema`, a refinement-free object to `.extend()`, and
 * `XSchema`, the refined schema to `.safeExtend()` or use as is.
 *
 * @module schema
 */
export * from '../schema/index.js';

import { RECORD_SCHEMAS } from '../schema/index.js';

/**
 * The schema `createDataset` validates each kind with unless the caller passes its own.
 *
 * @example
 * ```ts
 * DEFAULT_SCHEMAS.actor === ActorSchema; // => true
 * ```
 */
export const DEFAULT_SCHEMAS = RECORD_SCHEMAS;

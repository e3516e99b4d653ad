import type { Dataset } from '../../src/dataset/index.js';
import { COLLECTION_OF, RECORD_KINDS } from '../../src/schema/index.js';

/** Every record of a dataset, by collection, as plain arrays: comparable with the input. */
export function recordsOf(ds: Dataset): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [COLLECTION_OF[kind], [...ds[COLLECTION_OF[kind]]]]));
}

import { RecordDataset, recordsByKind, type Dataset } from '../../dataset/index.js';
import { RECORD_LISTS } from './record-lists.js';
import type { RecordMap } from '../../schema/index.js';
import type { BundledIds } from './ids.js';

/**
 * The bundled dataset: every record coded from the sources, validated when the package was
 * built. Records are deeply frozen on first access; indexes are built on first query.
 *
 * @example
 * ```ts
 * dataset.actors.length > 0; // => true
 * dataset.getActor('tajikistan')?.name; // => 'Tajikistan'
 * ```
 */
export const dataset: Dataset<RecordMap, BundledIds> = /* @__PURE__ */ new RecordDataset<RecordMap, BundledIds>(
  /* @__PURE__ */ recordsByKind(RECORD_LISTS),
);

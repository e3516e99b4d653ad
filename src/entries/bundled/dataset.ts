import { RecordDataset, recordsByKind, type Dataset } from '../../dataset/index.js';
import { RECORD_LISTS } from './record-lists.js';
import type { BundledIds } from './ids.js';
import type { BundledRecordMap } from './records.js';

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
export const dataset: Dataset<BundledRecordMap, BundledIds> = /* @__PURE__ */ new RecordDataset<BundledRecordMap, BundledIds>(
  /* @__PURE__ */ recordsByKind(RECORD_LISTS),
);

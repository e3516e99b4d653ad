import { COLLECTION_OF, RECORD_KINDS, type RecordKind } from '../schema/index.js';
import type { CreateDatasetOptions, RecordsOf, SchemaOverrides } from './create-dataset.js';
import { DEFAULT_SCHEMAS } from './default-schemas.js';
import { RecordDataset } from './record-dataset.js';
import type { Dataset } from './types.js';
import { validateDataset, type SchemaSet } from './validate-dataset.js';
import { DatasetValidationError, type ValidationIssue } from './validation-error.js';
import { idOf } from './record-id.js';

/**
 * Either side of a merge: a Dataset (the bundled one, say) or plain input for `createDataset`.
 *
 * @example
 * ```ts
 * const mine: MergeInput = { actors: [] };
 * mergeDatasets(dataset, mine).actors.length === dataset.actors.length; // => true
 * ```
 */
export type MergeInput = Dataset<any, any> | Readonly<Partial<Record<string, readonly unknown[]>>>;

interface Seen {
  kind: RecordKind;
  index: number;
}

function collectionOf(input: MergeInput, kind: RecordKind, side: string): readonly unknown[] {
  const value = (input as Record<string, unknown>)[COLLECTION_OF[kind]];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`mergeDatasets: the ${side} dataset's "${COLLECTION_OF[kind]}" is not an array`);
  return value;
}

/** Ids that both sides use, each reported once with both records named. */
function collisions(a: Record<RecordKind, readonly unknown[]>, b: Record<RecordKind, readonly unknown[]>): ValidationIssue[] {
  const firstIds = new Map<string, Seen>();
  for (const kind of RECORD_KINDS) {
    a[kind].forEach((record, index) => {
      const id = idOf(record);
      if (id !== undefined && !firstIds.has(id)) firstIds.set(id, { kind, index });
    });
  }
  const issues: ValidationIssue[] = [];
  for (const kind of RECORD_KINDS) {
    b[kind].forEach((record, index) => {
      const id = idOf(record);
      const first = id === undefined ? undefined : firstIds.get(id);
      if (id === undefined || first === undefined) return;
      issues.push({
        code: 'duplicate-id',
        kind,
        id,
        index: a[kind].length + index,
        path: ['id'],
        message:
          `id "${id}" is used by both datasets: ${first.kind} "${id}" at ${COLLECTION_OF[first.kind]}[${first.index}] of the first ` +
          `and ${kind} "${id}" at ${COLLECTION_OF[kind]}[${index}] of the second`,
      });
    });
  }
  return issues;
}

/**
 * Merges two datasets, typically the bundled one and yours, into one validated Dataset. The
 * union is validated as a whole: your records may reference ours (an incident of yours naming
 * the actor `iskp`), and every reference, id and quote is checked across both sides. Records
 * are validated with `options.schemas` (ours by default), so extended schemas must accept the
 * other side's records too: add optional fields, or vocabulary with `defineSchemas`.
 *
 * @throws {DatasetValidationError} listing every problem; an id used on both sides is one
 * `duplicate-id` issue naming both records (kind, collection and position on each side).
 *
 * @example
 * ```ts
 * // doctest: skip (needs a source of your own with the quoted text, `mySource`)
 * const merged = mergeDatasets(dataset, {
 *   sources: [mySource],
 *   incidents: [{ id: 'my-clash', type: 'clash', title: 'Clash', actors: [{ actor: 'iskp', role: 'perpetrator' }],
 *     date: { start: '2024-03-01', end: '2024-03-01', precision: 'day' }, citations: [{ source: 'my-source', quote: 'clash' }] }],
 * });
 * merged.findIncidents({ actor: 'iskp' }).some((i) => i.id === 'my-clash'); // => true
 * mergeDatasets(dataset, { actors: [{ ...getActor('iskp'), name: 'Copy' }] });
 * // throws DatasetValidationError: id "iskp" is used by both datasets: actor "iskp" at actors[…] of the first and actor "iskp" at actors[0] of the second
 * ```
 */
export function mergeDatasets<const S extends SchemaOverrides = {}>(
  first: MergeInput,
  second: MergeInput,
  options: CreateDatasetOptions<S> = {},
): Dataset<RecordsOf<S>> {
  const a = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, collectionOf(first, kind, 'first')])) as Record<RecordKind, readonly unknown[]>;
  const b = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, collectionOf(second, kind, 'second')])) as Record<RecordKind, readonly unknown[]>;
  const union = Object.fromEntries(RECORD_KINDS.map((kind) => [COLLECTION_OF[kind], [...a[kind], ...b[kind]]]));
  const crossIssues = collisions(a, b);
  const colliding = new Set(crossIssues.map((issue) => issue.id));
  const schemas = { ...DEFAULT_SCHEMAS, ...options.schemas } as SchemaSet;
  const { records, issues } = validateDataset(union, schemas);
  // A collision across the sides is reported once, by our message that names both records.
  const own = issues.filter((issue) => !(issue.code === 'duplicate-id' && colliding.has(issue.id)));
  const all = [...crossIssues, ...own];
  if (all.length > 0) throw new DatasetValidationError(all);
  return new RecordDataset<RecordsOf<S>>(records);
}

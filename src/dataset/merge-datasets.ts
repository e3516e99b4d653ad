import { byKind, COLLECTION_OF, RECORD_KINDS, type RecordKind } from '../schema/index.js';
import type { CreateDatasetOptions, RecordsOf, SchemaOverrides } from './create-dataset.js';
import { schemaSetOf } from './schema-set.js';
import { RecordDataset, type RecordsByKind } from './record-dataset.js';
import type { Dataset, RecordMapLike } from './types.js';
import { readCollections, validateCollections, type Collections } from './validate-dataset.js';
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
export type MergeInput = Dataset<RecordMapLike> | Readonly<Partial<Record<string, readonly unknown[]>>>;

interface Seen {
  kind: RecordKind;
  index: number;
}

/**
 * One side's collections: a Dataset's own (already valid and frozen), or plain input read by the
 * same rules as createDataset's, each shape issue saying which side it is on.
 */
function sideOf(input: unknown, side: 'first' | 'second'): Collections {
  if (input instanceof RecordDataset) {
    const dataset = input;
    const collections = byKind<RecordsByKind>((kind) => dataset[COLLECTION_OF[kind]]);
    return { collections, issues: [] };
  }
  const read = readCollections(input);
  return { collections: read.collections, issues: read.issues.map((issue) => ({ ...issue, message: `the ${side} dataset: ${issue.message}` })) };
}

/** Ids that both sides use, each reported once with both records named. */
function collisions(a: RecordsByKind, b: RecordsByKind): ValidationIssue[] {
  const firstIds = new Map<string, Seen>();
  for (const kind of RECORD_KINDS) {
    for (let index = 0; index < a[kind].length; index++) {
      const id = idOf(a[kind][index]);
      if (id !== undefined && !firstIds.has(id)) firstIds.set(id, { kind, index });
    }
  }
  const issues: ValidationIssue[] = [];
  for (const kind of RECORD_KINDS) {
    for (let index = 0; index < b[kind].length; index++) {
      const id = idOf(b[kind][index]);
      const first = id === undefined ? undefined : firstIds.get(id);
      if (id === undefined || first === undefined) continue;
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
    }
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
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- {} is "no overrides": what RecordsOf maps to our own record types
export function mergeDatasets<const S extends SchemaOverrides = {}>(
  first: MergeInput,
  second: MergeInput,
  options: CreateDatasetOptions<S> = {},
): Dataset<RecordsOf<S>> {
  const left = sideOf(first, 'first');
  const right = sideOf(second, 'second');
  const { schemas, issues: optionIssues } = schemaSetOf(options);
  const shapeIssues = [...optionIssues, ...left.issues, ...right.issues];
  if (shapeIssues.length > 0) throw new DatasetValidationError(shapeIssues);
  const a = left.collections;
  const b = right.collections;
  const union = byKind<RecordsByKind>((kind) => [...a[kind], ...b[kind]]);
  const crossIssues = collisions(a, b);
  const colliding = new Set(crossIssues.map((issue) => issue.id));
  const { records, issues } = validateCollections(union, schemas);
  // A collision across the sides is reported once, by our message that names both records.
  const own = issues.filter((issue) => !(issue.code === 'duplicate-id' && colliding.has(issue.id)));
  const all = [...crossIssues, ...own];
  if (all.length > 0) throw new DatasetValidationError(all);
  return new RecordDataset<RecordsOf<S>>(records);
}

import type * as z from 'zod';
import { byCollection, byKind, COLLECTION_OF, type DatasetCollections, type RecordKind, type RecordMap } from '../schema/index.js';
import { schemaSetOf } from './schema-set.js';
import { RecordDataset, type RecordsByKind } from './record-dataset.js';
import type { Dataset } from './types.js';
import { validateDataset } from './validate-dataset.js';
import { DatasetValidationError } from './validation-error.js';

/**
 * Schemas to validate some kinds with instead of ours, typically ours extended:
 * `{ incident: IncidentSchema.safeExtend({ severity: z.number() }) }`. Each must still produce a
 * record with an `id`; cross-record checks read the fields our schemas define.
 *
 * @example
 * ```ts
 * const overrides: SchemaOverrides = { incident: IncidentSchema.safeExtend({ severity: z.number() }) };
 * Object.keys(overrides); // => ['incident']
 * ```
 */
export type SchemaOverrides = { [K in RecordKind]?: z.ZodType<{ id: string }> };

/**
 * The record types a dataset built with these overrides holds: your schema's output where you
 * gave one, ours elsewhere.
 *
 * @example
 * ```ts
 * type R = RecordsOf<{ incident: typeof MyIncidentSchema }>;
 * // => R['incident'] is z.infer<typeof MyIncidentSchema>; R['actor'] is Actor
 * ```
 */
export type RecordsOf<S extends SchemaOverrides> = {
  [K in RecordKind]: S[K] extends z.ZodType<infer O extends { id: string }> ? O : RecordMap[K];
};

/**
 * Options for {@link createDataset}.
 *
 * @example
 * ```ts
 * const options: CreateDatasetOptions = { schemas: { actor: ActorSchema.safeExtend({ founded: z.number() }) } };
 * createDataset({ actors: [] }, options).actors; // => []
 * ```
 */
export interface CreateDatasetOptions<S extends SchemaOverrides = SchemaOverrides> {
  /** Your schemas for some kinds; their output types flow through to every query. */
  schemas?: S;
}

/**
 * Validates a whole dataset and returns it with indexed queries.
 *
 * It checks every record against its schema, that ids are unique across all kinds, that every
 * reference (an incident's actors and place, a claim's claimant, an observation's indicator, a
 * citation's source, …) names a record of the right kind, that no date starts after it ends,
 * and, for each source that carries its `text`, that every quote citing it appears there
 * verbatim (white space aside). All problems are reported together.
 *
 * The returned dataset holds validated copies of your records, deeply frozen: changing your
 * input afterwards does not change the dataset, and the dataset's records cannot be changed.
 *
 * @throws {DatasetValidationError} listing every problem, each with kind, id, path and message.
 *
 * @example
 * ```ts
 * const ds = createDataset({
 *   sources: [{ id: 'my-source', title: 'Report', publisher: 'Me', url: 'https://example.org/r',
 *     published: { start: '2024-01-01', end: '2024-01-31', precision: 'month' }, text: 'The Acme Front said so.' }],
 *   actors: [{ id: 'acme-front', kind: 'armed-group', name: 'Acme Front', aliases: [],
 *     citations: [{ source: 'my-source', quote: 'Acme Front' }] }],
 * });
 * ds.getActor('acme-front')?.kind; // => 'armed-group'
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- {} is "no overrides": what RecordsOf maps to our own record types
export function createDataset<const S extends SchemaOverrides = {}>(input: unknown, options: CreateDatasetOptions<S> = {}): Dataset<RecordsOf<S>> {
  const result = safeCreateDataset(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * The result of {@link safeCreateDataset}, shaped as zod's `safeParse` result.
 *
 * @example
 * ```ts
 * const result: SafeCreateDatasetResult = safeCreateDataset({ actors: [] });
 * result.success; // => true
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- {} is "no overrides": what RecordsOf maps to our own record types
export type SafeCreateDatasetResult<S extends SchemaOverrides = {}> =
  { success: true; data: Dataset<RecordsOf<S>>; error?: never } | { success: false; data?: never; error: DatasetValidationError };

/**
 * {@link createDataset} without the throw: `{ success: true, data }` with the dataset, or
 * `{ success: false, error }` with the {@link DatasetValidationError} listing every problem,
 * as zod's `safeParse` does.
 *
 * @example
 * ```ts
 * const result = safeCreateDataset({ actors: [{ id: 'Not An Id' }] });
 * result.success; // => false
 * result.error?.issues[0]?.code; // => 'schema'
 * safeCreateDataset({ actors: [] }).data?.actors; // => []
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- {} is "no overrides": what RecordsOf maps to our own record types
export function safeCreateDataset<const S extends SchemaOverrides = {}>(input: unknown, options: CreateDatasetOptions<S> = {}): SafeCreateDatasetResult<S> {
  const { schemas, issues: optionIssues } = schemaSetOf(options);
  if (optionIssues.length > 0) return { success: false, error: new DatasetValidationError(optionIssues) };
  const { records, issues } = validateDataset(isDataset(input) ? collectionsOf(input) : input, schemas);
  if (issues.length > 0) return { success: false, error: new DatasetValidationError(issues) };
  return { success: true, data: new RecordDataset<RecordsOf<S>>(records) };
}

/**
 * A dataset's records as a plain object of collections: its collections are getters, which the
 * one snapshot of own data properties that validation takes would not see, so passing a
 * dataset (to re-validate it with other schemas) gave an empty one.
 */
function collectionsOf(dataset: RecordDataset): DatasetCollections<Record<RecordKind, unknown>> {
  return byCollection(byKind<RecordsByKind>((kind) => dataset[COLLECTION_OF[kind]]));
}

/** Whether the input is one of our datasets; a revoked Proxy throws on `instanceof`, and is left to the snapshot to report. */
function isDataset(input: unknown): input is RecordDataset {
  try {
    return input instanceof RecordDataset;
  } catch {
    return false;
  }
}

import * as z from 'zod';
import { byCollection, byKind, type CollectionOf, type RecordKind } from './record-map.js';
import { recordSchemas } from './record-schemas.js';
import { once } from './once.js';

/**
 * The zod schema of a whole dataset whose kinds are validated by `S`: one optional array per
 * collection, no other key. `DatasetSchema` is `DatasetSchemaOf<typeof RECORD_SCHEMAS>`;
 * `defineSchemas` returns one for its extended schemas.
 *
 * @example
 * ```ts
 * const schema: DatasetSchemaOf<typeof RECORD_SCHEMAS> = DatasetSchema;
 * Object.keys(schema.shape).at(-1); // => 'checks'
 * ```
 */
export type DatasetSchemaOf<S extends Record<RecordKind, z.ZodType>> = z.ZodObject<
  { [K in RecordKind as CollectionOf<K>]: z.ZodOptional<z.ZodArray<S[K]>> },
  z.core.$strict
>;

/**
 * The dataset schema for one schema per kind.
 *
 * @example
 * ```ts
 * datasetSchemaOf(RECORD_SCHEMAS).safeParse({ actors: [] }).success; // => true
 * ```
 */
export function datasetSchemaOf<S extends Record<RecordKind, z.ZodType>>(schemas: S): DatasetSchemaOf<S> {
  return z.strictObject(byCollection(byKind<{ [K in RecordKind]: z.ZodOptional<z.ZodArray<S[K]>> }>((kind) => z.array(schemas[kind]).optional())));
}

export const datasetSchema = /* @__PURE__ */ once((): DatasetSchemaOf<ReturnType<typeof recordSchemas>> => datasetSchemaOf(recordSchemas()));

/**
 * The input shape of a whole dataset.
 *
 * @example
 * ```ts
 * const input: DatasetInput = { actors: [], incidents: [] };
 * DatasetSchema.safeParse(input).success; // => true
 * ```
 */
export type DatasetInput = z.input<ReturnType<typeof datasetSchema>>;

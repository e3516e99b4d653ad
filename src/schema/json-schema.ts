import * as z from 'zod';
import { datasetSchema } from './dataset-schema.js';
import { recordSchemas } from './record-schemas.js';

import type { RecordKind } from './record-map.js';

/**
 * The names JSON Schema files are published under: every record kind, and `dataset`.
 *
 * @example
 * ```ts
 * const name: JsonSchemaName = 'incident'; // central-asia-security/json-schema/incident.json
 * jsonSchemas()[name].title; // => 'Incident'
 * ```
 */
export type JsonSchemaName = RecordKind | 'dataset';

/**
 * A JSON Schema document (draft 2020-12), as plain JSON.
 *
 * @example
 * ```ts
 * const doc: JsonSchemaDocument = jsonSchemas().actor;
 * doc.type; // => 'object'
 * ```
 */
export type JsonSchemaDocument = Record<string, unknown>;

const TITLES: Record<JsonSchemaName, string> = {
  source: 'Source',
  actor: 'Actor',
  place: 'Place',
  incident: 'Incident',
  indicator: 'Indicator',
  observation: 'Observation',
  claim: 'Claim',
  relation: 'Relation',
  check: 'Check',
  dataset: 'Dataset',
};

const NOT_EXPRESSED =
  'Generated from the central-asia-security zod schemas. JSON Schema cannot express the cross-field rules ' +
  '(date start ≤ end and precision fit, low ≤ value ≤ high, withdrawal ⇔ status withdrawn, relation from ≠ to, ' +
  "a place point’s decimals fit its geo precision and the point lies in its bbox, a citation holds a quote or a summary, a check's value fits its verdict and aspect) " +
  'nor the cross-record rules (unique ids, references, quotes found in their source and only on sources with textHeld, refined dates inside the reported ones): run createDataset or ' +
  '`central-asia-security validate` for those.';

/**
 * Converts a zod record schema (ours, or yours from `defineSchemas`) to a draft 2020-12 JSON
 * Schema document with a title and a note on the rules JSON Schema cannot carry.
 *
 * @example
 * ```ts
 * const doc = toJsonSchema(IncidentSchema, 'incident');
 * doc.$schema; // => 'https://json-schema.org/draft/2020-12/schema'
 * doc.title; // => 'Incident'
 * (doc.required as string[]).includes('date'); // => true
 * ```
 */
export function toJsonSchema(schema: z.ZodType, name: JsonSchemaName): JsonSchemaDocument {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'throw' }) as JsonSchemaDocument;
  const { $schema, ...rest } = generated;
  return { $schema, title: TITLES[name], description: NOT_EXPRESSED, ...rest };
}

/**
 * The JSON Schema of each of our record kinds and of a whole dataset, as published under
 * `central-asia-security/json-schema/<name>.json`.
 *
 * @example
 * ```ts
 * Object.keys(jsonSchemas());
 * // => ['source', 'actor', 'place', 'incident', 'indicator', 'observation', 'claim', 'relation', 'check', 'dataset']
 * ```
 */
export function jsonSchemas(): Record<JsonSchemaName, JsonSchemaDocument> {
  const schemas: Record<JsonSchemaName, z.ZodType> = { ...recordSchemas(), dataset: datasetSchema() };
  return Object.fromEntries((Object.keys(schemas) as JsonSchemaName[]).map((name) => [name, toJsonSchema(schemas[name], name)])) as Record<
    JsonSchemaName,
    JsonSchemaDocument
  >;
}

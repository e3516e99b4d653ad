import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as z from 'zod';
import { DEFAULT_SCHEMAS } from '../../dataset/index.js';
import type { RecordKind } from '../../schema/index.js';
import { UsageError } from '../usage-error.js';

function isZodSchema(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function' && '_zod' in value;
}

/**
 * The schema to validate `kind` with: ours, or the one a module of yours exports under
 * `schemas[kind]` (the `schemas` of `defineSchemas`, or any object of zod schemas by kind).
 * A module that cannot be loaded, or whose `schemas` is not an object, is a {@link UsageError};
 * a kind it leaves out is validated with ours.
 *
 * @example
 * ```ts
 * // my-schemas.mjs: export const { schemas } = defineSchemas({ incidentTypes: ['protest'] });
 * await loadSchema('incident', 'my-schemas.mjs'); // your incident schema
 * await loadSchema('actor'); // => ActorSchema
 * ```
 */
export async function loadSchema(kind: RecordKind, module?: string): Promise<z.ZodType> {
  if (module === undefined) return DEFAULT_SCHEMAS[kind];
  const url = module.startsWith('file:') ? module : pathToFileURL(resolve(module)).href;
  let loaded: { schemas?: unknown; default?: { schemas?: unknown } };
  try {
    loaded = (await import(url)) as typeof loaded;
  } catch (error) {
    throw new UsageError(`cannot load --schemas "${module}": ${(error as Error).message}`);
  }
  const schemas = loaded.schemas ?? loaded.default?.schemas;
  if (typeof schemas !== 'object' || schemas === null) {
    throw new UsageError(`--schemas "${module}" must export "schemas", an object of zod schemas by record kind (as defineSchemas returns)`);
  }
  const schema = (schemas as Record<string, unknown>)[kind];
  if (schema === undefined) return DEFAULT_SCHEMAS[kind];
  if (!isZodSchema(schema)) throw new UsageError(`--schemas "${module}": schemas.${kind} is not a zod schema`);
  return schema;
}

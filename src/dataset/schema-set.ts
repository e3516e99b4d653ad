import { isZodSchema } from './is-zod-schema.js';
import { RECORD_KINDS } from '../schema/index.js';
import { didYouMean } from '../schema/closest-name.js';
import { describeValue, isFieldObject } from '../schema/describe-value.js';
import { recordSchemas } from '../schema/index.js';
import type { SchemaSet } from './validate-dataset.js';
import type { ValidationIssue } from './validation-error.js';

/**
 * The schemas to validate with: ours, with the caller's `options.schemas` in their place. A key
 * that is not a record kind (`incidents`, `incidnet`: plain JavaScript does not catch it) or a
 * value that is not a zod schema is one `input` issue, rather than a schema silently left out
 * or an issue on every record.
 *
 * @example
 * ```ts
 * schemaSetOf({ schemas: { incidents: IncidentSchema } }).issues[0]?.message;
 * // => 'options.schemas has unknown kind "incidents", expected one of source, actor, place, incident, indicator, observation, claim, relation, check; did you mean "incident"?'
 * schemaSetOf(undefined).schemas.actor === ActorSchema; // => true
 * ```
 */
export function schemaSetOf(options: unknown): { schemas: SchemaSet; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const fail = (message: string) => issues.push({ code: 'input', kind: 'dataset', path: [], message });
  const schemas: SchemaSet = { ...recordSchemas() };
  try {
    if (options === undefined) return { schemas, issues };
    if (typeof options !== 'object' || options === null) {
      fail(`options must be an object, got ${describeValue(options)}`);
      return { schemas, issues };
    }
    const given: unknown = (options as { schemas?: unknown }).schemas;
    if (given === undefined) return { schemas, issues };
    if (!isFieldObject(given)) {
      fail(`options.schemas must be an object of zod schemas by record kind, got ${describeValue(given)}`);
      return { schemas, issues };
    }
    for (const key of Object.keys(given)) {
      const schema: unknown = given[key];
      if (!(RECORD_KINDS as readonly string[]).includes(key)) {
        fail(`options.schemas has unknown kind "${key}", expected one of ${RECORD_KINDS.join(', ')}${didYouMean(key, RECORD_KINDS)}`);
      } else if (schema === undefined) continue;
      else if (!isZodSchema(schema)) fail(`options.schemas.${key} is not a zod schema`);
      else schemas[key as keyof SchemaSet] = schema;
    }
  } catch (error) {
    // A getter or a Proxy in the options.
    fail(`options cannot be read: ${error instanceof Error ? error.message : 'a value was thrown'}`);
  }
  return { schemas, issues };
}

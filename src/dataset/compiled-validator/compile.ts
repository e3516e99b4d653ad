import type * as z from 'zod';
import { generateValidityCheck } from './codegen.js';
import type { ValidityCheck } from './validity-check.js';
import { checksOf, runCheck, Unsupported, type ZodNode } from './zod-internals.js';

export type { ValidityCheck };

/** Runs a node's checks through zod's own check functions, so their rules are zod's exactly. */
function compileChecks(schema: ZodNode): ValidityCheck | undefined {
  const checks = checksOf(schema).map(runCheck);
  if (checks.length === 0) return undefined;
  return (value) => {
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function withChecks(schema: ZodNode, base: ValidityCheck): ValidityCheck {
  const checks = compileChecks(schema);
  return checks === undefined ? base : (value) => base(value) && checks(value);
}

function compileObject(def: ZodNode['_zod']['def']): ValidityCheck {
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  if (Object.getOwnPropertySymbols(shape).length > 0) throw new Unsupported('symbol keys');
  const fields = keys.map((key) => {
    const field = shape[key]!;
    const optional = field._zod.def.type === 'optional';
    return { key, optional, check: compileSchema(optional ? field._zod.def.innerType! : field) };
  });
  const catchall = def.catchall;
  const strict = catchall !== undefined && catchall._zod.def.type === 'never';
  if (catchall !== undefined && !strict) throw new Unsupported('catchall');
  const known = new Set(keys);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (const field of fields) {
      const v = record[field.key];
      if (v === undefined && field.optional) continue;
      if (!field.check(v)) return false;
    }
    if (strict) {
      // for…in, as zod does: inherited enumerable keys count as unknown keys too.
      for (const key in record) if (!known.has(key)) return false;
    }
    return true;
  };
}

function compileSchema(schema: ZodNode): ValidityCheck {
  const def = schema._zod.def;
  if (def.coerce) throw new Unsupported('coercion');
  switch (def.type) {
    case 'object':
      return withChecks(schema, compileObject(def));
    case 'string':
      return withChecks(schema, (value) => typeof value === 'string');
    case 'number':
      return withChecks(schema, (value) => typeof value === 'number' && Number.isFinite(value));
    case 'boolean':
      return withChecks(schema, (value) => typeof value === 'boolean');
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return withChecks(schema, (value) => values.has(value));
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return withChecks(schema, (value) => values.has(value));
    }
    case 'array': {
      const element = compileSchema(def.element!);
      return withChecks(schema, (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      });
    }
    case 'tuple': {
      // Fixed-length tuples of required items only (a position such as [lon, lat]).
      if (def.rest) throw new Unsupported('tuple rest');
      const items = (def.items ?? []).map((item) => {
        if (item._zod.def.type === 'optional') throw new Unsupported('optional tuple item');
        return compileSchema(item);
      });
      return withChecks(schema, (value) => Array.isArray(value) && value.length === items.length && items.every((item, i) => item(value[i])));
    }
    case 'optional': {
      const inner = compileSchema(def.innerType!);
      return withChecks(schema, (value) => value === undefined || inner(value));
    }
    default:
      throw new Unsupported(def.type);
  }
}

/**
 * Compiles a zod schema into a predicate that answers "valid?" without building a parsed copy
 * or any issue objects. It generates JavaScript with the field names written out, as ajv does,
 * and falls back to a tree of closures where code cannot be evaluated. It covers objects (strict or stripping none), strings, finite numbers,
 * booleans, enums, literals, arrays, fixed tuples and optionals, and runs every check and refinement through
 * zod's own check functions. Any other construct (unions, transforms, defaults, coercion, …)
 * makes it return `undefined`, and callers use zod alone.
 *
 * The predicate may only say `true` when zod accepts the value; when it says `false`, zod is
 * asked for the exact issues.
 *
 * @example
 * ```ts
 * const check = compileValidityCheck(IncidentSchema)!;
 * check(getIncident('badakhshan-border-incursion-2023-09')); // => true
 * check({ id: 'x' }); // => false
 * compileValidityCheck(z.union([z.string(), z.number()])); // => undefined
 * ```
 */
export function compileValidityCheck(schema: z.ZodType, options: CompileOptions = {}): ValidityCheck | undefined {
  try {
    const generated = options.generateCode === false ? undefined : generateValidityCheck(schema);
    return generated ?? compileSchema(schema as unknown as ZodNode);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/**
 * Options for {@link compileValidityCheck}.
 *
 * @example
 * ```ts
 * compileValidityCheck(IncidentSchema, { generateCode: false }); // closures only, no eval
 * ```
 */
export interface CompileOptions {
  /**
   * Generate JavaScript for the check (the default, about twice as fast), or build it from
   * closures only. Where code cannot be evaluated (a Content Security Policy without
   * `unsafe-eval`) closures are used anyway.
   */
  generateCode?: boolean;
}

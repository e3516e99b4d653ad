import type { ValidityCheck } from './validity-check.js';
import { checksOf, runCheck, Unsupported, type ZodCheckLike, type ZodNode } from './zod-internals.js';

/** The kind of value a check applies to, as far as inlining it goes. */
export type CheckedKind = 'string' | 'number' | 'array' | 'other';

/**
 * How generated code reaches what it cannot write out inline: the values it refers to, and each
 * check's exact rule. Checks compiled at run time call zod's own check functions; the modules
 * generated at build time call the zod-free rules (src/schema/rules).
 */
export interface Emitter {
  /** An expression for a value (a set of enum members, a pattern). */
  ref(value: unknown): string;
  /** An expression that is true exactly when `v` (an identifier of kind `kind`) passes `check`. */
  exact(check: ZodCheckLike, v: string, kind: CheckedKind): string;
}

/** Formats whose check is the pattern test and nothing else. */
const PATTERN_ONLY_FORMATS = new Set(['regex', 'date']);

/**
 * Generates JavaScript source for a schema: one function per object and array, with property
 * names written out (so V8 caches each access) and common checks inlined. Every inlined test is
 * at least as strict as zod's, so the generated code never accepts what zod rejects; where an
 * inlined test is stricter (a string of surrogate pairs measured in code units), it defers to
 * zod's own check before answering no.
 */
export class Generator {
  readonly functions: string[] = [];
  readonly #emitter: Emitter;

  constructor(emitter: Emitter) {
    this.#emitter = emitter;
  }

  ref(value: unknown): string {
    return this.#emitter.ref(value);
  }

  /** An expression that is true when `v` (an identifier) passes the node. */
  expression(node: ZodNode, v: string): string {
    const def = node._zod.def;
    if (def.coerce) throw new Unsupported('coercion');
    switch (def.type) {
      case 'string':
        return this.#withChecks(node, v, `typeof ${v} === "string"`, 'string');
      case 'number':
        return this.#withChecks(node, v, `typeof ${v} === "number" && Number.isFinite(${v})`, 'number');
      case 'boolean':
        return this.#withChecks(node, v, `typeof ${v} === "boolean"`, 'other');
      case 'enum':
        return this.#withChecks(node, v, `${this.ref(new Set(Object.values(def.entries ?? {})))}.has(${v})`, 'other');
      case 'literal':
        return this.#withChecks(node, v, `${this.ref(new Set(def.values ?? []))}.has(${v})`, 'other');
      case 'optional':
        return `(${v} === undefined || (${this.expression(def.innerType!, v)}))`;
      case 'object':
        return this.#withChecks(node, v, `${this.#objectFunction(node)}(${v})`, 'other');
      case 'array':
        return this.#withChecks(node, v, `${this.#arrayFunction(node)}(${v})`, 'array');
      case 'tuple':
        return this.#withChecks(node, v, `${this.#tupleFunction(node)}(${v})`, 'other');
      default:
        throw new Unsupported(def.type);
    }
  }

  #withChecks(node: ZodNode, v: string, base: string, kind: CheckedKind): string {
    const checks = checksOf(node);
    const tests = checks.map((check) => this.#check(check, v, kind));
    return [base, ...tests].map((t) => `(${t})`).join(' && ');
  }

  #check(check: ZodCheckLike, v: string, kind: CheckedKind): string {
    const def = check._zod.def;
    const exact = (): string => this.#emitter.exact(check, v, kind);
    switch (def.check) {
      case 'min_length':
        if (kind === 'array') return `${v}.length >= ${def.minimum}`;
        // Up to twice the minimum in code units may still be fewer code points: ask zod then.
        if (kind === 'string') return `${v}.length >= ${def.minimum! * 2} || (${v}.length >= ${def.minimum} && ${exact()})`;
        break;
      case 'max_length':
        if (kind === 'array' || kind === 'string') return `${v}.length <= ${def.maximum} || ${exact()}`;
        break;
      case 'string_format':
        if (kind === 'string' && def.pattern instanceof RegExp && PATTERN_ONLY_FORMATS.has(def.format ?? '') && !def.pattern.global && !def.pattern.sticky) {
          return `${this.ref(def.pattern)}.test(${v})`;
        }
        break;
      case 'greater_than':
        if (kind === 'number' && typeof def.value === 'number') return `${v} ${def.inclusive ? '>=' : '>'} ${def.value}`;
        break;
      case 'less_than':
        if (kind === 'number' && typeof def.value === 'number') return `${v} ${def.inclusive ? '<=' : '<'} ${def.value}`;
        break;
      case 'number_format':
        if (kind === 'number' && def.format === 'safeint') return `Number.isSafeInteger(${v})`;
        break;
    }
    return exact();
  }

  #objectFunction(node: ZodNode): string {
    const def = node._zod.def;
    const shape = def.shape ?? {};
    if (Object.getOwnPropertySymbols(shape).length > 0) throw new Unsupported('symbol keys');
    const catchall = def.catchall;
    const strict = catchall !== undefined && catchall._zod.def.type === 'never';
    if (catchall !== undefined && !strict) throw new Unsupported('catchall');
    const name = `f${this.functions.length}`;
    this.functions.push('');
    const lines = [`function ${name}(o) {`, '  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;'];
    Object.keys(shape).forEach((key, i) => {
      lines.push(`  const p${i} = o[${JSON.stringify(key)}];`);
      lines.push(`  if (!(${this.expression(shape[key]!, `p${i}`)})) return false;`);
    });
    if (strict) {
      // for…in, as zod does: inherited enumerable keys count as unknown keys too.
      const cases = Object.keys(shape)
        .map((key) => `case ${JSON.stringify(key)}:`)
        .join(' ');
      lines.push(`  for (const k in o) { switch (k) { ${cases} break; default: return false; } }`);
    }
    lines.push('  return true;', '}');
    this.functions[Number(name.slice(1))] = lines.join('\n');
    return name;
  }

  /** Fixed-length tuples of required items only (a position such as [lon, lat]). */
  #tupleFunction(node: ZodNode): string {
    const def = node._zod.def;
    if (def.rest) throw new Unsupported('tuple rest');
    const items = def.items ?? [];
    if (items.some((item) => item._zod.def.type === 'optional')) throw new Unsupported('optional tuple item');
    const name = `f${this.functions.length}`;
    this.functions.push('');
    const lines = [`function ${name}(a) {`, `  if (!Array.isArray(a) || a.length !== ${items.length}) return false;`];
    items.forEach((item, i) => {
      lines.push(`  const t${i} = a[${i}];`);
      lines.push(`  if (!(${this.expression(item, `t${i}`)})) return false;`);
    });
    lines.push('  return true;', '}');
    this.functions[Number(name.slice(1))] = lines.join('\n');
    return name;
  }

  #arrayFunction(node: ZodNode): string {
    const name = `f${this.functions.length}`;
    this.functions.push('');
    const element = this.expression(node._zod.def.element!, 'e');
    this.functions[Number(name.slice(1))] = [
      `function ${name}(a) {`,
      '  if (!Array.isArray(a)) return false;',
      '  for (let i = 0; i < a.length; i++) {',
      '    const e = a[i];',
      `    if (!(${element})) return false;`,
      '  }',
      '  return true;',
      '}',
    ].join('\n');
    return name;
  }
}

/**
 * Generates and evaluates a checker for the schema. Returns `undefined` where code cannot be
 * evaluated (a Content Security Policy without `unsafe-eval`); throws {@link Unsupported} for
 * schemas it does not cover.
 */
export function generateValidityCheck(schema: unknown): ValidityCheck | undefined {
  const refs: unknown[] = [];
  const ref = (value: unknown): string => {
    refs.push(value);
    return `r[${refs.length - 1}]`;
  };
  const generator = new Generator({ ref, exact: (check, v) => `${ref(runCheck(check))}(${v})` });
  const top = generator.expression(schema as ZodNode, 'v');
  const source = `${generator.functions.join('\n')}\nreturn function check(v) { return ${top}; };`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiling generated code is this module's purpose; the source is built from the schema, never from record data
    const build = new Function('r', source) as (refs: unknown[]) => ValidityCheck;
    return build(refs);
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
}

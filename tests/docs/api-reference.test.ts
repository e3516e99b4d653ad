/**
 * The API reference names types instead of expanding them, as zod's and date-fns' do: a query
 * shows `findIncidents(query?: IncidentQuery<…>): BundledIncident[]`, not the 60 lines of an
 * incident's fields. typedoc builds the site (HTML) and its JSON model once; every exported
 * function and every method of an exported interface or class is read from the model, and a
 * parameter, result or type-parameter constraint that is an inline object type of more than
 * MAX_INLINE_PROPERTIES properties is an expansion. Every type of ours a signature names must be
 * a documented reflection with a page, and on the function's page of the site it must be a link
 * to a file that exists. The API report (what editors show from the .d.ts) is held to the same
 * rule for its function declarations. typedoc treats warnings as errors (typedoc.config.mjs), so
 * the same run shows the site builds cleanly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../package/helpers/manifest.js';

/** More properties than this, written out in a signature, is an expansion rather than a name. */
const MAX_INLINE_PROPERTIES = 3;
const PACKAGE = 'central-asia-security';

// typedoc's ReflectionKind values (stable parts of its JSON schema).
const KIND = { Namespace: 4, Enum: 8, Variable: 32, Function: 64, Class: 128, Interface: 256, Method: 2048, TypeAlias: 2097152 } as const;
/** The kinds that get a page of their own in the site. */
const PAGE_KINDS = new Set<number>([KIND.Namespace, KIND.Enum, KIND.Variable, KIND.Function, KIND.Class, KIND.Interface, KIND.TypeAlias]);

/** The parts of typedoc's JSON model this test reads. */
interface JsonType {
  type: string;
  name?: string;
  package?: string;
  target?: number | JsonType | Record<string, unknown>;
  refersToTypeParameter?: boolean;
  declaration?: JsonReflection;
  [key: string]: unknown;
}
interface JsonReflection {
  id: number;
  name: string;
  kind: number;
  type?: JsonType;
  default?: JsonType;
  children?: JsonReflection[];
  signatures?: JsonReflection[];
  indexSignatures?: JsonReflection[];
  parameters?: JsonReflection[];
  typeParameters?: JsonReflection[];
}

let out: string;
/** What typedoc printed at level Warn and above: nothing, when the site is sound. */
let typedocOutput: string;
let project: JsonReflection;
const byId = new Map<number, JsonReflection>();

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'cas-api-reference-'));
  // The site as `npm run docs` builds it (typedoc.config.mjs), plus its JSON model. Some
  // warnings (code highlighting, media) only appear while rendering, so the site is rendered.
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/typedoc/bin/typedoc'), '--json', join(out, 'api.json'), '--out', join(out, 'site'), '--logLevel', 'Warn'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  typedocOutput = run.stdout + run.stderr;
  if (run.status !== 0) throw new Error(`typedoc failed:\n${typedocOutput}`);
  project = JSON.parse(readFileSync(join(out, 'api.json'), 'utf8')) as JsonReflection;
  const index = (reflection: JsonReflection): void => {
    byId.set(reflection.id, reflection);
    for (const list of [reflection.children, reflection.signatures, reflection.indexSignatures, reflection.parameters, reflection.typeParameters]) {
      for (const child of list ?? []) index(child);
    }
    if (reflection.type?.declaration) index(reflection.type.declaration);
  };
  index(project);
}, 600_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Every type nested in a type, outermost first (not into the members of an inline object). */
function* typesIn(type: JsonType | undefined): Generator<JsonType> {
  if (type === undefined) return;
  yield type;
  if (type.type === 'reflection') return;
  // Nested types sit under several keys (elementType, types, typeArguments, a `keyof`'s target,
  // …); a reference's `target` is an id or a symbol, never a type.
  for (const value of Object.values(type)) {
    const values = Array.isArray(value) ? value.flat() : [value];
    for (const v of values) if (typeof v === 'object' && v !== null && typeof (v as JsonType).type === 'string') yield* typesIn(v as JsonType);
  }
}

interface Problem {
  where: string;
  problem: string;
}

/** What is wrong with one type of a signature: expansions, and names of ours with no documented page. */
function problemsOfType(type: JsonType | undefined, where: string, problems: Problem[]): void {
  for (const t of typesIn(type)) {
    if (t.type === 'reflection' && t.declaration) {
      const properties = t.declaration.children ?? [];
      if (properties.length > MAX_INLINE_PROPERTIES) {
        problems.push({
          where,
          problem: `an inline object of ${properties.length} properties (${properties.map((p) => p.name).join(', ')}) instead of a named type`,
        });
      }
      for (const property of properties) problemsOfType(property.type, `${where}.${property.name}`, problems);
      for (const signature of t.declaration.signatures ?? []) problemsOfSignature(signature, `${where}()`, problems);
      continue;
    }
    if (t.type !== 'reference' || t.refersToTypeParameter) continue;
    if (typeof t.target === 'number') {
      const target = byId.get(t.target);
      if (target === undefined) problems.push({ where, problem: `names ${t.name}, which the model does not hold` });
      else if (!PAGE_KINDS.has(target.kind)) problems.push({ where, problem: `names ${t.name}, which has no page of its own` });
    } else if (t.package === PACKAGE) {
      problems.push({ where, problem: `names ${t.name}, a type of ours that the reference does not document` });
    }
  }
}

function problemsOfSignature(signature: JsonReflection, where: string, problems: Problem[]): void {
  for (const parameter of signature.parameters ?? []) problemsOfType(parameter.type, `${where}(${parameter.name})`, problems);
  problemsOfType(signature.type, `${where} result`, problems);
  for (const typeParameter of signature.typeParameters ?? []) {
    problemsOfType(typeParameter.type, `${where}<${typeParameter.name} extends>`, problems);
    problemsOfType(typeParameter.default, `${where}<${typeParameter.name} =>`, problems);
  }
}

interface Callable {
  /** `main.findIncidents`, `main.Dataset.findIncidents`. */
  name: string;
  module: string;
  reflection: JsonReflection;
}

/** Every exported function of every entry, and every method of an exported interface or class. */
function callables(): Callable[] {
  const found: Callable[] = [];
  for (const module of project.children ?? []) {
    for (const child of module.children ?? []) {
      if (child.kind === KIND.Function) found.push({ name: `${module.name}.${child.name}`, module: module.name, reflection: child });
      if (child.kind === KIND.Interface || child.kind === KIND.Class) {
        for (const member of child.children ?? []) {
          if (member.kind === KIND.Method) found.push({ name: `${module.name}.${child.name}.${member.name}`, module: module.name, reflection: member });
        }
      }
    }
  }
  return found;
}

/** The names of the record types: what RecordMap and BundledRecordMap give each kind. */
function recordTypeNames(): Set<string> {
  const names = new Set<string>();
  for (const module of project.children ?? []) {
    for (const child of module.children ?? []) {
      if (child.kind !== KIND.Interface || !/^(Bundled)?RecordMap$/.test(child.name)) continue;
      for (const property of child.children ?? []) if (property.type?.type === 'reference' && property.type.name) names.add(property.type.name);
    }
  }
  return names;
}

/** The types of ours a signature names, at any depth of its parameters and result. */
function namesIn(signature: JsonReflection): Set<string> {
  const names = new Set<string>();
  for (const type of [...(signature.parameters ?? []).map((p) => p.type), signature.type]) {
    for (const t of typesIn(type)) if (t.type === 'reference' && typeof t.target === 'number' && !t.refersToTypeParameter && t.name) names.add(t.name);
  }
  return names;
}

/** The type links in the signatures of a page of the site: link text and the file it points to. */
function signatureLinks(page: string): { text: string; file: string }[] {
  const html = readFileSync(page, 'utf8');
  const links: { text: string; file: string }[] = [];
  for (const block of html.matchAll(/<div class="tsd-signature[^"]*"[^>]*>([\s\S]*?)<\/div>/g)) {
    for (const link of block[1]!.matchAll(/<a href="([^"#]*)(?:#[^"]*)?"[^>]*class="tsd-signature-type[^"]*"[^>]*>([^<]+)<\/a>/g)) {
      links.push({ text: link[2]!, file: link[1] === '' ? page : resolve(dirname(page), link[1]!) });
    }
  }
  return links;
}

describe('the API reference', () => {
  it('builds with no warning (npm run docs), guides included', () => {
    expect(typedocOutput).toBe('');
    expect(existsSync(join(out, 'site', 'documents', 'releasing.html'))).toBe(true);
  });

  it('holds the exported functions and the record types to check', () => {
    const records = recordTypeNames();
    // Ours (Actor, Incident, …) and the bundled ones (BundledActor, …): one of each per kind.
    expect(records.size).toBe(18);
    const withRecords = callables().filter((c) => c.module === 'main' && c.reflection.signatures?.some((s) => [...namesIn(s)].some((n) => records.has(n))));
    // The getters and queries of the bundled data, at the least.
    expect(withRecords.map((c) => c.name)).toEqual(expect.arrayContaining(['main.findIncidents', 'main.getActor', 'main.searchActors', 'main.series']));
  });

  it('shows no exported function with an expanded type, and names only documented types', () => {
    const problems: Problem[] = [];
    for (const callable of callables()) {
      for (const signature of callable.reflection.signatures ?? []) problemsOfSignature(signature, callable.name, problems);
    }
    // A signature may hold one type twice (zod's ZodType<Output, Input> defaults Input to Output).
    expect([...new Set(problems.map((p) => `${p.where}: ${p.problem}`))]).toEqual([]);
  });

  it('names the record types in the signatures of functions that take or return records, linked to their pages', () => {
    const records = recordTypeNames();
    const unlinked: string[] = [];
    let checked = 0;
    for (const callable of callables()) {
      if (callable.reflection.kind !== KIND.Function) continue;
      const named = new Set((callable.reflection.signatures ?? []).flatMap((s) => [...namesIn(s)]));
      if (![...named].some((name) => records.has(name))) continue;
      checked += 1;
      const page = join(out, 'site', 'functions', `${callable.name}.html`);
      if (!existsSync(page)) {
        unlinked.push(`${callable.name}: no page at functions/${callable.name}.html`);
        continue;
      }
      const links = signatureLinks(page);
      for (const name of named) {
        const link = links.find((l) => l.text === name);
        if (link === undefined) unlinked.push(`${callable.name}: ${name} is not a link in its signature`);
        else if (!existsSync(link.file)) unlinked.push(`${callable.name}: ${name} links to ${link.file}, which does not exist`);
      }
    }
    expect(unlinked).toEqual([]);
    // Every getter and query of the bundled data, of both the main and the records entry.
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('shows no expanded type in the function declarations of the API report either', () => {
    const problems: string[] = [];
    for (const report of readdirSync(join(ROOT, 'etc')).filter((f) => f.endsWith('.api.md'))) {
      const text = readFileSync(join(ROOT, 'etc', report), 'utf8');
      for (const start of text.matchAll(/^export (?:declare )?function /gm)) {
        const declaration = declarationAt(text, start.index);
        for (const members of inlineObjects(declaration)) {
          if (members > MAX_INLINE_PROPERTIES) problems.push(`${report}: ${declaration.split('\n')[0]} has an inline object of ${members} members`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

/** The declaration that starts at `start`: up to its `;` outside any brackets. */
function declarationAt(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '{' || char === '(') depth += 1;
    else if (char === '}' || char === ')') depth -= 1;
    else if (char === ';' && depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

/** The member count of each `{ … }` object type in a declaration, nested ones included. */
function inlineObjects(declaration: string): number[] {
  const counts: number[] = [];
  const open: number[] = [];
  for (const char of declaration) {
    if (char === '{') open.push(0);
    else if (char === '}') counts.push(open.pop() ?? 0);
    else if (char === ';' && open.length > 0) open[open.length - 1]! += 1;
  }
  return counts;
}

/**
 * Every `// =>` result in the JSDoc `@example`s of src/ and in the README's and guides' code
 * blocks is executed and compared with deep equality (tests/helpers/doctest.ts says how a
 * check is read). The README and guides run against the built package (dist/, so `npm test`
 * builds first); JSDoc examples run against the entries' sources (the same code, one module
 * instance, so `RECORD_SCHEMAS.incident === IncidentSchema` holds) plus the exports of the
 * module that holds them (for internal helpers), and zod's `z` in both. src/cli is left out:
 * its examples need files, a terminal and worker threads, and tests/cli runs the commands. An example that cannot run on its own is marked
 * `// doctest: skip (reason)`; the markers are counted here, each with its reason.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectedValue, prepareExample } from '../helpers/doctest.js';
import { docBlocks } from '../helpers/doc-blocks.js';
import { jsdocExamples, sourceFiles, type JsdocExample as Example } from '../helpers/jsdoc-examples.js';
import { ROOT } from './helpers/manifest.js';

const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

function markdownExamples(file: string): Example[] {
  return docBlocks(readFileSync(file, 'utf8'))
    .filter((block) => block.code.includes('// =>') || block.code.includes('// doctest: skip'))
    .map((block) => ({ file, line: block.line + 1, source: block.code }));
}

let built: Record<string, unknown>;
let sources: Record<string, unknown>;
beforeAll(async () => {
  const load = (path: string) => import(pathToFileURL(join(ROOT, path)).href) as Promise<Record<string, unknown>>;
  const [main, schema, zod, ...layers] = await Promise.all([
    load('dist/index.js'),
    load('dist/schema.js'),
    import('zod'),
    // The layer barrels give internal examples their neighbours (compileValidityCheck, …).
    ...['schema', 'time', 'quantity', 'dataset', 'compare', 'tables'].map((layer) => load(`src/${layer}/index.ts`)),
    load('src/entries/main.ts'),
    // The schema objects (ActorSchema, …) live in the schema entry only.
    load('src/entries/schema.ts'),
  ]);
  built = { ...schema, ...main, z: zod.z };
  sources = Object.assign({}, ...layers, { z: zod.z }) as Record<string, unknown>;
});

interface Outcome {
  checks: number;
  failures: string[];
  skipped: string[];
}

async function run(examples: Example[], scope: Record<string, unknown>, moduleScope: Record<string, unknown>): Promise<Outcome> {
  const outcome: Outcome = { checks: 0, failures: [], skipped: [] };
  for (const example of examples) {
    const where = `${relative(ROOT, example.file)}:${example.line}`;
    const prepared = prepareExample(example.source);
    if (prepared.typeLevel > 0) outcome.skipped.push(`${where}: type-level result, checked by the compiler (${prepared.typeLevel})`);
    if (prepared.skip !== undefined) {
      outcome.skipped.push(`${where}: ${prepared.skip}`);
      continue;
    }
    const names = { ...scope, ...moduleScope };
    const results: ({ index: number; value: unknown } | { index: number; error: unknown })[] = [];
    const check = (index: number, thunk: () => unknown) => {
      try {
        results.push({ index, value: thunk() });
      } catch (error) {
        results.push({ index, error });
      }
    };
    const keys = Object.keys(names).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
    try {
      await new AsyncFunction('__check', ...keys, prepared.code)(check, ...keys.map((k) => names[k]));
    } catch (error) {
      outcome.failures.push(`${where}: the example throws: ${String(error)}`);
      continue;
    }
    for (const result of results) {
      const c = prepared.checks[result.index]!;
      outcome.checks += 1;
      const at = `${where}+${c.line - 1} \`${c.expression.replace(/\s+/g, ' ').slice(0, 80)}\``;
      if ('error' in result) {
        outcome.failures.push(`${at} throws ${String(result.error)}`);
        continue;
      }
      let expected: { value: unknown; partial: boolean };
      try {
        expected = expectedValue(c.expected);
      } catch {
        outcome.failures.push(`${at}: the result \`${c.expected}\` is not a JavaScript value (mark the example \`// doctest: skip (reason)\`)`);
        continue;
      }
      const actual = await result.value;
      const same = expected.partial
        ? typeof actual === 'object' &&
          actual !== null &&
          Object.entries(expected.value as object).every(([k, v]) => isDeepStrictEqual((actual as Record<string, unknown>)[k], v))
        : isDeepStrictEqual(JSON.parse(JSON.stringify(actual) ?? 'null'), JSON.parse(JSON.stringify(expected.value) ?? 'null')) &&
          (actual === undefined) === (expected.value === undefined);
      if (!same) outcome.failures.push(`${at}: got ${JSON.stringify(actual)}, documented ${c.expected}`);
    }
  }
  return outcome;
}

const totals: Outcome = { checks: 0, failures: [], skipped: [] };

describe('the documented results', () => {
  const files = sourceFiles(join(ROOT, 'src'));
  it.each(files.map((f) => relative(ROOT, f)))('of %s hold', async (path) => {
    const file = join(ROOT, path);
    const examples = jsdocExamples(file);
    if (examples.length === 0) return;
    const own = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const outcome = await run(examples, sources, own);
    totals.checks += outcome.checks;
    totals.skipped.push(...outcome.skipped);
    expect(outcome.failures).toEqual([]);
  });

  const pages = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  it.each(pages)('of %s hold', async (page) => {
    const outcome = await run(markdownExamples(join(ROOT, page)), built, {});
    totals.checks += outcome.checks;
    totals.skipped.push(...outcome.skipped);
    expect(outcome.failures).toEqual([]);
  });

  it('are nearly all executed: the examples that cannot run on their own are few and say why', () => {
    expect(totals.checks).toBeGreaterThan(250);
    expect(totals.skipped.length, totals.skipped.join('\n')).toBeLessThanOrEqual(12);
    for (const reason of totals.skipped) expect(reason).toMatch(/: \S.{8,}/);
  });
});

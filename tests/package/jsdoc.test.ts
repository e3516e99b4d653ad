/**
 * The public API is documented where it is defined: every export of every public entry (the
 * JavaScript subpaths of package.json `exports`) has a JSDoc summary and an `@example` that
 * shows its result with `// =>`. typedoc builds the site from the same entries (tests/docs/
 * api-reference.test.ts builds it, checks it builds cleanly and that it names types).
 */
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportEntries, ROOT } from './helpers/manifest.js';

interface PublicEntry {
  key: string;
  source: string;
}

let entries: PublicEntry[];
let typedocEntryPoints: string[];

beforeAll(async () => {
  type TsupConfig = { entry: Record<string, string> };
  const { default: tsup } = (await import(pathToFileURL(join(ROOT, 'tsup.config.ts')).href)) as { default: TsupConfig | TsupConfig[] };
  // tsup takes one config or several (e.g. the browser-safe entries and the Node-only CLI).
  const tsupEntries = Object.fromEntries((Array.isArray(tsup) ? tsup : [tsup]).flatMap((config) => Object.entries(config.entry)));
  const { default: typedoc } = (await import(pathToFileURL(join(ROOT, 'typedoc.config.mjs')).href)) as { default: { entryPoints: string[] } };
  typedocEntryPoints = typedoc.entryPoints;
  entries = exportEntries(ROOT)
    .filter((entry) => entry.kind === 'js')
    .map((entry) => {
      const source = tsupEntries[basename(entry.file).replace(/\.(c|m)?js$/, '')];
      if (source === undefined) throw new Error(`${entry.key} → ${entry.file} is not a tsup entry`);
      return { key: entry.key, source };
    });
});

/** What is wrong with one export's documentation, or nothing. */
function problemsOf(symbol: ts.Symbol, checker: ts.TypeChecker): string[] {
  const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const examples = symbol
    .getJsDocTags(checker)
    .filter((tag) => tag.name === 'example')
    .map((tag) => ts.displayPartsToString(tag.text));
  const problems: string[] = [];
  if (summary === '') problems.push('no summary');
  if (examples.length === 0) problems.push('no @example');
  else if (!examples.some((example) => /\/\/\s*=>/.test(example))) problems.push('no `// =>` result in its @example');
  return problems;
}

describe('API documentation', () => {
  it('typedoc documents every public JavaScript entry', () => {
    expect([...typedocEntryPoints].sort()).toEqual(entries.map((e) => e.source).sort());
  });

  it('every public export has a summary and an @example that shows its result', () => {
    const options = {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      resolveJsonModule: true,
      target: ts.ScriptTarget.ES2022,
    };
    const program = ts.createProgram(
      entries.map((e) => join(ROOT, e.source)),
      options,
    );
    const checker = program.getTypeChecker();
    const undocumented: string[] = [];
    // The main entry re-exports the schema entry: judge each declaration once.
    const seen = new Set<ts.Symbol>();
    for (const entry of entries) {
      const file = program.getSourceFile(join(ROOT, entry.source));
      const module = file && checker.getSymbolAtLocation(file);
      expect(module, entry.source).toBeDefined();
      for (const symbol of checker.getExportsOfModule(module!)) {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        if (seen.has(target)) continue;
        seen.add(target);
        const problems = problemsOf(target, checker);
        const where = target.declarations?.[0] ? relative(ROOT, target.declarations[0].getSourceFile().fileName) : '?';
        if (problems.length > 0) undocumented.push(`${entry.key} ${symbol.name} (${where}): ${problems.join(', ')}`);
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    expect(undocumented).toEqual([]);
  });
});

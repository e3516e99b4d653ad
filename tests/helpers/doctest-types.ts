/**
 * Type-checks code examples as a reader would paste them (tests/package/doctest-types.test.ts).
 * Each example becomes a module under .tmp/doctest-types/ that starts with the imports it needs,
 * and one TypeScript program checks them all with the project's compiler options.
 *
 * - A README or guide block is checked as written: it has its own imports, which resolve
 *   through package.json `exports` to the built package (dist/), as they do for a reader.
 * - A JSDoc `@example` has no imports: each name it uses is imported from the first place that
 *   exports it, as a reader would: the package entry of the module it documents, the other
 *   entries, zod (`z`), then, for internal helpers, the source module that holds the example,
 *   its layer's index and the other layers' indexes (the names the doctest gives it).
 * - The reader's own data and schemas (`myData`, `MyIncidentSchema`, `records`, …) are declared `any`.
 * - Plain JavaScript blocks (REPL snippets) are left out, and so are examples marked
 *   `// doctest: skip (reason)` that still name something nothing exports (an internal
 *   context); both are returned with their reasons.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { docBlocks } from './doc-blocks.js';
import { jsdocExamples, sourceFiles, type JsdocExample } from './jsdoc-examples.js';
import { exportEntries, ROOT } from '../package/helpers/manifest.js';

export interface Example extends Omit<JsdocExample, 'file'> {
  /** Relative to the repository root. */
  file: string;
  lang: 'ts' | 'js';
}

export interface TypeCheckOutcome {
  checked: number;
  /** `file:line: reason` for each example left out. */
  excluded: string[];
  /** `file:line TSxxxx message` for each compiler error. */
  failures: string[];
}

const WORK = join(ROOT, '.tmp/doctest-types');
const READER_DATA = /^([Mm]y[A-Z]\w*|records)$/;
const SKIP = /\/\/ doctest: skip \(([^)]+)\)/;
/** The layers whose indexes lend internal examples their neighbours, as in the doctest. */
const LAYERS = ['schema', 'time', 'quantity', 'dataset', 'compare', 'tables'];

/**
 * Every example: the JSDoc ones of src/ (but src/cli and src/generated) and every ```ts/```js
 * block of the README and the guides (the doctest runs those with `// =>` results,
 * tests/docs/notebooks-doc.test.ts those of notebooks.md; readers paste all of them).
 */
export function collectExamples(): Example[] {
  const pages = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  return [
    ...sourceFiles(join(ROOT, 'src'))
      .flatMap(jsdocExamples)
      .map((example): Example => ({ ...example, file: relative(ROOT, example.file), lang: 'ts' })),
    ...pages.flatMap((page) =>
      docBlocks(readFileSync(join(ROOT, page), 'utf8')).map((block) => ({ file: page, line: block.line + 1, source: block.code, lang: block.lang })),
    ),
  ];
}

// ---- Names: what an example uses without declaring it. ----

const LOCAL_DECLARATIONS = new Set([
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.Parameter,
  ts.SyntaxKind.BindingElement,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.TypeParameter,
  ts.SyntaxKind.ImportSpecifier,
  ts.SyntaxKind.ImportClause,
  ts.SyntaxKind.NamespaceImport,
]);

/** Whether an identifier names a member or a key (`a.b`, `{ b: 1 }`, `A.B`), not a binding. */
function isMemberName(node: ts.Identifier, parent: ts.Node): boolean {
  if (ts.isPropertyAccessExpression(parent) || ts.isMetaProperty(parent)) return parent.name === node;
  if (ts.isQualifiedName(parent)) return parent.right === node;
  if (ts.isBindingElement(parent) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return parent.propertyName === node;
  if (ts.isShorthandPropertyAssignment(parent)) return false;
  return ts.isObjectLiteralElement(parent) || ts.isTypeElement(parent) || ts.isClassElement(parent) ? parent.name === node : false;
}

/** The names an example uses and does not declare itself. */
function freeNames(code: string): Set<string> {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const used = new Set<string>();
  const declared = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      if (LOCAL_DECLARATIONS.has(parent.kind) && (parent as ts.NamedDeclaration).name === node) declared.add(node.text);
      else if (!isMemberName(node, parent)) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return new Set([...used].filter((name) => !declared.has(name)));
}

// ---- The program. ----

function compilerOptions(): ts.CompilerOptions {
  const tsconfig = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options, errors } = ts.convertCompilerOptionsFromJson((tsconfig.config as { compilerOptions: unknown }).compilerOptions, ROOT);
  if (errors.length > 0) throw new Error(ts.formatDiagnostics(errors, formatHost));
  // tests/package/consumers.test.ts compiles the shipped declarations with skipLibCheck off;
  // an example may leave a binding unused.
  return { ...options, noEmit: true, skipLibCheck: true, noUnusedLocals: false, noUnusedParameters: false };
}

const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => ROOT,
  getNewLine: () => '\n',
};

interface Module {
  /** What an import of it says: a package specifier or a relative path. */
  specifier: string;
  /** Its exports, each with whether it is a type only (imported as `type X`). */
  exports: Map<string, boolean>;
}

/** Whether an export is a type only, or a value exported with `export type` on the way. */
function isTypeOnly(checker: ts.TypeChecker, symbol: ts.Symbol): boolean {
  for (let link: ts.Symbol | undefined = symbol; link; link = checker.getImmediateAliasedSymbol(link)) {
    if (link.declarations?.some((d) => ts.isTypeOnlyImportOrExportDeclaration(d))) return true;
    if (!(link.flags & ts.SymbolFlags.Alias)) return (link.flags & ts.SymbolFlags.Value) === 0;
  }
  return false;
}

function moduleAt(program: ts.Program, path: string, specifier: string): Module {
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(path);
  const module = file && checker.getSymbolAtLocation(file);
  if (!module) throw new Error(`${relative(ROOT, path)} is not a module`);
  return { specifier, exports: new Map(checker.getExportsOfModule(module).map((symbol) => [symbol.name, isTypeOnly(checker, symbol)])) };
}

/** The layer of a source file: `src/dataset/compiled-validator/compile.ts` → `dataset`. */
const layerOf = (file: string) => file.split('/')[1];

/**
 * The import lines a reader writes above a JSDoc example: each name it uses from the first
 * module that exports it, in the order the file header gives.
 */
function jsdocImports(examples: Example[], options: ts.CompilerOptions): { importsOf: (example: Example, names: Set<string>) => string[]; scout: ts.Program } {
  // The package entries, resolved as a reader's import resolves them (package.json `exports`).
  const entries = exportEntries(ROOT)
    .filter((entry) => entry.kind === 'js')
    .map((entry) => {
      const resolved = ts.resolveModuleName(entry.specifier, join(WORK, 'example.ts'), options, ts.sys).resolvedModule;
      if (resolved === undefined) throw new Error(`${entry.specifier} does not resolve to types: build the package first (npm run build)`);
      return { key: entry.key, specifier: entry.specifier, path: resolved.resolvedFileName };
    });
  const sources = [...new Set([...examples.filter((e) => e.file.startsWith('src/')).map((e) => e.file), ...LAYERS.map((l) => `src/${l}/index.ts`)])];
  const scout = ts.createProgram([...entries.map((e) => e.path), ...sources.map((p) => join(ROOT, p))], options);
  const entry = new Map(entries.map((e) => [e.key, moduleAt(scout, e.path, e.specifier)]));
  const source = new Map(sources.map((p) => [p, moduleAt(scout, join(ROOT, p), relative(WORK, join(ROOT, p)).replace(/\.ts$/, '.js'))]));
  const zod: Module = { specifier: 'zod', exports: new Map([['z', false]]) };
  const importsOf = (example: Example, names: Set<string>): string[] => {
    // The entry of the module the example documents comes first (the records entry has its own getters).
    const home = example.file === 'src/entries/records.ts' ? './records' : example.file.startsWith('src/entries/schema') ? './schema' : '.';
    const layers = [layerOf(example.file), ...LAYERS].map((layer) => source.get(`src/${layer ?? ''}/index.ts`));
    const places = [entry.get(home), ...entry.values(), zod, source.get(example.file), ...layers].filter((m) => m !== undefined);
    const imports = new Map<Module, string[]>();
    for (const name of [...names].sort()) {
      const from = places.find((m) => m.exports.has(name));
      if (from === undefined) continue;
      imports.set(from, [...(imports.get(from) ?? []), from.exports.get(name) === true ? `type ${name}` : name]);
      names.delete(name);
    }
    return [...imports].map(([module, list]) => `import { ${list.join(', ')} } from '${module.specifier}';`);
  };
  return { importsOf, scout };
}

interface Generated {
  path: string;
  example: Example;
  /** Lines above the example's own. */
  header: number;
}

/**
 * Writes each example as a module under .tmp/doctest-types/; returns the written ones, and the
 * program that read the entries and sources for their exports, for the check to reuse.
 */
function writeModules(examples: Example[], options: ts.CompilerOptions, excluded: string[]): { generated: Generated[]; scout: ts.Program } {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const { importsOf, scout } = jsdocImports(examples, options);
  const generated: Generated[] = [];
  for (const example of examples) {
    if (example.lang === 'js') {
      excluded.push(`${example.file}:${example.line}: plain JavaScript (a REPL snippet), not type-checked by its readers`);
      continue;
    }
    const names = freeNames(example.source);
    // README and guide blocks carry their imports: they are checked as written.
    const header = example.file.startsWith('src/') ? importsOf(example, names) : [];
    const data = [...names].filter((name) => READER_DATA.test(name));
    if (data.length > 0) header.push(`declare const ${data.map((n) => `${n}: any`).join(', ')}; // the reader's own`);
    header.push('export {};');
    const path = join(WORK, `${example.file.replace(/\W+/g, '_')}_${example.line}.ts`);
    writeFileSync(path, `${header.join('\n')}\n${example.source}\n`);
    generated.push({ path, example, header: header.join('\n').split('\n').length });
  }
  return { generated, scout };
}

/** Type-checks the examples in one program; each error is reported at its example's line. */
export function typeCheckExamples(examples: Example[]): TypeCheckOutcome {
  const options = compilerOptions();
  const outcome: TypeCheckOutcome = { checked: 0, excluded: [], failures: [] };
  const { generated, scout } = writeModules(examples, options, outcome.excluded);
  // The examples import the files the scout program has parsed already.
  const program = ts.createProgram(
    generated.map((g) => g.path),
    options,
    undefined,
    scout,
  );
  for (const diagnostic of [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]) {
    outcome.failures.push(`the program: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
  }
  for (const { path, example, header } of generated) {
    const file = program.getSourceFile(path)!;
    const diagnostics = ts.getPreEmitDiagnostics(program, file).filter((d) => d.file === file);
    const where = `${example.file}:${example.line}`;
    const skip = SKIP.exec(example.source)?.[1];
    const missing = diagnostics.filter((d) => d.code === 2304 || d.code === 2552).map((d) => file.text.slice(d.start, (d.start ?? 0) + (d.length ?? 0)));
    if (skip !== undefined && missing.length > 0) {
      outcome.excluded.push(`${where}: uses ${[...new Set(missing)].join(', ')}, which nothing exports (doctest: skip (${skip}))`);
      continue;
    }
    outcome.checked += 1;
    for (const d of diagnostics) {
      const line = file.getLineAndCharacterOfPosition(d.start ?? 0).line - header;
      const at = line < 0 ? `${where} (in the lines ${relative(ROOT, path)} adds)` : `${example.file}:${example.line + line}`;
      outcome.failures.push(`${at} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n    ')}`);
    }
  }
  return outcome;
}

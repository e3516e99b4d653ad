import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

/**
 * The generated record files become `JSON.parse` of a string instead of object literals: V8 scans
 * a string far faster than it parses the same data as code, which is most of what importing the
 * main entry costs above zod (docs/performance.md). Marked pure, so a bundler still drops the
 * kinds an app does not read.
 */
const recordsAsJsonParse: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'records-as-json-parse',
  setup(build) {
    build.onLoad({ filter: /[\\/]generated[\\/]records[\\/][a-z-]+\.json$/ }, async ({ path }) => {
      const text = JSON.stringify(JSON.parse(await readFile(path, 'utf8')));
      return { contents: `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(text)});\n`, loader: 'js' };
    });
  },
};

export default defineConfig([
  {
    entry: { index: 'src/entries/main.ts', schema: 'src/entries/schema.ts', records: 'src/entries/records.ts' },
    format: ['esm', 'cjs'],
    // The declarations are bundled from tsc's output (npm run build:types, tsconfig.types.json),
    // not emitted here module by module: that made dist/*.d.ts differ between builds. Shared
    // declaration chunks are therefore named after a .d.ts module: check.d-<hash>.d.ts.
    dts: {
      entry: {
        index: '.tmp/types/entries/main.d.ts',
        schema: '.tmp/types/entries/schema.d.ts',
        records: '.tmp/types/entries/records.d.ts',
      },
    },
    clean: false,
    // The main entry must stay browser-safe: a neutral platform refuses Node built-ins.
    platform: 'neutral',
    target: 'es2022',
    sourcemap: false,
    splitting: true,
    treeshake: true,
    external: ['zod'],
    // date-fns is bundled: the dozen functions we call cost a few KB, while loading them from
    // node_modules at import meant some forty module files (docs/performance.md, import cost).
    noExternal: [/^date-fns/],
    esbuildPlugins: [recordsAsJsonParse],
  },
  {
    // The command line and its validation worker: Node only, ESM, kept apart from the
    // browser-safe entries above.
    entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/validate/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    clean: false,
    sourcemap: false,
    // Each command is its own chunk, imported when it runs (src/cli/main.ts).
    splitting: true,
    esbuildOptions(options) {
      // The command line's chunks go to dist/cli/, apart from the library's.
      options.chunkNames = 'cli/[name]-[hash]';
      // Whitespace and syntax are minified, to halve what Node compiles at start-up;
      // identifiers are kept, so that an internal error's stack still names our functions.
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
    treeshake: true,
    banner: { js: '#!/usr/bin/env node' },
    external: ['csv-parse', 'csv-stringify'],
    // zod is bundled into the command line: loaded from node_modules it is some sixty module
    // files, and resolving and compiling them was most of the start-up of `validate` on a small
    // file (docs/performance.md). A --schemas module still brings its own zod, and the command
    // line reads its schemas through zod's own methods and public internals, never instanceof.
    noExternal: [/^date-fns/, /^zod/],
    esbuildPlugins: [recordsAsJsonParse],
  },
]);

import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/entries/main.ts', schema: 'src/entries/schema.ts', records: 'src/entries/records.ts' },
    format: ['esm', 'cjs'],
    dts: true,
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
    splitting: false,
    treeshake: true,
    banner: { js: '#!/usr/bin/env node' },
    external: ['zod', 'csv-parse', 'csv-stringify'],
    noExternal: [/^date-fns/],
  },
]);

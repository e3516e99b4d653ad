// The layering of src/ (docs/architecture.md draws it). Each rule below guards one line of that
// note; `npm test` runs them (tests/package/layers.test.ts) and fails on any violation.
//   1 schema → 2 time, quantity → 3 dataset → 4 compare, tables → 5 entries → 6 cli
// A layer imports only the layers before it (lower numbers); time and quantity do not import
// each other, nor do compare and tables.
const layer = (name) => `^src/${name}/`;
const ours = '^src/';

/** A rule that forbids `from` to import any of our modules outside `allowed`. */
function onlyImports(name, from, allowed, comment) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { path: ours, pathNot: allowed.map(layer).concat(from) },
  };
}

module.exports = {
  forbidden: [
    onlyImports('schema-imports-nothing-ours', layer('schema'), [], 'src/schema is layer 1: it imports zod and nothing of ours.'),
    onlyImports('time-imports-schema-only', layer('time'), ['schema'], 'src/time (layer 2) imports only src/schema.'),
    onlyImports('quantity-imports-schema-only', layer('quantity'), ['schema'], 'src/quantity (layer 2) imports only src/schema.'),
    onlyImports('dataset-imports-layers-1-2', layer('dataset'), ['schema', 'time', 'quantity'], 'src/dataset (layer 3) imports only layers 1–2.'),
    onlyImports('compare-imports-layers-1-3', layer('compare'), ['schema', 'time', 'quantity', 'dataset'], 'src/compare (layer 4) imports only layers 1–3.'),
    onlyImports('tables-imports-layers-1-3', layer('tables'), ['schema', 'time', 'quantity', 'dataset'], 'src/tables (layer 4) imports only layers 1–3.'),
    onlyImports(
      'entries-never-reach-cli',
      layer('entries'),
      ['schema', 'time', 'quantity', 'dataset', 'compare', 'tables', 'generated'],
      'src/entries (layer 5, the browser-safe package entries) imports layers 1–4 and the generated data, never src/cli.',
    ),
    {
      name: 'node-builtins-only-in-cli',
      comment: 'Node built-ins (node:fs, …) only in src/cli; everything else runs in browsers. scripts/ is outside src/ and free.',
      severity: 'error',
      from: { path: ours, pathNot: layer('cli') },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, inside a layer or across layers.',
      severity: 'error',
      from: { path: ours },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every import resolves (a typo in a path is caught here, not by a consumer).',
      severity: 'error',
      from: { path: ours },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};

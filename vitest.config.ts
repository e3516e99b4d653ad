import { defineConfig } from 'vitest/config';

// Two projects: `unit` holds the tests of the pure modules (one folder per src/ layer, named as
// the module they test) and needs only the generated data; `integration` needs the built
// package (dist/), a browser, child processes or many random cases.
const UNIT = ['schema', 'time', 'quantity', 'dataset', 'compare', 'tables', 'entries', 'data'].map(
  (layer) => `tests/${layer}/**/*.test.ts`,
);

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print the one closing line CI reads.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      // Generous hook timeouts too: on a loaded machine, installing or removing a consumer
      // package in a hook can take far longer than vitest's default 10 s.
      { test: { name: 'unit', include: UNIT, testTimeout: 60_000, hookTimeout: 120_000 } },
      { test: { name: 'integration', include: ['tests/**/*.test.ts'], exclude: UNIT, testTimeout: 60_000, hookTimeout: 120_000 } },
    ],
  },
});

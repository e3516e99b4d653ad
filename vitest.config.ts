import { defineConfig } from 'vitest/config';

// Two projects: `unit` holds the tests of the pure modules (one folder per src/ layer, named as
// the module they test) and needs only the generated data; `integration` needs the built
// package (dist/), a browser, child processes or many random cases.
const UNIT = ['schema', 'time', 'quantity', 'dataset', 'compare', 'tables', 'entries', 'data'].map((layer) => `tests/${layer}/**/*.test.ts`);

// ZOD_DIR points the suite at another zod install (tests/package/oldest-zod.test.ts runs the
// unit project against the oldest zod the peer range allows).
const ZOD_DIR = process.env.ZOD_DIR;

const resolve = ZOD_DIR ? { alias: [{ find: /^zod$/, replacement: `${ZOD_DIR}/node_modules/zod/index.js` }] } : {};

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print the one closing line CI reads.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    // Timeouts are there to catch a hang, never to time the machine: CI runs on 2 cores that
    // may be busy, where a test that takes 10 s alone (typedoc, 50 MB inputs) can take 70 s.
    // Tests of hangs set their own, shorter limits on the child processes they start.
    projects: [
      { resolve, test: { name: 'unit', include: UNIT, testTimeout: 300_000, hookTimeout: 300_000 } },
      { resolve, test: { name: 'integration', include: ['tests/**/*.test.ts'], exclude: UNIT, testTimeout: 300_000, hookTimeout: 300_000 } },
    ],
  },
});

/**
 * `npm run test:fuzz`: runs every property test in tests/properties with FUZZ_RUNS cases each
 * (default 10,000; `npm run test:fuzz -- 50000` for more), then prints how many cases each
 * property ran, as the tests recorded them in reports/fuzz/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 10_000);
const root = fileURLToPath(new URL('../', import.meta.url));
const reports = new URL('../reports/fuzz/', import.meta.url);
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const started = Date.now();
const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/properties', '--testTimeout=0', '--reporter=default'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs) },
});

const results = readdirSync(reports)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, reports), 'utf8')));
console.log(`\nfuzz: ${runs} cases asked per property, ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const r of results.sort((a, b) => a.property.localeCompare(b.property))) {
  console.log(`  ${r.failed ? 'FAILED' : 'ok    '} ${String(r.cases).padStart(7)} cases  ${r.property}  (seed ${r.seed})`);
}
const short = results.filter((r) => r.failed || r.cases < runs);
console.log(`fuzz: ${results.length} properties, ${results.reduce((n, r) => n + r.cases, 0)} cases in all, ${short.length} failed or short`);
process.exit(vitest.status !== 0 || short.length > 0 || results.length === 0 ? 1 : 0);

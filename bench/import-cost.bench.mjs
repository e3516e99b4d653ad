// Cold import cost: the wall time of `node -e "import('central-asia-security')"` against a cold
// import of zod alone, each in a fresh process, interleaved so that machine noise hits both
// alike. Target: the package costs at most 1.1× zod (issue 15). Needs a build (npm run build).
// Run: node bench/import-cost.bench.mjs [runs]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.argv[2] ?? 31);
const TARGET = 1.1;

if (!existsSync(`${ROOT}dist/index.js`)) {
  console.error('import-cost: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

// From the repository root, Node resolves the package by its own name through `exports`
// (self-reference), exactly as a consumer's import would, and zod from node_modules.
const COMMANDS = {
  node: '0',
  zod: "import('zod')",
  'central-asia-security': "import('central-asia-security')",
  'central-asia-security/schema': "import('central-asia-security/schema')",
};

function time(code) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node -e "${code}" failed: ${run.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const samples = Object.fromEntries(Object.keys(COMMANDS).map((name) => [name, []]));
for (const code of Object.values(COMMANDS)) time(code); // warm the file cache once
for (let i = 0; i < RUNS; i += 1) {
  for (const [name, code] of Object.entries(COMMANDS)) samples[name].push(time(code));
}

const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
const startup = medians.node;
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${RUNS} runs each, median wall time of a fresh process`);
console.log('');
console.log('| import | total | above bare `node -e 0` |');
console.log('| --- | ---: | ---: |');
for (const [name, ms] of Object.entries(medians)) {
  const label = name === 'node' ? '(none: `node -e 0`)' : `\`${name}\``;
  console.log(`| ${label} | ${ms.toFixed(1)} ms | ${name === 'node' ? '—' : `${(ms - startup).toFixed(1)} ms`} |`);
}
const ratio = medians['central-asia-security'] / medians.zod;
const netRatio = (medians['central-asia-security'] - startup) / (medians.zod - startup);
console.log('');
console.log(`central-asia-security / zod: ${ratio.toFixed(2)}× total, ${netRatio.toFixed(2)}× above node's own start-up (target ≤ ${TARGET}× total)`);
if (ratio > TARGET) {
  console.error(`import-cost: over target (${ratio.toFixed(2)}× > ${TARGET}×)`);
  process.exitCode = 1;
}

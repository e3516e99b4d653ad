// Runs every bench/*.bench.mjs in turn, each in its own process so that one benchmark's heap
// and JIT state cannot colour the next. Pass names to run a subset: `npm run bench -- import-cost`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.startsWith(wanted)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n# ${file}\n`);
  const run = spawnSync(process.execPath, [`${dir}${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
if (failed > 0) {
  console.error(`${failed} benchmark(s) failed`);
  process.exit(1);
}

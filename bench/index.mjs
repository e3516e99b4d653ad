/**
 * `npm run bench`: runs every bench/*.bench.mjs in turn, each in its own process so that one
 * benchmark's memory and JIT state cannot skew the next. Benchmarks print their own figures.
 * Other benchmarks are added by dropping a file here.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./', import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.mjs') && (only === undefined || name.includes(only)))
  .sort();
let failed = 0;
for (const name of files) {
  console.log(`\n## ${name}\n`);
  const result = spawnSync(process.execPath, [`${dir}${name}`], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`${name} failed with exit code ${result.status}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;

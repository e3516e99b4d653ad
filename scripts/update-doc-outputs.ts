/**
 * Reruns every ```ts/```js example of a docs page against the built package and rewrites the
 * ```text block after each with what it prints. Review the diff: the page's test
 * (tests/docs/notebooks-doc.test.ts) then holds the page to it. Usage: tsx scripts/update-doc-outputs.ts [docs/notebooks.md]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { writeAtomicallySync as writeAtomically } from '../src/cli/export/write-atomically.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const page = process.argv[2] ?? 'docs/notebooks.md';
const lines = readFileSync(`${ROOT}${page}`, 'utf8').split('\n');
const out: string[] = [];
mkdirSync(`${ROOT}.tmp/notebooks`, { recursive: true });
let printed: string | undefined;
for (let i = 0; i < lines.length; i++) {
  const open = /^```(\S*)\s*$/.exec(lines[i]!);
  if (!open) {
    out.push(lines[i]!);
    continue;
  }
  const body: string[] = [];
  let j = i + 1;
  for (; j < lines.length && !/^```\s*$/.test(lines[j]!); j++) body.push(lines[j]!);
  const lang = open[1];
  if (lang === 'text' && printed !== undefined) {
    out.push('```text', ...printed.trimEnd().split('\n'), '```');
    printed = undefined;
  } else {
    out.push(...lines.slice(i, j + 1));
    if (lang === 'ts' || lang === 'js') {
      const file = `${ROOT}.tmp/notebooks/update-${i + 1}.mjs`;
      writeFileSync(file, transformSync(body.join('\n'), { loader: lang, format: 'esm', target: 'node20' }).code);
      printed = execFileSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    } else {
      printed = undefined;
    }
  }
  i = j;
}
writeAtomically(`${ROOT}${page}`, out.join('\n'));
console.log(`update-doc-outputs: rewrote the output blocks of ${page}`);

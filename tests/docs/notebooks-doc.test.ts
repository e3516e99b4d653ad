import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { docBlocks } from '../helpers/doc-blocks.js';

// Runs every ```ts/```js example of docs/notebooks.md against the built package (imported by
// its name, as a reader would) and checks that it prints exactly the ```text block after it.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = 'docs/notebooks.md';
const blocks = docBlocks(readFileSync(`${ROOT}${PAGE}`, 'utf8'));
const WORK = `${ROOT}.tmp/notebooks/`;

describe(PAGE, () => {
  it('has worked examples, each followed by its output', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) expect(block.output, `${PAGE}:${block.line} has no \`\`\`text output block after it`).toBeDefined();
  });

  it('has plain JavaScript blocks that run pasted into a REPL: dynamic import(), no static import', () => {
    const js = blocks.filter((b) => b.lang === 'js');
    expect(js.length).toBeGreaterThan(0);
    for (const block of js) {
      expect(block.code, `${PAGE}:${block.line}`).toMatch(/await import\(/);
      expect(block.code, `${PAGE}:${block.line}`).not.toMatch(/^import\s/m);
    }
  });

  it.each(blocks.map((b) => [b.line, b] as const))(`prints what the page says, block at line %i`, async (line, block) => {
    const { code } = await transform(block.code, { loader: block.lang, format: 'esm', target: 'node20' });
    mkdirSync(WORK, { recursive: true });
    const file = `${WORK}block-${line}.mjs`;
    writeFileSync(file, code);
    const printed = execFileSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    expect(printed.trimEnd()).toBe((block.output ?? '').trimEnd());
  });
});

/**
 * The pandas snippet of docs/notebooks.md runs as a reader would paste it, against the built
 * data package, and prints what the page says. CI installs Debian's python3-pandas (.ci/run);
 * elsewhere the test is skipped when pandas is missing, and fails in CI (CI=true) instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const page = readFileSync(`${ROOT}docs/notebooks.md`, 'utf8');
// Debian's python3-pandas lives under /usr/bin/python3, which a pyenv shim on PATH may hide.
const python = ['python3', '/usr/bin/python3'].find((bin) => spawnSync(bin, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0);
const hasPandas = python !== undefined;

describe('docs/notebooks.md in Python', () => {
  it.skipIf(!hasPandas && process.env['CI'] !== 'true')('reads text columns as text and prints what the page says', () => {
    const match = /```python\n([\s\S]*?)```\s*```text\n([\s\S]*?)```/.exec(page);
    expect(match, 'a ```python block followed by its ```text output').not.toBeNull();
    const [, code, output] = match!;
    // The snippet reads the installed package; here the built one stands in for it.
    const script = code!.replace('node_modules/central-asia-security/dist/data/', `${ROOT}dist/data/`);
    mkdirSync(`${ROOT}.tmp`, { recursive: true });
    writeFileSync(`${ROOT}.tmp/pandas-snippet.py`, script);
    const printed = execFileSync(python ?? 'python3', [`${ROOT}.tmp/pandas-snippet.py`], { encoding: 'utf8' });
    expect(printed.trimEnd()).toBe(output!.trimEnd());
  });
});

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('../helpers/import-probe.mjs', import.meta.url));
const entry = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

describe('importing the built main entry', () => {
  it('freezes and indexes nothing until the data is first used', () => {
    const report = JSON.parse(execFileSync(process.execPath, [probe, entry], { encoding: 'utf8' })) as {
      atImport: { freeze: number; mapSet: number };
      afterUse: { freeze: number; mapSet: number };
    };
    expect(report.atImport).toEqual({ freeze: 0, mapSet: 0 });
    expect(report.afterUse.freeze).toBeGreaterThan(0);
    expect(report.afterUse.mapSet).toBeGreaterThan(0);
  });
});

describe('what importing the built main entry loads', () => {
  it('is our own files and zod: date-fns is bundled, not loaded as some forty module files', async () => {
    const { readFileSync } = await import('node:fs');
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(`${dist}${file}`, 'utf8');
      for (const [, specifier] of code.matchAll(/^(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
        if (specifier!.startsWith('./')) visit(specifier!.slice(2));
        else bare.add(specifier!);
      }
    };
    visit('index.js');
    expect(seen.size).toBeGreaterThan(1);
    expect([...bare]).toEqual(['zod']);
  });
});

/**
 * How many zod schema objects importing a built entry creates, counted in a fresh process: zod
 * first, then a hook on `Object.defineProperty` of `_zod` (each zod schema and check defines
 * it once), then the entry; `use` runs after the count at import is taken.
 */
function zodObjectsBuilt(entry: string, use = ''): { atImport: number; afterUse: number } {
  const script = `
    await import('zod');
    let n = 0;
    const define = Object.defineProperty;
    Object.defineProperty = function (o, p, d) { if (p === '_zod') n++; return define.call(this, o, p, d); };
    const m = await import(${JSON.stringify(new URL(`../../dist/${entry}`, import.meta.url).href)});
    const atImport = n;
    ${use}
    console.log(JSON.stringify({ atImport, afterUse: n }));`;
  const cwd = fileURLToPath(new URL('../../', import.meta.url));
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd })) as {
    atImport: number;
    afterUse: number;
  };
}

describe('the zod schemas a built entry builds at import', () => {
  it('are none for the main entry: createDataset builds them on its first call', () => {
    const main = zodObjectsBuilt('index.js', `m.createDataset({ sources: [...m.dataset.sources], actors: [m.getActor('iskp')] });`);
    expect(main.atImport).toBe(0);
    expect(main.afterUse).toBeGreaterThan(100);
  });

  it('are all of them for the schema entry, whose exports are the schema objects', () => {
    // 398 on 2026-12-02 (323 schemas, 75 checks); the bound only shows that the count sees them.
    expect(zodObjectsBuilt('schema.js').atImport).toBeGreaterThan(300);
  });
});

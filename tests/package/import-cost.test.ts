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

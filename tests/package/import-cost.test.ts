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

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORROBORATION_DOC, withCurrentTables } from '../../scripts/corroboration-table.js';

describe('docs/corroboration.md', () => {
  it('holds the current tables of checks and sources (regenerate: npx tsx scripts/corroboration-table.ts --write)', () => {
    const doc = readFileSync(CORROBORATION_DOC, 'utf8');
    expect(doc).toBe(withCurrentTables(doc));
    expect(doc).toContain('| `unodc-afghanistan-opium-report-2023` (incident) | date | **contradicts** | 2023-06-25 |');
  });
});

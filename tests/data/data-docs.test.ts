import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_DOC, withCurrentTable } from '../../scripts/coverage-table.js';

describe('docs/data.md', () => {
  it('holds the current coverage table (regenerate: npx tsx scripts/coverage-table.ts --write)', () => {
    const doc = readFileSync(DATA_DOC, 'utf8');
    expect(doc).toBe(withCurrentTable(doc));
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tablesMarkdown } from '../../scripts/tables-markdown.js';
import { exportTables, dataset } from '../../src/entries/main.js';

describe('docs/tables.md', () => {
  const page = readFileSync(new URL('../../docs/tables.md', import.meta.url), 'utf8');

  it('documents every table and column as the code defines them (run npm run docs:tables after a change)', () => {
    expect(page).toBe(tablesMarkdown());
    for (const table of exportTables(dataset)) {
      expect(page).toContain(`## ${table.name}\n`);
      for (const column of table.columns) expect(page).toContain(`| \`${column.name}\` | ${column.type} |`);
    }
  });
});

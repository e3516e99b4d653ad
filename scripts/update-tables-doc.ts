/** Writes docs/tables.md, the column reference of the export tables (temp file, then rename). */
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tablesMarkdown } from './tables-markdown.js';

const path = fileURLToPath(new URL('../docs/tables.md', import.meta.url));
writeFileSync(`${path}.${process.pid}.tmp`, tablesMarkdown());
renameSync(`${path}.${process.pid}.tmp`, path);
console.log('update-tables-doc: wrote docs/tables.md');

/** Writes docs/tables.md, the column reference of the export tables (temp file, then rename). */
import { fileURLToPath } from 'node:url';
import { tablesMarkdown } from './tables-markdown.js';
import { writeAtomicallySync as writeAtomically } from '../src/cli/export/write-atomically.js';

const path = fileURLToPath(new URL('../docs/tables.md', import.meta.url));
writeAtomically(path, tablesMarkdown());
console.log('update-tables-doc: wrote docs/tables.md');

/**
 * Writes the JSON Schema (draft 2020-12) of every record kind and of a whole dataset to
 * dist/json-schema/<name>.json, published as `central-asia-security/json-schema/<name>.json`.
 * Runs after tsup (which empties dist/); each file goes to a temporary name and is renamed.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/schema/index.js';
import { writeAtomicallySync as writeAtomically } from '../src/cli/export/write-atomically.js';

const OUT = fileURLToPath(new URL('../dist/json-schema/', import.meta.url));

mkdirSync(OUT, { recursive: true });
const documents = jsonSchemas();
for (const [name, document] of Object.entries(documents)) {
  writeAtomically(`${OUT}${name}.json`, `${JSON.stringify(document, null, 2)}\n`);
}
console.log(`build-json-schema: ${Object.keys(documents).join(', ')} → dist/json-schema/`);

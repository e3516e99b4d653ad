/**
 * Writes src/generated/validity-checks/<kind>.ts: each record kind's validity check as code
 * that needs no zod, generated from our schemas. `validate` runs it first, so a valid file is
 * checked without loading zod or building a schema; a record it refuses goes to zod for its
 * issues (docs/performance.md). Run by `npm run build:data`.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateValidityModule, unsupportedModule } from '../src/dataset/compiled-validator/validity-module.js';
import { Unsupported } from '../src/dataset/compiled-validator/zod-internals.js';
import { RECORD_KINDS, recordSchemas } from '../src/schema/index.js';
import { writeAtomicallySync as writeAtomically } from '../src/cli/export/write-atomically.js';

const OUT = fileURLToPath(new URL('../src/generated/validity-checks/', import.meta.url));

mkdirSync(OUT, { recursive: true });
const covered: string[] = [];
for (const kind of RECORD_KINDS) {
  const name = `RECORD_SCHEMAS.${kind}`;
  let source: string;
  try {
    source = generateValidityModule(recordSchemas()[kind], name);
    covered.push(kind);
  } catch (error) {
    // A construct the generator cannot write without zod (a URL format): that kind is checked by zod alone.
    if (!(error instanceof Unsupported)) throw error;
    source = unsupportedModule(name, error.message);
  }
  writeAtomically(`${OUT}${kind}.ts`, source);
}
console.log(`build-validity-checks: ${RECORD_KINDS.length} modules in src/generated/validity-checks/, checks without zod for ${covered.join(', ')}`);

import { describe, expect, it } from 'vitest';
import { defaultSchema } from '../../../src/cli/validate/default-schema.js';
import { RECORD_KINDS } from '../../../src/schema/index.js';
import { RECORD_SCHEMAS } from '../../../src/entries/schema.js';

describe('defaultSchema', () => {
  it("loads each kind's own schema, the very one createDataset validates with", async () => {
    for (const kind of RECORD_KINDS) expect([kind, (await defaultSchema(kind)) === RECORD_SCHEMAS[kind]]).toEqual([kind, true]);
  });
});

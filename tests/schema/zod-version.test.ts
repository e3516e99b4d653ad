import { z } from 'zod';
import { describe, expect, it } from 'vitest';

// Guards the oldest-zod run (tests/package/oldest-zod.test.ts): the suite really loads the zod
// it was pointed at, not the devDependency.
describe('the zod under test', () => {
  it.runIf(process.env.ZOD_EXPECTED_VERSION)('is the version the run asked for', () => {
    const { major, minor, patch } = z.core.version;
    expect(`${major}.${minor}.${patch}`).toBe(process.env.ZOD_EXPECTED_VERSION);
  });
});

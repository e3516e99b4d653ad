/**
 * Size budgets of the built entries, min+gz on top of zod (a peer dependency the user already
 * pays for). Each entry is measured twice: bundled with zod external (our code and date-fns
 * alone), and bundled with zod minus zod bundled alone. Both must fit the budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSize as measure, kb, type BundleSize } from '../../scripts/lib/bundle-size.mjs';
import { ROOT } from './helpers/manifest.js';

// The main entry carries the bundled records: the checks and primary sources of issue 12 added
// about 21 KB min+gz of data (checks 12 KB, sources 9 KB) and some 2 KB of code to it; the
// places' geometry and the second round's code brought it to 67.7 KB (2026-12-01). The schema
// entry grew to 7.1 KB with the check, source, geometry and unit schemas and the 249 ISO 3166-1
// codes, and to 8.1 KB when each schema became a factory called once (2026-12-02: the main
// entry builds none at import, about 13 ms of its cold start). An app that only reads records imports `central-asia-security/records` (budgeted in
// records-entry.test.ts), so these budgets are for apps that query or validate.
const BUDGET = { schema: 8_500, main: 72_000 };
const ENTRY = { schema: './dist/schema.js', main: './dist/index.js' };

const bundleSize = (module: string, options: { external?: string[] } = {}) => measure(module, { resolveDir: ROOT, ...options });

let zodAlone: BundleSize;
beforeAll(async () => {
  zodAlone = await bundleSize('zod');
});

/** Every name and quote of the bundled records: text that only the data carries. */
function recordTexts(): string[] {
  const records = JSON.parse(readFileSync(join(ROOT, 'src/generated/records.json'), 'utf8')) as Record<
    string,
    { name?: string; citations?: { quote?: string; summary?: string }[] }[]
  >;
  const texts = Object.values(records).flatMap((list) =>
    list.flatMap((record) => [
      ...(record.citations ?? []).flatMap((c) => [c.quote, c.summary].filter((t): t is string => t !== undefined)),
      ...(record.name === undefined ? [] : [record.name]),
    ]),
  );
  // Short names ("SCO") could occur in code by chance; quotes and long names cannot.
  return [...new Set(texts)].filter((text) => text.length >= 12);
}

describe.each(['schema', 'main'] as const)('the %s entry', (entry) => {
  it(`adds at most ${kb(BUDGET[entry])} min+gz on top of zod`, async () => {
    const alone = await bundleSize(ENTRY[entry], { external: ['zod'] });
    const withZod = await bundleSize(ENTRY[entry]);
    const added = withZod.gzip - zodAlone.gzip;
    expect(alone.gzip, `${entry}: ${kb(alone.gzip)} min+gz with zod external`).toBeLessThanOrEqual(BUDGET[entry]);
    expect(added, `${entry}: ${kb(added)} min+gz added to zod's ${kb(zodAlone.gzip)}`).toBeLessThanOrEqual(BUDGET[entry]);
  });
});

describe('data stays out of the schema entry', () => {
  it('bundles none of the records', async () => {
    const texts = recordTexts();
    expect(texts).toContain('Jamaat Ansarullah');
    const schema = await bundleSize(ENTRY.schema, { external: ['zod'] });
    expect(texts.filter((text) => schema.code.includes(text))).toEqual([]);
    // The same search finds the data in the main entry, so it can fail.
    const main = await bundleSize(ENTRY.main, { external: ['zod'] });
    expect(main.code).toContain('Jamaat Ansarullah');
  });
});

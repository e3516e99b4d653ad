/**
 * Runs a fast-check property with the suite's case count and records how many cases ran.
 *
 * The normal suite runs FUZZ_RUNS cases per property (default 200); `npm run test:fuzz` sets
 * FUZZ_RUNS=10000 and prints the counts that each property wrote to reports/fuzz/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';

/** Cases per property: FUZZ_RUNS from the environment, else a few hundred. */
export const NUM_RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);

const REPORT_DIR = new URL('../../reports/fuzz/', import.meta.url);

/** Checks `property` for NUM_RUNS cases (or `runs`), fails with fast-check's counterexample report. */
export function runProperty<T>(name: string, property: fc.IProperty<T>, runs = NUM_RUNS): void {
  const details = fc.check(property, {
    numRuns: runs,
    ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']), ...(process.env['FUZZ_PATH'] ? { path: process.env['FUZZ_PATH'] } : {}) } : {}),
  });
  mkdirSync(REPORT_DIR, { recursive: true });
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  writeFileSync(
    new URL(`${slug}.json`, REPORT_DIR),
    JSON.stringify({ property: name, cases: details.numRuns, skipped: details.numSkips, failed: details.failed, seed: details.seed }),
  );
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance : new Error(String(details.errorInstance));
    throw new Error(`property "${name}" failed: ${cause.message}\n${cause.stack ?? ''}\n${fc.defaultReportMessage(details) ?? ''}`.slice(0, 20_000), { cause });
  }
  expect(details.numRuns).toBe(runs);
}

// Runs the date tests under time zones far from UTC (and one with daylight saving), so that any
// date math that reads the machine's zone fails here. Part of `npm test`, hence of .ci/run.
import { spawnSync } from 'node:child_process';

const ZONES = ['Pacific/Apia', 'Pacific/Kiritimati', 'America/Los_Angeles'];
const TESTS = ['tests/time', 'tests/compare', 'tests/schema', 'tests/hostile/library-dates-and-lookups.test.ts', 'tests/properties/time-zones.test.ts'];

let failed = 0;
for (const zone of ZONES) {
  console.log(`time-zones: TZ=${zone}`);
  // The JSON reporter is left out: the main run's report is the one CI reads.
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...TESTS], { stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (run.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`time-zones: the date tests failed under ${failed} of ${ZONES.length} zones`);
  process.exit(1);
}

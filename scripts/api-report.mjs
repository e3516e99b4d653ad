// Checks (default) or rewrites (--local) the API reports in etc/, one per public JavaScript
// entry, from the built .d.ts files (run `npm run build` first). Without --local, api-extractor
// fails when a report differs from the build: the public surface changed without review.
// Usage: node scripts/api-report.mjs [--local]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const localBuild = process.argv.includes('--local');
const configs = readdirSync(ROOT)
  .filter((f) => /^api-extractor(\.[\w-]+)?\.json$/.test(f))
  .sort();

let failed = 0;
for (const config of configs) {
  const result = Extractor.invoke(ExtractorConfig.loadFileAndPrepare(join(ROOT, config)), { localBuild, showVerboseMessages: false });
  if (!result.succeeded) {
    failed += 1;
    console.error(`api-report: ${config} failed${localBuild ? '' : '; if the change is intended, run `npm run api:update` and commit etc/'}`);
  }
}
console.log(`api-report: ${configs.length - failed} of ${configs.length} entries ${localBuild ? 'written' : 'match etc/'}`);
process.exit(failed === 0 ? 0 : 1);

// Bundle size of each entry, min+gz, as the size budget test measures it (esbuild, platform
// browser, minified; gzip from node:zlib): with zod external, and added on top of zod bundled.
// Budgets: schema ≤ 6 KB, main ≤ 40 KB (tests/package/size.test.ts enforces them). Needs a build.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleSize, kb } from '../scripts/lib/bundle-size.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${ROOT}dist/index.js`)) {
  console.error('bundle-size: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const ENTRIES = { 'central-asia-security/schema': './dist/schema.js', 'central-asia-security': './dist/index.js' };

const zod = await bundleSize('zod', { resolveDir: ROOT });
console.log(`zod alone: ${kb(zod.min)} min, ${kb(zod.gzip)} min+gz`);
console.log('');
console.log('| entry | min (zod external) | min+gz (zod external) | min+gz added to zod |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, path] of Object.entries(ENTRIES)) {
  const alone = await bundleSize(path, { resolveDir: ROOT, external: ['zod'] });
  const withZod = await bundleSize(path, { resolveDir: ROOT });
  console.log(`| \`${name}\` | ${kb(alone.min)} | ${kb(alone.gzip)} | ${kb(withZod.gzip - zod.gzip)} |`);
}

// Rewrites the tarball list in docs/releasing.md from `npm pack --dry-run --json`, with each
// shared chunk's content hash written as <hash>. tests/package/tarball.test.ts compares the two.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeAtomicallySync as writeAtomically } from '../src/cli/export/write-atomically.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOC = `${ROOT}docs/releasing.md`;

const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
const files = [
  ...new Set(
    report.files.map((file) =>
      // As tests/package/tarball.test.ts writes them, the command line's chunks included.
      file.path
        .replace(/^dist\/chunk-[A-Za-z0-9_-]+\./, 'dist/chunk-<hash>.')
        .replace(/^dist\/([a-z][a-z.-]*)-[A-Za-z0-9_-]{8}\.d\.(c?ts)$/, 'dist/$1-<hash>.d.$2')
        .replace(/^dist\/cli\/([a-z-]+)-[A-Z0-9]{8}\.js$/, 'dist/cli/$1-<hash>.js'),
    ),
  ),
].sort();
const doc = readFileSync(DOC, 'utf8');
const block = /(<!-- tarball:start -->\s*```text\n)[\s\S]*?(```\s*<!-- tarball:end -->)/;
if (!block.test(doc)) throw new Error('docs/releasing.md has no tarball list between its markers');
writeAtomically(
  DOC,
  doc.replace(block, (_, start, end) => `${start}${files.join('\n')}\n${end}`),
);
console.log(`docs/releasing.md: ${files.length} files (${report.entryCount} in the tarball, ${report.size} bytes packed, ${report.unpackedSize} unpacked)`);

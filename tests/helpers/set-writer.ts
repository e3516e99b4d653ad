/**
 * Child process for tests/hostile/cli-query-export.test.ts: replaces `count` files of `size`
 * bytes in `dir` as one set through the CLI's writer, so that the test can signal it once the
 * first temporary file exists.
 *
 *   node --import tsx tests/helpers/set-writer.ts <dir> <count> <size>
 */
import { join } from 'node:path';
import { writeFilesAtomically } from '../../src/cli/export/write-atomically.js';

const [dir, count, size] = process.argv.slice(2) as [string, string, string];
const content = 'n'.repeat(Number(size));
await writeFilesAtomically(Array.from({ length: Number(count) }, (_, i) => [join(dir, `file-${i}.txt`), content] as const));

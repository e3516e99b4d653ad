/**
 * Child process for tests/cli/export/killed-export.test.ts: writes `size` bytes to `target`, through the
 * CLI's atomic writer (`atomic`) or in place (`direct`, the control), so that the test can
 * SIGKILL it halfway.
 *
 *   node --import tsx tests/helpers/slow-writer.ts atomic|direct <target> <size>
 */
import { writeFile } from 'node:fs/promises';
import { writeAtomically } from '../../src/cli/export/write-atomically.js';

const [mode, target, size] = process.argv.slice(2) as [string, string, string];
const content = 'x'.repeat(Number(size));
if (mode === 'atomic') await writeAtomically(target, content);
else await writeFile(target, content);

/**
 * Entry of the `central-asia-security` bin (built to dist/cli.js): runs the command line on
 * the process's own streams and sets the exit code.
 */
import { EXIT } from './exit-codes.js';
import { main } from './main.js';
import { guardProcess } from './process-guard.js';

const guard = guardProcess(process);

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => guard.finished(code),
  (error: unknown) => {
    process.stderr.write(`central-asia-security: internal error: ${(error as Error).stack ?? String(error)}\n`);
    guard.finished(EXIT.unusable);
  },
);

/**
 * Entry of the `central-asia-security` bin (built to dist/cli.js): runs the command line on
 * the process's own streams and sets the exit code.
 */
import { EXIT } from './exit-codes.js';
import { main } from './main.js';

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`central-asia-security: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.unusable;
  },
);

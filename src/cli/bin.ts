/**
 * Entry of the `central-asia-security` bin (built to dist/cli.js): runs the command line on
 * the process's own streams and sets the exit code.
 */
import { EXIT } from './exit-codes.js';
import { main } from './main.js';
import { guardProcess } from './process-guard.js';

const guard = guardProcess(process);

/**
 * Ends the process once what was written has been handed on: a caller's `--schemas` module may
 * leave a timer or a socket open, and a finished run must not wait on it (a CI job would hang
 * after a passing report).
 */
function end(code: number): void {
  guard.finished(code);
  process.stdout.write('', (error?: Error | null) => {
    // A failed write (ENOSPC) is the guard's to report, with exit 2; a reader gone away (EPIPE)
    // keeps the true exit code.
    if (!error || (error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(code);
  });
}

// stdin is read through a getter: Node builds process.stdin when first asked, and only
// `validate -` reads it.
const io = {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
};

main(process.argv.slice(2), io).then(end, (error: unknown) => {
  process.stderr.write(`central-asia-security: internal error: ${(error as Error).stack ?? String(error)}\n`);
  end(EXIT.unusable);
});

import { EXIT } from './exit-codes.js';

/** The parts of `process` the guard uses, so that a test can hand it a fake one. */
export interface GuardedProcess {
  exitCode?: number | string | null | undefined;
  stdout: NodeJS.EventEmitter;
  stderr: { write(text: string): unknown };
  on(event: 'exit', listener: (code: number) => void): unknown;
  exit(code: number): never;
}

/**
 * Keeps the command's exit code honest whatever happens around it:
 *
 * - until the command has finished, the exit code is 2, so a run that stops early (its event
 *   loop empties while it waits for an answer that never comes, or a caller's `--schemas` code
 *   calls `process.exit` on the main thread) can never pass for a success or for "invalid
 *   records"; it says on stderr that it stopped before finishing;
 * - when stdout's reader goes away (`| head -1`, EPIPE), the rest of the report is dropped
 *   without a word, but the run goes on to its true exit code: `validate bad.ndjson | head -1`
 *   under `set -o pipefail` still fails, as it would with the whole report (coreutils die of
 *   SIGPIPE, status 141, for the same reason);
 * - any other failure to write stdout (ENOSPC on a full disk, EIO) ends the run with exit 2
 *   and one line on stderr.
 *
 * @example
 * ```ts
 * const guard = guardProcess(process);
 * guard.finished(await main(args, io)); // process.exitCode = what main returned
 * ```
 */
export function guardProcess(proc: GuardedProcess): { finished(code: number): void } {
  let done = false;
  proc.exitCode = EXIT.unusable;
  proc.on('exit', () => {
    if (done) return;
    proc.exitCode = EXIT.unusable;
    proc.stderr.write('central-asia-security: stopped before finishing (did a --schemas module call process.exit?); no result\n');
  });
  let readerGone = false;
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // Later writes to the closed pipe fail too (ERR_STREAM_DESTROYED): nothing more to say.
    if (readerGone || error.code === 'EPIPE') {
      readerGone = true;
      return;
    }
    done = true;
    proc.stderr.write(`central-asia-security: cannot write the output: ${error.code ?? error.message}\n`);
    proc.exit(EXIT.unusable);
  });
  return {
    finished(code) {
      done = true;
      proc.exitCode = code;
    },
  };
}

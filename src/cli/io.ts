import type { Readable, Writable } from 'node:stream';

/** The streams a command reads and writes; the process's own, or a test's. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

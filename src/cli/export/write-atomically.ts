/**
 * The one atomic writer of the CLI and of the build and doc scripts: each file goes to a
 * temporary sibling and is renamed over its target, so that a reader (or a crash) sees the old
 * file or the new one, never half of one.
 *
 * Temporary files are created exclusively (O_CREAT | O_EXCL, and O_NOFOLLOW) under a name with
 * 64 random bits, so another local account cannot plant a symlink at a guessable name and have
 * the write land on a file of its choosing. A write that makes no progress (a `/proc` file that
 * accepts 0 bytes) is an error, not a loop.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { constants as os } from 'node:os';
import { basename, dirname, join } from 'node:path';

const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * A temporary name beside `path` that nobody can guess: `.<name>.<16 hex digits>.tmp`.
 *
 * @example
 * ```ts
 * temporaryPathFor('out/actors.csv'); // => 'out/.actors.csv.3f9c0a1b2d4e5f60.tmp' (random)
 * ```
 */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
}

function stalled(path: string): Error {
  return Object.assign(new Error(`write to "${path}" made no progress (0 bytes written)`), { code: 'EIO' });
}

/**
 * Writes `content` to `temporary`, a new file that must not exist yet. Synchronous on purpose:
 * a signal handler runs only between these calls, never while an open() of libuv's thread pool
 * is in flight, which could create a temporary file after the handler had removed the others.
 */
function writeTemporary(temporary: string, content: string): void {
  const fd = openSync(temporary, EXCLUSIVE, 0o666);
  try {
    const bytes = Buffer.from(content);
    for (let offset = 0; offset < bytes.length;) {
      const written = writeSync(fd, bytes, offset, bytes.length - offset);
      if (written === 0) throw stalled(temporary);
      offset += written;
    }
  } finally {
    closeSync(fd);
  }
}

/** Lets pending signals reach their handlers between two files. */
const yieldToSignals = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Writes a set of files as one: every file to its temporary sibling first, then every rename.
 * On any failure before the renames, every temporary file is removed and no target changed.
 * While it runs, SIGINT and SIGTERM remove the temporary files before the process ends.
 *
 * @example
 * ```ts
 * await writeFilesAtomically([['out/actors.json', '[]\n'], ['out/places.json', '[]\n']]);
 * ```
 */
export async function writeFilesAtomically(files: readonly (readonly [path: string, content: string])[]): Promise<void> {
  const temporaries: [string, string][] = [];
  const cleanUp = (): void => {
    for (const [temporary] of temporaries) rmSync(temporary, { force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanUp();
    process.exit(128 + (os.signals[signal] ?? 15));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    for (const [path, content] of files) {
      // Listed before it exists, so that a signal arriving mid-write removes it too.
      const temporary = temporaryPathFor(path);
      temporaries.push([temporary, path]);
      writeTemporary(temporary, content);
      await yieldToSignals();
    }
    for (const [temporary, path] of temporaries) renameSync(temporary, path);
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * Writes one file atomically (see {@link writeFilesAtomically}).
 *
 * @example
 * ```ts
 * await writeAtomically('out/actors.json', '[]\n');
 * ```
 */
export async function writeAtomically(path: string, content: string): Promise<void> {
  await writeFilesAtomically([[path, content]]);
}

/**
 * The same, synchronously, for build scripts.
 *
 * @example
 * ```ts
 * writeAtomicallySync('src/generated/records.json', '{}\n');
 * ```
 */
export function writeAtomicallySync(path: string, content: string): void {
  const temporary = temporaryPathFor(path);
  try {
    writeTemporary(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

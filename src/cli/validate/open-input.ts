import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UsageError } from '../usage-error.js';

/**
 * The input to read: its chunks, and the file's size when it is a file. A chunk is valid only
 * until the next is read (a file's chunks share one buffer): copy what must outlive that.
 */
export interface Input {
  stream: AsyncIterable<Buffer>;
  size: number | undefined;
}

/** Bytes read at a time. */
export const CHUNK_BYTES = 512 * 1024;

/** Reads a file into one reused buffer, so that reading allocates nothing per chunk. */
async function* readChunks(handle: FileHandle): AsyncIterable<Buffer> {
  const buffer = Buffer.allocUnsafeSlow(CHUNK_BYTES);
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Opens a file for streaming, or stdin for `-` (asked for only then: Node builds
 * `process.stdin` on first use). A missing file, a directory or an unreadable
 * path is a {@link UsageError} naming the path and the reason.
 *
 * @example
 * ```ts
 * await openInput('missing.ndjson', () => process.stdin);
 * // throws UsageError: cannot read "missing.ndjson": no such file
 * ```
 */
export async function openInput(file: string, stdin: () => Readable): Promise<Input> {
  if (file === '-') return { stream: stdin() as AsyncIterable<Buffer>, size: undefined };
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`cannot read "${file}": it is a directory, not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read "${file}": ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new UsageError(`cannot read "${file}": ${(error as Error).message}`);
  }
  // Errors while reading (a device error) surface from the iteration.
  return { stream: readChunks(handle), size };
}

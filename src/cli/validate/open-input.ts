import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UsageError } from '../usage-error.js';

/** The input to read: a stream of chunks, and the file's size when it is a file. */
export interface Input {
  stream: AsyncIterable<Buffer>;
  size: number | undefined;
}

const CHUNK_BYTES = 1 << 20;

/**
 * Opens a file for streaming, or stdin for `-`. A missing file, a directory or an unreadable
 * path is a {@link UsageError} naming the path and the reason.
 *
 * @example
 * ```ts
 * await openInput('missing.ndjson', process.stdin);
 * // throws UsageError: cannot read "missing.ndjson": no such file
 * ```
 */
export async function openInput(file: string, stdin: Readable): Promise<Input> {
  if (file === '-') return { stream: stdin as AsyncIterable<Buffer>, size: undefined };
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
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  // Errors while reading (the file removed, a device error) surface from the iteration.
  return { stream: stream as AsyncIterable<Buffer>, size };
}

/**
 * Records cut from the input, ready for a worker: a working buffer (transferred, then given
 * back) holding the records' text, with each record's byte range and the line it starts on.
 */
export interface TextBatch {
  bytes: Uint8Array;
  starts: Uint32Array;
  ends: Uint32Array;
  lines: Uint32Array;
}

/** A problem that makes the whole input unusable (exit code 2), with the line it was found on. */
export class InputSyntaxError extends Error {
  override readonly name: string = 'InputSyntaxError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * An input that ends before its first record (white space, a byte order mark, a CSV header
 * alone): reported as an input with no records, the same whatever the format.
 */
export class EmptyInputError extends InputSyntaxError {
  override readonly name = 'EmptyInputError';
}

/**
 * Why an input with no records is unusable: the same words whatever its format, whether it is
 * empty, white space, blank lines, `[]`, a CSV header alone or a data package of empty tables.
 *
 * @example
 * ```ts
 * noRecords('a.csv'); // => '"a.csv" holds no records; validate needs at least one'
 * ```
 */
export function noRecords(file: string): string {
  return `"${file}" holds no records; validate needs at least one`;
}

/** The largest record the splitters hold in memory; longer ones make the input unusable. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/**
 * Reusable working buffers. Each chunk of input is copied, after what was left of the previous
 * one, into a buffer from here; the buffer travels to a worker with its batch and comes back
 * with the result. Reusing them keeps the main thread from allocating a megabyte a chunk,
 * which V8 would free only when its (otherwise idle) heap next collects.
 *
 * @example
 * ```ts
 * const pool = new BufferPool(1 << 20);
 * const bytes = pool.join(Buffer.from('{"id":'), Buffer.from('"a"}\n')); // '{"id":"a"}\n' in a pooled buffer
 * pool.release(bytes.buffer); // once the worker hands it back
 * ```
 */
export class BufferPool {
  readonly #free: ArrayBuffer[] = [];
  readonly #size: number;

  constructor(size: number) {
    this.#size = size;
  }

  /** `carry` then `chunk`, in a buffer of the pool (a fresh one if they do not fit). */
  join(carry: Uint8Array | undefined, chunk: Uint8Array): Uint8Array {
    const length = (carry?.length ?? 0) + chunk.length;
    let buffer: ArrayBuffer | undefined;
    while (buffer === undefined && this.#free.length > 0) {
      const candidate = this.#free.pop()!;
      if (candidate.byteLength >= length) buffer = candidate;
    }
    const bytes = new Uint8Array(buffer ?? new ArrayBuffer(Math.max(length, this.#size)), 0, length);
    if (carry !== undefined) bytes.set(carry);
    bytes.set(chunk, carry?.length ?? 0);
    return bytes;
  }

  /** Takes a buffer back once its batch is done with. */
  release(buffer: ArrayBuffer): void {
    if (buffer.byteLength === this.#size && this.#free.length < 16) this.#free.push(buffer);
  }
}

/** Collects byte ranges of one working buffer as a {@link TextBatch}. */
export class BatchBuilder {
  #starts: number[] = [];
  #ends: number[] = [];
  #lines: number[] = [];

  add(start: number, end: number, line: number): void {
    this.#starts.push(start);
    this.#ends.push(end);
    this.#lines.push(line);
  }

  /**
   * The collected ranges of `buffer` as a batch, or `undefined` if none. The batch holds the
   * buffer itself (it is transferred to a worker), so the caller must not use it afterwards.
   */
  take(buffer: Uint8Array): TextBatch | undefined {
    if (this.#starts.length === 0) return undefined;
    const batch: TextBatch = {
      bytes: buffer,
      starts: Uint32Array.from(this.#starts),
      ends: Uint32Array.from(this.#ends),
      lines: Uint32Array.from(this.#lines),
    };
    this.#starts = [];
    this.#ends = [];
    this.#lines = [];
    return batch;
  }
}

/** Whether the bytes at the start of the input are a UTF-8 byte order mark. */
export function bomLength(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/** Whether the input so far may still be the start of a byte order mark, so more is needed. */
export function partialBom(bytes: Uint8Array): boolean {
  const bom = [0xef, 0xbb, 0xbf];
  return bytes.length < 3 && bytes.every((b, i) => b === bom[i]);
}

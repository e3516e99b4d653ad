/**
 * Records cut from the input, ready for a worker: one own buffer (transferable) holding the
 * records' text, with each record's byte range and the line it starts on.
 */
export interface TextBatch {
  bytes: Uint8Array;
  starts: Uint32Array;
  ends: Uint32Array;
  lines: Uint32Array;
}

/** A problem that makes the whole input unusable (exit code 2), with the line it was found on. */
export class InputSyntaxError extends Error {
  override readonly name = 'InputSyntaxError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** The largest record the splitters hold in memory; longer ones make the input unusable. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** Collects byte ranges of one working buffer and copies them out as a {@link TextBatch}. */
export class BatchBuilder {
  #starts: number[] = [];
  #ends: number[] = [];
  #lines: number[] = [];

  add(start: number, end: number, line: number): void {
    this.#starts.push(start);
    this.#ends.push(end);
    this.#lines.push(line);
  }

  /** Copies the collected ranges of `buffer` into a batch of their own, or `undefined` if none. */
  take(buffer: Uint8Array): TextBatch | undefined {
    const count = this.#starts.length;
    if (count === 0) return undefined;
    const from = this.#starts[0]!;
    const to = this.#ends[count - 1]!;
    // A copy, not a view: the batch's buffer is transferred to a worker, and the input chunk's
    // buffer may belong to Node's shared pool.
    const bytes = new Uint8Array(to - from);
    bytes.set(buffer.subarray(from, to));
    const batch: TextBatch = {
      bytes,
      starts: Uint32Array.from(this.#starts, (s) => s - from),
      ends: Uint32Array.from(this.#ends, (e) => e - from),
      lines: Uint32Array.from(this.#lines),
    };
    this.#starts = [];
    this.#ends = [];
    this.#lines = [];
    return batch;
  }
}

/** Joins what is left of the previous chunk with the next one. */
export function joinBytes(carry: Uint8Array | undefined, chunk: Uint8Array): Uint8Array {
  if (carry === undefined || carry.length === 0) return chunk;
  const joined = new Uint8Array(carry.length + chunk.length);
  joined.set(carry);
  joined.set(chunk, carry.length);
  return joined;
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

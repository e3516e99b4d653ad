import { BatchBuilder, bomLength, BufferPool, InputSyntaxError, MAX_RECORD_BYTES, partialBom, type TextBatch } from './batch.js';

const NEWLINE = 0x0a;
const RETURN = 0x0d;

function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== RETURN) return false;
  }
  return true;
}

/**
 * Cuts NDJSON into lines as chunks arrive, keeping line numbers. Blank lines are skipped (and
 * counted); CRLF and a leading byte order mark are accepted. Memory holds one chunk plus one
 * unfinished line.
 *
 * @example
 * ```ts
 * const split = new NdjsonSplitter(new BufferPool(1 << 20));
 * split.push(Buffer.from('{"id":"a"}\n\n{"id":'))?.lines; // => Uint32Array [1]
 * split.push(Buffer.from('"b"}\n'))?.lines; // => Uint32Array [3]
 * ```
 */
export class NdjsonSplitter {
  #carry: Uint8Array | undefined;
  #line = 1;
  #started = false;
  readonly #pool: BufferPool;

  constructor(pool: BufferPool) {
    this.#pool = pool;
  }

  /** Takes the next chunk (copied: the caller may reuse it); returns the complete lines in it, if any. */
  push(chunk: Uint8Array): TextBatch | undefined {
    let buffer = this.#pool.join(this.#carry, chunk);
    if (!this.#started && partialBom(buffer)) {
      this.#carry = buffer;
      return undefined;
    }
    if (!this.#started) {
      buffer = buffer.subarray(bomLength(buffer));
      this.#started = true;
    }
    const last = buffer.lastIndexOf(NEWLINE);
    if (last < 0) {
      if (buffer.length > MAX_RECORD_BYTES) throw new InputSyntaxError(this.#line, `line ${this.#line} is longer than ${MAX_RECORD_BYTES / 1048576} MiB`);
      this.#carry = buffer;
      return undefined;
    }
    const batch = new BatchBuilder();
    let position = 0;
    while (position <= last) {
      const newline = buffer.indexOf(NEWLINE, position);
      const end = newline > position && buffer[newline - 1] === RETURN ? newline - 1 : newline;
      if (!isBlank(buffer, position, end)) batch.add(position, end, this.#line);
      this.#line++;
      position = newline + 1;
    }
    // A copy: the working buffer goes to a worker with the batch.
    this.#carry = buffer.slice(last + 1);
    return batch.take(buffer);
  }

  /** The last line, when the input does not end with a newline. */
  end(): TextBatch | undefined {
    const rest = this.#carry;
    this.#carry = undefined;
    if (rest === undefined) return undefined;
    const bytes = rest;
    const end = bytes.length > 0 && bytes[bytes.length - 1] === RETURN ? bytes.length - 1 : bytes.length;
    if (isBlank(bytes, 0, end)) return undefined;
    const batch = new BatchBuilder();
    batch.add(0, end, this.#line);
    return batch.take(bytes);
  }
}

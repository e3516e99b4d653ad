import { BatchBuilder, bomLength, BufferPool, EmptyInputError, InputSyntaxError, MAX_RECORD_BYTES, partialBom, type TextBatch } from './batch.js';

const enum State {
  /** Before the opening `[`. */
  Start,
  /** After `[`: a value or `]`. */
  FirstValue,
  /** After `,`: a value. */
  NextValue,
  /** Inside a value. */
  InValue,
  /** After a value: `,` or `]`. */
  AfterValue,
  /** After the closing `]`: only white space. */
  Done,
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

function shown(b: number): string {
  return b >= 0x20 && b < 0x7f ? `"${String.fromCharCode(b)}"` : `byte 0x${b.toString(16)}`;
}

/**
 * Cuts a JSON array into its elements as chunks arrive, without parsing them, so that memory
 * holds one chunk and one unfinished element whatever the array's length. Each element keeps
 * the line it starts on; workers parse the elements. The array's own punctuation (`[`, commas,
 * `]`, nothing after it) is checked here; errors inside an element are left to `JSON.parse`.
 *
 * stream-json was considered: its token stream carries no line numbers, and building each
 * record from tokens on the main thread is slower than `JSON.parse` of the element's text.
 *
 * @example
 * ```ts
 * const split = new JsonArraySplitter(new BufferPool(1 << 20));
 * split.push(Buffer.from('[\n {"id":"a"},\n {"id":"b"}\n]'))?.lines; // => Uint32Array [2, 3]
 * split.end(); // => undefined
 * ```
 */
export class JsonArraySplitter {
  #carry: Uint8Array | undefined;
  #state = State.Start;
  #line = 1;
  #depth = 0;
  #inString = false;
  #elementLine = 0;
  #started = false;
  /** Where the element in progress starts in the working buffer, or -1 between elements. */
  #start = -1;
  readonly #pool: BufferPool;

  constructor(pool: BufferPool) {
    this.#pool = pool;
  }

  /** Takes the next chunk (copied: the caller may reuse it); returns the complete elements in it, if any. */
  push(chunk: Uint8Array): TextBatch | undefined {
    const resume = this.#carry?.length ?? 0;
    const buffer = this.#pool.join(this.#carry, chunk);
    if (!this.#started && partialBom(buffer)) {
      this.#carry = buffer;
      return undefined;
    }
    let i = resume;
    if (!this.#started) {
      i = bomLength(buffer);
      this.#started = true;
    }
    // The element in progress starts at 0 of the working buffer, since only it was carried.
    this.#start = this.#state === State.InValue ? 0 : -1;
    const batch = new BatchBuilder();
    while (i < buffer.length) i = this.#inString ? this.#skipString(buffer, i, batch) : this.#step(buffer, i, batch);
    return this.#finishChunk(buffer, batch);
  }

  /** Moves past the end of the string `i` is in (or to the end of the buffer); returns the next position. */
  #skipString(buffer: Uint8Array, i: number, batch: BatchBuilder): number {
    const quote = buffer.indexOf(QUOTE, i);
    if (quote < 0) return buffer.length;
    let backslashes = 0;
    for (let j = quote - 1; j >= 0 && buffer[j] === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) {
      this.#inString = false;
      // A string element ends with its closing quote.
      if (this.#depth === 0) this.#endElement(batch, quote + 1);
    }
    return quote + 1;
  }

  /** Reads the byte at `i` outside strings; returns the next position. */
  #step(buffer: Uint8Array, i: number, batch: BatchBuilder): number {
    const b = buffer[i]!;
    if (b === NEWLINE) this.#line++;
    switch (this.#state) {
      case State.InValue:
        return this.#stepInValue(b, i, batch);
      case State.Start:
        if (b === 0x5b) this.#state = State.FirstValue;
        else if (!isSpace(b)) throw this.#error(`expected a JSON array starting with "[", found ${shown(b)}`);
        return i + 1;
      case State.FirstValue:
      case State.NextValue:
        return this.#stepBeforeValue(b, i);
      case State.AfterValue:
        if (b === 0x2c) this.#state = State.NextValue;
        else if (b === 0x5d) this.#state = State.Done;
        else if (!isSpace(b)) throw this.#error(`expected "," or "]" after an element, found ${shown(b)}`);
        return i + 1;
      case State.Done:
        if (!isSpace(b)) throw this.#error(`unexpected ${shown(b)} after the end of the array`);
        return i + 1;
    }
  }

  /** Inside an element: tracks nesting and finds where the element ends. */
  #stepInValue(b: number, i: number, batch: BatchBuilder): number {
    if (b === QUOTE) this.#inString = true;
    else if (b === 0x7b || b === 0x5b) this.#depth++;
    else if (b === 0x7d || b === 0x5d) {
      // `]` right after a scalar element closes the array: AfterValue reads it.
      if (this.#depth === 0) {
        this.#endElement(batch, i);
        return i;
      }
      this.#depth--;
      if (this.#depth === 0) this.#endElement(batch, i + 1);
    } else if (this.#depth === 0 && (b === 0x2c || isSpace(b))) {
      this.#endElement(batch, i);
      // AfterValue reads the comma; white space (already counted if a newline) is skipped.
      if (b === 0x2c) return i;
    }
    return i + 1;
  }

  /** After `[` or `,`: white space, the end of an empty array, or the start of an element. */
  #stepBeforeValue(b: number, i: number): number {
    if (isSpace(b)) return i + 1;
    if (b === 0x5d && this.#state === State.FirstValue) {
      this.#state = State.Done;
      return i + 1;
    }
    if (b === 0x2c || b === 0x5d) throw this.#error(`expected a value, found ${shown(b)}`);
    // Start of an element: `i` is not advanced, so InValue sees its first byte.
    this.#start = i;
    this.#elementLine = this.#line;
    this.#depth = 0;
    this.#state = State.InValue;
    return i;
  }

  #endElement(batch: BatchBuilder, end: number): void {
    batch.add(this.#start, end, this.#elementLine);
    this.#start = -1;
    this.#state = State.AfterValue;
  }

  #error(message: string): InputSyntaxError {
    return new InputSyntaxError(this.#line, `line ${this.#line}: ${message}`);
  }

  /** Keeps the unfinished element for the next chunk; returns the chunk's complete elements. */
  #finishChunk(buffer: Uint8Array, batch: BatchBuilder): TextBatch | undefined {
    if (this.#start >= 0) {
      if (buffer.length - this.#start > MAX_RECORD_BYTES) {
        throw new InputSyntaxError(this.#elementLine, `line ${this.#elementLine}: element is longer than ${MAX_RECORD_BYTES / 1048576} MiB`);
      }
      // A copy: the working buffer goes to a worker with the batch.
      this.#carry = buffer.slice(this.#start);
    } else {
      this.#carry = undefined;
    }
    const taken = batch.take(buffer);
    // No element ended in this chunk: the working buffer is not sent, so it can be reused.
    if (taken === undefined) this.#pool.release(buffer.buffer as ArrayBuffer);
    return taken;
  }

  /** Checks that the array was closed; a scalar element cut off by the end is returned. */
  end(): TextBatch | undefined {
    if (this.#state === State.Done) return undefined;
    if (this.#state === State.Start) throw new EmptyInputError(this.#line, 'the input is empty: expected a JSON array');
    throw new InputSyntaxError(this.#line, `line ${this.#line}: the input ends before the array is closed with "]"`);
  }
}

import { InputSyntaxError } from './batch.js';

const NEWLINE = 0x0a;
const REPLACEMENT = [0xef, 0xbf, 0xbd];

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0 && i < end; i = bytes.indexOf(NEWLINE, i + 1)) count++;
  return count;
}

/** Byte offset of the first invalid sequence in `bytes`: the first U+FFFD a lenient decoder made that the bytes do not spell. */
function firstInvalid(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const encoder = new TextEncoder();
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
    const at = encoder.encode(text.slice(0, i)).length;
    if (!REPLACEMENT.every((b, k) => bytes[at + k] === b)) return at;
  }
  return bytes.length;
}

/**
 * Checks that a stream's chunks are UTF-8, chunk by chunk (a character split across two chunks
 * is fine), counting lines so that the first bad byte is reported with its line. csv-parse
 * would otherwise turn invalid bytes into U+FFFD without a word.
 *
 * @example
 * ```ts
 * const check = new Utf8Check();
 * check.push(Buffer.from('id\n'));
 * check.push(Buffer.from([0x61, 0xff, 0x0a])); // throws InputSyntaxError: line 2: not valid UTF-8
 * ```
 */
export class Utf8Check {
  readonly #decoder = new TextDecoder('utf-8', { fatal: true });
  #line = 1;

  /** Takes the next chunk; throws {@link InputSyntaxError} at the first invalid byte. */
  push(chunk: Uint8Array): void {
    try {
      this.#decoder.decode(chunk, { stream: true });
    } catch {
      const line = this.#line + countNewlines(chunk, firstInvalid(chunk));
      throw new InputSyntaxError(line, `line ${line}: not valid UTF-8`);
    }
    this.#line += countNewlines(chunk, chunk.length);
  }

  /** Ends the stream; throws if it stops in the middle of a character. */
  end(): void {
    try {
      this.#decoder.decode();
    } catch {
      throw new InputSyntaxError(this.#line, `line ${this.#line}: not valid UTF-8 (the input ends inside a character)`);
    }
  }
}

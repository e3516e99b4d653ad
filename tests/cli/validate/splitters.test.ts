import { describe, expect, it } from 'vitest';
import { BufferPool, EmptyInputError, InputSyntaxError, type TextBatch } from '../../../src/cli/validate/batch.js';
import { DuplicateIds } from '../../../src/cli/validate/duplicate-ids.js';
import { JsonArraySplitter } from '../../../src/cli/validate/split-json-array.js';
import { NdjsonSplitter } from '../../../src/cli/validate/split-ndjson.js';

const decoder = new TextDecoder();

/** Feeds `text` to a splitter in chunks of `size` bytes; returns [line, record text] pairs. */
function split(make: (pool: BufferPool) => { push(c: Uint8Array): TextBatch | undefined; end(): TextBatch | undefined }, text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  const splitter = make(new BufferPool(64));
  const out: [number, string][] = [];
  const take = (batch: TextBatch | undefined) => {
    if (batch) batch.lines.forEach((line, k) => out.push([line, decoder.decode(batch.bytes.subarray(batch.starts[k], batch.ends[k]))]));
  };
  // One reused chunk buffer, as the file reader does: the splitter must copy what it keeps.
  const chunk = new Uint8Array(size);
  for (let i = 0; i < bytes.length; i += size) {
    const part = bytes.subarray(i, i + size);
    chunk.set(part);
    take(splitter.push(chunk.subarray(0, part.length)));
    chunk.fill(0x21);
  }
  take(splitter.end());
  return out;
}

const SIZES = [1, 2, 3, 7, 64, 4096];

describe('JsonArraySplitter', () => {
  const text = '\ufeff[\n {"id":"a","q":"x\\\\\\"]}\\n, ["},\n {"id":"b"}, 3 ,\n"s,]", [1,[2]]\r\n, null\n]\n';
  it.each(SIZES)('cuts elements at their first line whatever the chunk size (%i bytes)', (size) => {
    expect(split((p) => new JsonArraySplitter(p), text, size)).toEqual([
      [2, '{"id":"a","q":"x\\\\\\"]}\\n, ["}'],
      [3, '{"id":"b"}'],
      [3, '3'],
      [4, '"s,]"'],
      [4, '[1,[2]]'],
      [5, 'null'],
    ]);
  });

  it.each([
    ['[1,]', 1, 'line 1: expected a value, found "]"'],
    ['[\n{"a":1}', 2, 'line 2: the input ends before the array is closed with "]"'],
    ['\n\n{"a":1}', 3, 'line 3: expected a JSON array starting with "[", found "{"'],
    ['[1]\nx', 2, 'line 2: unexpected "x" after the end of the array'],
    ['[1 2]', 1, 'line 1: expected "," or "]" after an element, found "2"'],
  ])('refuses %j at line %i', (input, line, message) => {
    for (const size of [1, 4096]) {
      expect(() => split((p) => new JsonArraySplitter(p), input, size)).toThrow(new InputSyntaxError(line, message));
    }
  });

  it('marks white space alone as an empty input, which the run reports as holding no records', () => {
    for (const size of [1, 4096]) {
      expect(() => split((p) => new JsonArraySplitter(p), '   ', size)).toThrow(new EmptyInputError(1, 'the input is empty: expected a JSON array'));
    }
  });

  it('accepts an empty array', () => {
    expect(split((p) => new JsonArraySplitter(p), ' [ ] \n', 1)).toEqual([]);
  });
});

describe('NdjsonSplitter', () => {
  it.each(SIZES)('skips blank lines, strips CR and a BOM, keeps line numbers (%i-byte chunks)', (size) => {
    const text = '\ufeff{"id":"a"}\r\n\n  \r\n{"id":"b"}\n{"id":"c"}';
    expect(split((p) => new NdjsonSplitter(p), text, size)).toEqual([
      [1, '{"id":"a"}'],
      [4, '{"id":"b"}'],
      [5, '{"id":"c"}'],
    ]);
  });
});

describe('DuplicateIds', () => {
  it('remembers the first line of each id across table growth', () => {
    const seen = new DuplicateIds();
    for (let i = 0; i < 200_000; i++) expect(seen.firstLine(`record-${i}`, i + 1)).toBeUndefined();
    expect(seen.firstLine('record-0', 999_999)).toBe(1);
    expect(seen.firstLine('record-123456', 999_999)).toBe(123_457);
    expect(seen.firstLine('record-200000', 200_001)).toBeUndefined();
  });

  it('tells apart two ids made to share the fingerprint an unkeyed hash gives them (attack 4)', () => {
    // Found by a birthday search against the fingerprint as it was, with no key.
    const seen = new DuplicateIds();
    expect(seen.firstLine('6bb43ef7c28a522b', 1)).toBeUndefined();
    expect(seen.firstLine('1fa939986097f400', 2)).toBeUndefined();
    expect(seen.firstLine('6bb43ef7c28a522b', 3)).toBe(1);
  });
});

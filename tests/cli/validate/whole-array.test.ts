/**
 * A small JSON array read whole (src/cli/validate/whole-array.ts): it must say what the
 * streaming splitter says, or step aside so that the stream reports the problem.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { BufferPool } from '../../../src/cli/validate/batch.js';
import { JsonArraySplitter } from '../../../src/cli/validate/split-json-array.js';
import { checkWholeArray, elementLines, parseWholeArray } from '../../../src/cli/validate/whole-array.js';
import { createRecordValidator } from '../../../src/dataset/compiled-validator/record-validator.js';
import { IncidentSchema } from '../../../src/schema/index.js';
import { fullDataset } from '../../fixtures/full-dataset.js';
import { expectNoCrash, runCli, scratch } from '../../helpers/run-cli.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const incidents = fullDataset().incidents as Record<string, unknown>[];

describe('parseWholeArray', () => {
  it('parses a non-empty array, after a byte order mark', () => {
    expect(parseWholeArray(bytes('\uFEFF [ {"id":"a"} , 2 ]\r\n'))).toEqual([{ id: 'a' }, 2]);
  });

  it('steps aside (undefined) for what the stream must report: empty, not an array, not JSON, not UTF-8', () => {
    for (const text of ['[]', ' [ ] ', '{"id":"a"}', '"x"', '[{"id":"a"},]', '[{"id":"a"}] x', '[{"id":"a"}', '']) {
      expect([text, parseWholeArray(bytes(text))]).toEqual([text, undefined]);
    }
    expect(parseWholeArray(Uint8Array.of(0x5b, 0x22, 0xff, 0x22, 0x5d))).toBeUndefined();
  });
});

describe('elementLines', () => {
  it('numbers elements as the streaming splitter does, whatever the white space', () => {
    const text = '\uFEFF[\r\n  {"id":"a",\n"n":[1,\n2]},\n\n "b\\"]",\r\n3, {"x":"}"}\n]\n';
    const splitter = new JsonArraySplitter(new BufferPool(16));
    const streamed = [...(splitter.push(bytes(text))?.lines ?? [])];
    expect([...elementLines(bytes(text))]).toEqual(streamed);
    expect(streamed).toEqual([2, 6, 7, 7]);
  });
});

describe('checkWholeArray', () => {
  const validate = createRecordValidator(IncidentSchema);

  it('answers all-valid when every record is valid and no id repeats', () => {
    const text = JSON.stringify(incidents.slice(0, 3), null, 1);
    expect(checkWholeArray(bytes(text), parseWholeArray(bytes(text))!, validate)).toBe('all-valid');
  });

  it('gives a batch with each record line, id and issues when one is bad', () => {
    const records = [incidents[0], { ...incidents[1], type: 'riot' }];
    const text = `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
    const result = checkWholeArray(bytes(text), parseWholeArray(bytes(text))!, validate);
    expect(result).not.toBe('all-valid');
    if (result === 'all-valid') return;
    expect([...result.lines]).toEqual([2, 3]);
    expect(JSON.parse(result.ids)).toEqual([incidents[0]!['id'], incidents[1]!['id']]);
    expect(result.problems.map((p) => [p.index, p.issues[0]?.path])).toEqual([[1, ['type']]]);
  });

  it('gives a batch, with lines, when records are valid but an id repeats', () => {
    const text = `[${JSON.stringify(incidents[0])},\n${JSON.stringify(incidents[0])}]`;
    const result = checkWholeArray(bytes(text), parseWholeArray(bytes(text))!, validate);
    expect(result === 'all-valid' ? result : [...result.lines]).toEqual([1, 2]);
  });
});

describe('validate on a small JSON array', () => {
  const { dir, file } = scratch('cas-whole-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports as the stream does (read whole by default, streamed on threads), byte for byte', () => {
    const good = incidents.map((r, i) => JSON.stringify({ ...r, id: `r-${i}` }));
    const inputs = {
      valid: `\uFEFF[\r\n${good.join(',\r\n')}\r\n]\r\n`,
      repeated: `[\n${[...good, good[2]!].join(',\n')}\n]`,
      invalid: `[\n${[good[0], JSON.stringify({ ...incidents[1], id: 'x', type: 'riot' }), '7', good[0]].join(',\n  ')}\n]`,
      syntax: `[\n${good[0]},\n${good[1]},\n]`,
      empty: '[ ]',
    };
    for (const [name, text] of Object.entries(inputs)) {
      const path = file(`${name}.json`, text);
      for (const format of ['text', 'json']) {
        const args = ['validate', path, '--kind', 'incident', '--quiet', '--format', format];
        const whole = runCli(args, { cwd: dir });
        const streamed = runCli([...args, '--workers', '2'], { cwd: dir });
        expectNoCrash(whole);
        expect([name, format, whole]).toEqual([name, format, streamed]);
      }
    }
    expect(runCli(['validate', file('v.json', inputs.valid), '--kind', 'incident', '--quiet'], { cwd: dir }).stdout).toContain(
      `${incidents.length} records, all valid`,
    );
  });
});

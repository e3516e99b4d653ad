/**
 * A small JSON array read whole (src/cli/validate/whole-array.ts): it must say what the
 * streaming splitter says, or step aside so that the stream reports the problem.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync, statSync } from 'node:fs';
import { BufferPool } from '../../../src/cli/validate/batch.js';
import { JsonArraySplitter } from '../../../src/cli/validate/split-json-array.js';
import { checkWholeArray, elementLines, parseWholeArray } from '../../../src/cli/validate/whole-array.js';
import { createRecordValidator } from '../../../src/dataset/compiled-validator/record-validator.js';
import type { WorkResult } from '../../../src/cli/validate/worker-protocol.js';
import { IncidentSchema } from '../../../src/entries/schema.js';
import { fullDataset } from '../../fixtures/full-dataset.js';
import { CLI, expectNoCrash, runCli, scratch } from '../../helpers/run-cli.js';

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
  /** Runs the check on `text`; returns its answer and the batches it delivered. */
  const check = async (text: string) => {
    const batches: WorkResult[] = [];
    const answer = await checkWholeArray(bytes(text), parseWholeArray(bytes(text))!, validate, async (batch) => {
      batches.push(batch);
    });
    return { answer, batches };
  };

  it('answers all-valid, delivering nothing, when every record is valid and no id repeats', async () => {
    expect(await check(JSON.stringify(incidents.slice(0, 3), null, 1))).toEqual({ answer: 'all-valid', batches: [] });
  });

  it('delivers a batch with each record line, id and issues when one is bad', async () => {
    const records = [incidents[0], { ...incidents[1], type: 'riot' }];
    const { answer, batches } = await check(`[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]`);
    expect(answer).toBe('delivered');
    expect(batches.map((b) => [[...b.lines], JSON.parse(b.ids) as unknown])).toEqual([
      [
        [2, 3],
        [incidents[0]!['id'], incidents[1]!['id']],
      ],
    ]);
    expect(batches[0]!.problems.map((p) => [p.index, p.issues[0]?.path])).toEqual([[1, ['type']]]);
  });

  it('delivers a batch, with lines, when records are valid but an id repeats', async () => {
    const { answer, batches } = await check(`[${JSON.stringify(incidents[0])},\n${JSON.stringify(incidents[0])}]`);
    expect([answer, batches.map((b) => [...b.lines])]).toEqual(['delivered', [[1, 2]]]);
  });

  it('delivers many bad records in batches of 1,024 as it goes, each indexed from its own start (attack 4: memory)', async () => {
    const { batches } = await check(`[${Array.from({ length: 3000 }, () => '{}').join(',\n')}]`);
    expect(batches.map((b) => [b.lines.length, b.problems.length, b.problems[0]?.index, b.lines[0]])).toEqual([
      [1024, 1024, 0, 1],
      [1024, 1024, 0, 1025],
      [952, 952, 0, 2049],
    ]);
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
      // attack 4: the decoder dropped a second byte order mark, which JSON and the stream refuse.
      'double-bom-valid': `\uFEFF\uFEFF[\n${good.join(',\n')}\n]`,
      'double-bom-invalid': `\uFEFF\uFEFF[\n${[good[0], JSON.stringify({ ...incidents[1], id: 'x', type: 'riot' })].join(',\n')}\n]`,
      'many-invalid': `[${Array.from({ length: 2100 }, () => '{}').join(',\n')}]`,
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

  it('refuses a byte order mark before an element or a line, as JSON does, on every path (attack 4)', () => {
    const [a, b] = [JSON.stringify(incidents[0]), JSON.stringify(incidents[1])];
    const array = file('bom-element.json', `[${a},\uFEFF${b}]`);
    const lines = file('bom-line.ndjson', `\uFEFF${a}\n\uFEFF${b}\n`);
    for (const workers of ['0', '2']) {
      const json = runCli(['validate', array, '--kind', 'incident', '--quiet', '--workers', workers], { cwd: dir });
      expect([workers, json.code, json.stderr]).toEqual([workers, 2, expect.stringMatching(/bom-element\.json: line 1: not valid JSON/)]);
      const ndjson = runCli(['validate', lines, '--kind', 'incident', '--quiet', '--workers', workers], { cwd: dir });
      // The file's own mark, before line 1, is skipped; the one before line 2 is not.
      expect([workers, ndjson.code, ndjson.stdout]).toEqual([workers, 1, expect.stringMatching(/bom-line\.ndjson:2: record: not valid JSON/)]);
    }
  });

  it('reads a device whose size says nothing no further than the stream would: /dev/zero as JSON is exit 2 at its first byte', () => {
    const run = runCli(['validate', '/dev/zero', '--kind', 'incident', '--input-format', 'json', '--quiet'], { cwd: dir, timeout: 60_000 });
    expectNoCrash(run);
    expect([run.code, run.stderr]).toEqual([2, '/dev/zero: line 1: expected a JSON array starting with "[", found byte 0x0\n']);
  });

  it('streams on past 8 MiB when a pipe that said size 0 turns out bigger, with the same report as the file', () => {
    const records = Array.from({ length: 15_000 }, (_, i) => JSON.stringify({ ...incidents[i % incidents.length], id: `r-${i}` }));
    records[14_500] = records[14_500]!.replace('"type":"', '"type":"x');
    const big = file('big.json', `[\n${records.join(',\n')}\n]\n`);
    expect(statSync(big).size).toBeGreaterThan(8 * 1024 * 1024);
    const args = `validate pipe.json --kind incident --quiet --format json --workers 0`;
    const piped = runCli([], {
      cwd: dir,
      shell: `rm -f pipe.json && mkfifo pipe.json && (cat big.json > pipe.json &) && "${process.execPath}" "${CLI}" ${args}`,
    });
    const fromFile = runCli(['validate', 'big.json', '--kind', 'incident', '--quiet', '--format', 'json', '--workers', '0'], { cwd: dir });
    expectNoCrash(piped);
    expect(piped.code).toBe(1);
    expect(piped.stdout.replace('"pipe.json"', '"big.json"')).toBe(fromFile.stdout);
    expect((JSON.parse(piped.stdout) as { summary: { records: number } }).summary.records).toBe(15_000);
  });
});

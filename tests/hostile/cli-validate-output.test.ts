/**
 * `validate`'s report under hostile input and hostile output: echoed values bounded, control
 * characters escaped, a closed pipe or a full disk, and a JSON report even when the input is
 * missing or empty. Runs the built CLI (dist/cli.js).
 */
import { existsSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetValidationError } from '../../src/dataset/validation-error.js';
import { fullDataset } from '../fixtures/full-dataset.js';
import { expectNoCrash, runCli, scratch } from '../helpers/run-cli.js';

const { dir, file } = scratch('cas-output-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const incidents = fullDataset().incidents as Record<string, unknown>[];
const MiB = 1024 * 1024;
const validate = (args: string[], input?: string) =>
  runCli(['validate', ...args, '--kind', 'incident', '--quiet'], { cwd: dir, ...(input === undefined ? {} : { input }) });
/** Control characters that must never reach a terminal raw. */
// eslint-disable-next-line no-control-regex -- finding raw control characters in the output is the test
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

describe('echoed input in reports', () => {
  it('cuts a 50 MB id to a bounded length with its full length stated: under 1 MB a 1,000 issues, text and JSON', () => {
    const path = file('big-id.ndjson', `${JSON.stringify({ id: 'a'.repeat(50 * MiB), title: 'b'.repeat(MiB) })}\n`);
    for (const format of ['text', 'json']) {
      const run = validate([path, '--format', format]);
      expectNoCrash(run);
      expect(run.code).toBe(1);
      const issues = format === 'json' ? (JSON.parse(run.stdout) as { issues: unknown[] }).issues.length : run.stdout.split('\n').length - 2;
      expect(issues).toBeGreaterThanOrEqual(5);
      expect(Buffer.byteLength(run.stdout) / issues).toBeLessThan(1024);
      expect(run.stdout).toContain('… (52,428,800 characters)');
    }
  });

  it('cuts long paths and keys in messages: a 100,000-key object stays under 1 KB an issue', () => {
    const keys = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${'x'.repeat(200)}${i}`, 1]));
    const run = validate([file('keys.ndjson', `${JSON.stringify({ ...incidents[0], ...keys })}\n`), '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { issues: { message: string }[] };
    expect(Buffer.byteLength(run.stdout) / report.issues.length).toBeLessThan(1024);
    expect(report.issues[0]!.message).toMatch(/^Unrecognized keys: .*… \([\d,]+ characters\)$/);
  });
});

describe('control characters', () => {
  it('escapes newlines, ESC and U+2028 in ids, JSON error snippets and CSV messages, so no line can be forged', () => {
    const forged = JSON.stringify({ ...incidents[0], id: 'a\nforged.ndjson:1: all valid\u001b[2J\u2028' });
    const nd = validate([file('forged.ndjson', `${forged}\n{"id": \u001b[31mred}\n`)]);
    expect(nd.code).toBe(1);
    expect(nd.stdout).not.toMatch(RAW_CONTROL);
    expect(nd.stdout.split('\n').filter((l) => l.startsWith('forged.ndjson:1: all valid'))).toEqual([]);
    expect(nd.stdout).toContain('"a\\nforged.ndjson:1: all valid\\u001b[2J\\u2028"');
    expect(nd.stdout).toMatch(/forged\.ndjson:2: record: not valid JSON: .*\\u001b/);
    const csv = validate([file('esc.csv', 'id,type\n"a\u001b[2J,b\n')]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).not.toMatch(RAW_CONTROL);
    expect(csv.stderr).toContain('line 2: CSV: a quoted cell is not closed');
  });

  it('escapes them in DatasetValidationError.message too', () => {
    const error = new DatasetValidationError([
      { code: 'schema', kind: 'actor', id: 'x\n  - actor "y": forged\u001b[0m', path: ['a\rb'], message: 'bad\u0085' },
    ]);
    expect(error.message).not.toMatch(RAW_CONTROL);
    expect(error.message).toBe('dataset has 1 problem:\n  - actor "x\\n  - actor "y": forged\\u001b[0m" at a\\rb: bad\\u0085');
  });
});

describe('output that cannot be written', () => {
  it('drops the rest of the report quietly when the reader goes away (EPIPE), keeping the true exit code', () => {
    const many = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ ...incidents[0], id: `r-${i}`, type: 'riot' })).join('\n');
    file('many-bad.ndjson', `${many}\n`);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(new URL('../../dist/cli.js', import.meta.url).pathname)} validate many-bad.ndjson --kind incident --quiet`;
    // bash with pipefail reports the validate side's status when head exits first.
    const status = runCli([], { cwd: dir, shell: `bash -c 'set -o pipefail; ${command} | head -1 >/dev/null; echo $?'` });
    expect(status.stderr).toBe('');
    expect(status.stdout.trim()).toBe('1');
  });

  it.skipIf(!existsSync('/dev/full'))('ends with exit 2 and one line when the output cannot be written (/dev/full, ENOSPC)', () => {
    const path = file('ok.ndjson', `${incidents.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const run = runCli([], {
      cwd: dir,
      shell: `${JSON.stringify(process.execPath)} ${JSON.stringify(new URL('../../dist/cli.js', import.meta.url).pathname)} validate ${path} --kind incident --quiet > /dev/full`,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('central-asia-security: cannot write the output: ENOSPC\n');
  });
});

describe('--format json when the input cannot be read', () => {
  it('writes a JSON report carrying the error for a missing file, an empty file and empty stdin (exit 2)', () => {
    for (const [path, input, message] of [
      ['missing.ndjson', undefined, 'cannot read "missing.ndjson": no such file'],
      [file('empty.ndjson', ''), undefined, 'holds no records'],
      ['-', '', '"-" holds no records'],
    ] as const) {
      const run = validate([path, '--format', 'json'], input);
      expect([path, run.code]).toEqual([path, 2]);
      const report = JSON.parse(run.stdout) as { issues: unknown[]; summary: { records: number }; error: { message: string } };
      expect(report.issues).toEqual([]);
      expect(report.summary.records).toBe(0);
      expect(report.error.message).toContain(message);
    }
  });
});

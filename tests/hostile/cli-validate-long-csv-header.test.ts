/**
 * A CSV whose first line never ends (a file with no line end, /dev/zero): csv-parse looks for
 * the line end at every byte, slowly, until its 64 MiB row limit, so such an input took half a
 * minute of CPU to refuse. `validate` bounds the header row at 1 MiB and refuses a longer one
 * with exit 2 and one line naming the file, for a file of records (read whole or streamed) and
 * for a table of a data package. Runs the built CLI (dist/cli.js).
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, runCli, scratch } from '../helpers/run-cli.js';

const { dir, file } = scratch('cas-long-header-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SHIPPED = fileURLToPath(new URL('../../dist/data/', import.meta.url));
const MiB = 1024 * 1024;

describe('a CSV of records whose header row is over 1 MiB', () => {
  it('is refused on line 1 with exit 2, whether the file is read whole or streamed, in text and JSON', () => {
    // 2 MiB is read whole; 9 MiB (over the 8 MiB read-whole bound) is streamed.
    for (const size of [2 * MiB, 9 * MiB]) {
      const path = file(`no-line-end-${size}.csv`, 'a'.repeat(size));
      const text = runCli(['validate', path, '--kind', 'actor', '--quiet'], { cwd: dir });
      expectNoCrash(text);
      expect([size, text.code]).toEqual([size, 2]);
      expect(text.stderr).toBe(`${path}: line 1: CSV: the header row is longer than 1 MiB [CSV_HEADER_TOO_LONG]\n`);
      const json = runCli(['validate', path, '--kind', 'actor', '--format', 'json'], { cwd: dir });
      expect(json.code).toBe(2);
      expect((JSON.parse(json.stdout) as { error: { message: string } }).error.message).toContain('the header row is longer than 1 MiB');
    }
  });

  it('counts the header row, not the first line: a quoted line end inside the header does not end it', () => {
    const path = file('quoted-then-long.csv', `"id\n",${'b'.repeat(2 * MiB)}\nx,y\n`);
    const run = runCli(['validate', path, '--kind', 'actor', '--quiet'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('line 1: CSV: the header row is longer than 1 MiB');
  });

  it('still reads a long header under the bound, and long rows after it', () => {
    // A header of 0.9 MiB (many unknown columns) and a 2 MiB cell: read, and judged record by record.
    const columns = Array.from({ length: 90_000 }, (_, i) => `c${String(i).padStart(6, '0')}`);
    const path = file('wide.csv', `id,name,${columns.join(',')}\na,${'n'.repeat(2 * MiB)},${columns.map(() => '').join(',')}\n`);
    const run = runCli(['validate', path, '--kind', 'actor', '--format', 'json'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { error: unknown; summary: { records: number } };
    expect(report.error).toBe(null);
    expect(report.summary.records).toBe(1);
  });
});

describe('a data package whose CSV table has no line end in its first MiB', () => {
  it('is refused with exit 2 naming the file and the table', () => {
    const copy = join(dir, 'package');
    cpSync(SHIPPED, copy, { recursive: true });
    const table = join(copy, 'actors.csv');
    writeFileSync(table, 'a'.repeat(2 * MiB));
    const run = runCli(['validate', join(copy, 'datapackage.json')], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`"${table}": table "actors": line 1: the header row is longer than 1 MiB`);
  });
});

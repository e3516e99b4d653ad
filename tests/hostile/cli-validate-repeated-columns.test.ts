/**
 * A CSV header that names a column twice: a record (or a table row) keeps one value per name,
 * so the first cell would be dropped without a word. `validate` refuses the input with exit 2
 * and one line naming the file and the repeated columns, for a file of records and for a table
 * of a data package. Runs the built CLI (dist/cli.js).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, runCli, scratch } from '../helpers/run-cli.js';

const { dir, file } = scratch('cas-repeated-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SHIPPED = fileURLToPath(new URL('../../dist/data/', import.meta.url));

describe('a CSV of records whose header repeats a column', () => {
  it('is refused with exit 2 and one line naming the file and the column, in text and JSON', () => {
    const path = file('dup.csv', 'id,name,name\na,first,second\n');
    const text = runCli(['validate', path, '--kind', 'actor', '--quiet'], { cwd: dir });
    expectNoCrash(text);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr).toBe(`${path}: line 1: the header repeats column "name" (columns 2 and 3); each field may have one column\n`);
    const json = runCli(['validate', path, '--kind', 'actor', '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(2);
    expect((JSON.parse(json.stdout) as { error: { message: string } }).error.message).toContain('the header repeats column "name" (columns 2 and 3)');
  });

  it('counts two spellings of one field path as one column, and names every repeated one', () => {
    const path = file('dup-paths.csv', 'id,actors.01.role, actors.1.role,title,title\na,x,y,t,u\n');
    const run = runCli(['validate', path, '--kind', 'incident', '--quiet'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the header repeats columns "actors.01.role" (columns 2 and 3), "title" (columns 4 and 5)');
  });

  it('still accepts a header whose columns are all different', () => {
    const run = runCli(['validate', file('fine.csv', 'id,name\na,x\n'), '--kind', 'actor', '--quiet'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });
});

describe('a data package whose CSV table repeats a column', () => {
  it('is refused with exit 2 naming the file and the table, with a JSON report under --format json', () => {
    const copy = join(dir, 'package');
    cpSync(SHIPPED, copy, { recursive: true });
    const table = join(copy, 'actors.csv');
    const [header, ...rows] = readFileSync(table, 'utf8').split('\r\n');
    writeFileSync(table, [`${header},name`, ...rows.map((row) => (row === '' ? row : `${row},x`))].join('\r\n'));
    const text = runCli(['validate', join(copy, 'datapackage.json')], { cwd: dir });
    expectNoCrash(text);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain(`"${table}": table "actors": line 1: the header repeats column "name" (columns 3 and 10)`);
    const json = runCli(['validate', join(copy, 'datapackage.json'), '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(2);
    expect((JSON.parse(json.stdout) as { error: string }).error).toContain('table "actors": line 1: the header repeats column "name"');
  });
});

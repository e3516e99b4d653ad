/**
 * The package ships its data twice: the tidy tables of the data package (`data/actors.json`,
 * `.ndjson`, `.csv`) and the records (`data/records/actors.json`, `.ndjson`). A first-time user
 * who validates a table with `--kind` sees every row fail; the run then says what the file is
 * and what to validate instead. Runs the built CLI (dist/cli.js).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const DATA = fileURLToPath(new URL('../../../dist/data/', import.meta.url));

function validate(file: string, kind: string) {
  const result = spawnSync(process.execPath, [CLI, 'validate', `${DATA}${file}`, '--kind', kind, '--quiet'], { encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('validate --kind on a table of the data package', () => {
  it.each(['actors.json', 'actors.ndjson', 'actors.csv'])('names the table and the records to validate instead: %s', (file) => {
    const run = validate(file, 'actor');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${DATA}${file}: these are rows of the data package's "actors" table, not actor records: validate the package with "central-asia-security validate <folder>/datapackage.json", or the records in central-asia-security/data/records/actors.json\n`,
    );
  });

  it('names the table whatever kind was asked for', () => {
    expect(validate('incidents.csv', 'incident').stderr).toContain('rows of the data package\'s "incidents" table, not incident records');
    expect(validate('aliases.json', 'actor').stderr).toContain('rows of the data package\'s "aliases" table, not actor records');
  });

  it.each(['records/actors.json', 'records/actors.ndjson'])('says nothing for the records, which are valid: %s', (file) => {
    const run = validate(file, 'actor');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});

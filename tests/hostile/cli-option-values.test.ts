/**
 * Option values the argument parser used to refuse in its own words: `--limit -1` and
 * `--workers -1` printed three sentences joined by a literal "\n". Each failure is now one
 * line, a negative number reaches the command's own check, a count is digits only, and an
 * option that takes a value may be given once. Runs the built CLI (dist/cli.js).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, runCli, scratch } from '../helpers/run-cli.js';

const { dir, file } = scratch('cas-options-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const records = file('a.ndjson', '{"id":"a"}\n');

/** Exit 2 with the message on the first line of stderr, which holds no escaped newline. */
function refused(args: string[]): string {
  const run = runCli(args, { cwd: dir });
  expectNoCrash(run);
  expect([args.join(' '), run.code]).toEqual([args.join(' '), 2]);
  expect(run.stderr).not.toContain('\\n');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines.length).toBeLessThanOrEqual(2);
  return lines[0]!;
}

describe('option values', () => {
  it('says what is wrong with a negative --limit or --workers, in one line', () => {
    expect(refused(['query', 'actors', '--limit', '-1'])).toBe('central-asia-security query: --limit must be a positive whole number, got "-1"');
    expect(refused(['validate', records, '--kind', 'actor', '--workers', '-1'])).toBe(
      'central-asia-security validate: --workers must be a whole number from 0 to 64, got "-1"',
    );
  });

  it('takes a count in digits only: 1e999 and a 23-digit number are not counts', () => {
    for (const limit of ['1e999', '99999999999999999999999', '1.5', '0x10']) {
      expect(refused(['query', 'actors', '--limit', limit])).toBe(`central-asia-security query: --limit must be a positive whole number, got "${limit}"`);
    }
    const ok = runCli(['query', 'actors', '--limit', '2', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(ok.stdout) as unknown[]).length).toBe(2);
  });

  it('refuses an option given twice, rather than letting the last one win', () => {
    expect(refused(['validate', records, '--kind', 'actor', '--kind', 'place'])).toBe(
      'central-asia-security validate: --kind is given twice ("actor", then "place"); give it once',
    );
  });

  it("prints the parser's other failures on one line", () => {
    expect(refused(['validate', records, '--bogus'])).toMatch(/^central-asia-security validate: Unknown option '--bogus'/);
    // Node's three sentences for a value that looks like an option, joined on one line.
    expect(refused(['validate', records, '--kind', '-x'])).toMatch(/^central-asia-security validate: Option '--kind' argument is ambiguous\. Did you forget/);
  });
});

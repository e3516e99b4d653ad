/**
 * `query` and `export` on hostile and mistaken arguments: usage errors (exit 2) with "did you
 * mean", never "no results" for a value that cannot match, never a stack trace; an export that
 * cannot finish leaves the previous files whole and no temporary file behind. Runs the built
 * CLI (dist/cli.js).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { temporaryPathFor } from '../../src/cli/export/write-atomically.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const SET_WRITER = fileURLToPath(new URL('../helpers/set-writer.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cas-query-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], cwd = dir): { code: number | null; stdout: string; stderr: string } {
  // A generous timeout only so that a regression (a spin) fails instead of hanging the suite.
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectUsageError(args: string[], message: RegExp): void {
  const { code, stdout, stderr } = run(args);
  expect(stderr).toMatch(message);
  expect(stderr).not.toMatch(/internal error|\n\s+at /);
  expect(stdout).toBe('');
  expect(code).toBe(2);
}

describe('query: arguments that cannot match are usage errors', () => {
  it('refuses --from after --to', () => {
    expectUsageError(['query', 'incidents', '--from', '2023-09-30', '--to', '2023-09-01'], /--from 2023-09-30 is after --to 2023-09-01/);
  });

  it.each(['2023-13-01', '2023-02-30', '2023-9-1'])('refuses the impossible date %s', (bad) => {
    expectUsageError(['query', 'incidents', '--from', bad], new RegExp(`--from must be a real date written YYYY-MM-DD, got "${bad}"`));
  });

  it.each([
    [['query', 'incidents', '--type', 'riot'], /unknown --type "riot"; (did you mean "[a-z-]+"\?; )?expected one of /],
    [['query', 'incidents', '--type', 'atack'], /unknown --type "atack"; did you mean "attack"\?/],
    [['query', 'actors', '--kind', 'militia'], /unknown --kind "militia"; (did you mean "[a-z-]+"\?; )?expected one of .*armed-group/],
    [['query', 'relations', '--actor', 'iskp', '--type', 'tie-with'], /unknown --type "tie-with"; did you mean "ties-with"\?/],
  ])('refuses an unknown vocabulary value: %j', (args, message) => {
    expectUsageError(args, message);
  });

  it('suggests the ids a place or actor search finds', () => {
    expectUsageError(['query', 'incidents', '--place', 'tajikistan'], /unknown place "tajikistan" \(it is an actor\); did you mean .*"tajikistan-[a-z-]+"/);
    expectUsageError(['query', 'claims', '--by', 'rahmon'], /unknown actor "rahmon"; did you mean .*"emomali-rahmon"/);
  });

  it('lists places and indicators', () => {
    const places = JSON.parse(run(['query', 'places', '--format', 'json']).stdout) as { id: string }[];
    expect(places.map((p) => p.id)).toContain('central-asia');
    const indicators = run(['query', 'indicators']);
    expect(indicators.code).toBe(0);
    expect(indicators.stdout).toMatch(/^id\s+name\s+unit/);
    expect(indicators.stdout).toContain('opium-supply');
  });

  it("takes the library's --match words and still the deprecated ones", () => {
    const ids = (match: string): string[] =>
      (
        JSON.parse(run(['query', 'incidents', '--from', '2023-09-10', '--to', '2023-09-30', '--match', match, '--format', 'json']).stdout) as { id: string }[]
      ).map((i) => i.id);
    expect(ids('possible')).toEqual(ids('overlaps'));
    expect(ids('certain')).toEqual(ids('within'));
    expect(ids('uncertain').every((id) => ids('possible').includes(id) && !ids('certain').includes(id))).toBe(true);
    expectUsageError(['query', 'incidents', '--match', 'sometimes'], /--match is certain, possible or uncertain/);
  });

  it('treats "constructor" as an unknown command, not an internal error', () => {
    expectUsageError(['constructor'], /unknown command "constructor"/);
    expectUsageError(['query', 'constructor'], /unknown query "constructor"/);
  });
});

describe('export: all or nothing', () => {
  it('refuses an empty directory name instead of writing ./records', () => {
    const cwd = mkdtempSync(join(dir, 'empty-'));
    const { code, stderr } = run(['export', ''], cwd);
    expect(code).toBe(2);
    expect(stderr).toMatch(/export needs a directory name/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('reports a directory whose name holds a newline on one line, escaped', () => {
    const cwd = mkdtempSync(join(dir, 'newline-'));
    const { code, stdout } = run(['export', 'out\nwrote 0 files to /etc', '--format', 'json'], cwd);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^wrote \d+ files to out\\nwrote 0 files to \/etc$/)]);
  });

  it('ends with an error, not a spin, when the target is under /proc', () => {
    const { code, stderr } = run(['export', '/proc/self']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write to "\/proc\/self"/);
  });

  it('keeps the previous set whole when one target is in the way (EISDIR)', () => {
    const target = join(dir, 'blocked');
    expect(run(['export', target]).code).toBe(0);
    const before = readFileSync(join(target, 'actors.csv'), 'utf8');
    writeFileSync(join(target, 'actors.csv'), 'old actors');
    rmSync(join(target, 'places.csv'));
    mkdirSync(join(target, 'places.csv'));
    const { code, stderr } = run(['export', target]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/places\.csv.*nothing was written/);
    expect(readFileSync(join(target, 'actors.csv'), 'utf8')).toBe('old actors');
    expect(readdirSync(target, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(before).not.toBe('old actors');
  });

  it('names temporary files unpredictably (64 random bits), never <name>.<pid>.<ms>.tmp', () => {
    const names = new Set(Array.from({ length: 1000 }, () => temporaryPathFor('/out/actors.csv')));
    expect(names.size).toBe(1000);
    for (const name of names) expect(name).toMatch(/^\/out\/\.actors\.csv\.[0-9a-f]{16}\.tmp$/);
  });

  it('removes its temporary files when SIGTERM or SIGINT arrives mid-set, in each of 40 runs', async () => {
    const leftovers: string[] = [];
    for (let i = 0; i < 40; i++) {
      const target = mkdtempSync(join(dir, 'signal-'));
      const signal = i % 2 === 0 ? 'SIGTERM' : 'SIGINT';
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', SET_WRITER, target, '40', String(256 * 1024)], { stdio: 'ignore' });
        // Signalled once the first temporary file exists: a state, not a delay.
        const poll = setInterval(() => {
          if (readdirSync(target).some((n) => n.endsWith('.tmp'))) {
            clearInterval(poll);
            child.kill(signal);
          }
        }, 1);
        child.on('exit', () => {
          clearInterval(poll);
          resolve();
        });
      });
      leftovers.push(...readdirSync(target).filter((n) => n.endsWith('.tmp')));
      // The set is whole or absent: never some of the files.
      const written = readdirSync(target).filter((n) => n.startsWith('file-')).length;
      expect([0, 40]).toContain(written);
    }
    expect(leftovers).toEqual([]);
  }, 600_000);

  it('still writes the whole set when nothing goes wrong', () => {
    const target = join(dir, 'fine');
    expect(run(['export', target, '--format', 'csv']).code).toBe(0);
    expect(existsSync(join(target, 'datapackage.json'))).toBe(true);
  });
});

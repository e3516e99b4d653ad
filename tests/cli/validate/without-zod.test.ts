/**
 * `validate` on our schemas runs the validity check generated with the package first: a valid
 * file is checked without loading zod (its start-up was most of the time on a small file,
 * docs/performance.md), and a file with a bad record still gets zod's issues, on their lines.
 * tests/helpers/zod-load-probe.mjs says whether zod's code was loaded.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI, scratch } from '../../helpers/run-cli.js';

const PROBE = fileURLToPath(new URL('../../helpers/zod-load-probe.mjs', import.meta.url));
const bundled = JSON.parse(readFileSync(new URL('../../../src/generated/records.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>[]>;
const incidents = bundled['incidents']!;
const { file } = scratch('cas-without-zod-');

function validate(path: string, kind: string): { code: number | null; stdout: string; zod: string } {
  const run = spawnSync(process.execPath, ['--import', PROBE, CLI, 'validate', path, '--kind', kind, '--quiet'], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, zod: /zod-probe: (.*)/.exec(run.stderr)?.[1] ?? `no probe line in: ${run.stderr}` };
}

describe('validate without zod', () => {
  it('checks a valid JSON array without loading zod', () => {
    const run = validate(file('valid.json', JSON.stringify(incidents)), 'incident');
    expect(run).toMatchObject({ code: 0, zod: 'zod not loaded' });
    expect(run.stdout).toContain(`${incidents.length} records, all valid`);
  });

  it('checks valid NDJSON without loading zod', () => {
    const run = validate(file('valid.ndjson', incidents.map((r) => JSON.stringify(r)).join('\n')), 'incident');
    expect(run).toMatchObject({ code: 0, zod: 'zod not loaded' });
  });

  it('loads zod for the issues of a bad record, and reports them on the record’s line', () => {
    const bad = incidents.map((r, i) => (i === incidents.length - 1 ? { ...r, type: 'riot' } : r));
    const ndjson = validate(file('bad.ndjson', bad.map((r) => JSON.stringify(r)).join('\n')), 'incident');
    expect(ndjson.code).toBe(1);
    expect(ndjson.zod).toMatch(/^zod loaded by /);
    expect(ndjson.stdout).toContain(`bad.ndjson:${incidents.length}: "${String(bad.at(-1)!['id'])}" at type: Invalid option`);
    const json = validate(file('bad.json', JSON.stringify(bad, null, 1)), 'incident');
    expect(json.code).toBe(1);
    expect(json.stdout).toContain('at type: Invalid option');
  });

  it('reports an id used twice in records that are each valid', () => {
    const twice = [...incidents, incidents[0]!];
    const run = validate(file('twice.json', JSON.stringify(twice)), 'incident');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`id "${String(incidents[0]!['id'])}" is already used`);
  });

  it('checks valid sources (URL fields) without zod, and asks zod about a URL it would trim', () => {
    const sources = bundled['sources']!;
    expect(validate(file('sources.json', JSON.stringify(sources)), 'source')).toMatchObject({ code: 0, zod: 'zod not loaded' });
    const padded = sources.map((s, i) => (i === 0 ? { ...s, url: ` ${String(s['url'])} ` } : s));
    const run = validate(file('padded.json', JSON.stringify(padded)), 'source');
    expect(run).toMatchObject({ code: 0, zod: expect.stringMatching(/^zod loaded by /) as unknown });
    expect(run.stdout).toContain(`${sources.length} records, all valid`);
  });
});

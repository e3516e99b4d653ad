/**
 * A `--schemas` module that is wrong in a way plain JavaScript does not catch: a misspelt kind
 * key (`incidnet`), which left our schema in force without a word, and a `schemas` getter that
 * throws, which printed "internal error" and a stack. Each is exit 2 with one line naming the
 * module, for a file of records and for a data package. Runs the built CLI (dist/cli.js).
 */
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, runCli, scratch } from '../helpers/run-cli.js';
import { withSchemasModule } from '../helpers/schemas-module.js';

const { dir } = scratch('cas-schemas-module-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const RECORDS = fileURLToPath(new URL('../../dist/data/records/incidents.json', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../../dist/data/datapackage.json', import.meta.url));

/** Runs `validate` on the records and on the package with the module; both must be exit 2 with one line. */
function bothRefuse(module: string, folder: string): string[] {
  return [
    ['validate', RECORDS, '--kind', 'incident', '--schemas', module, '--quiet'],
    ['validate', PACKAGE, '--schemas', module],
  ].map((args) => {
    const run = runCli(args, { cwd: folder });
    expectNoCrash(run);
    expect([args[1], run.code]).toEqual([args[1], 2]);
    expect(run.stdout).toBe('');
    return run.stderr.split('\n')[0]!;
  });
}

describe('--schemas with a kind key that is not a kind', () => {
  it('is a usage error naming the key, with "did you mean"', () => {
    withSchemasModule(
      'misspelt',
      ["import { z } from 'zod';", 'export const schemas = { incidnet: z.object({ id: z.literal("never") }) };'],
      (module, folder) => {
        for (const line of bothRefuse(module, folder)) {
          expect(line).toContain(`--schemas "`);
          expect(line).toContain('misspelt.mjs": unknown kind "incidnet" in schemas, expected one of source, actor');
          expect(line).toMatch(/; did you mean "incident"\?$/);
        }
      },
    );
  });

  it('still takes a module that gives some kinds and leaves the others to ours', () => {
    withSchemasModule(
      'partial',
      ["import { IncidentSchema } from 'central-asia-security/schema';", 'export const schemas = { incident: IncidentSchema };'],
      (module, folder) => {
        expect(runCli(['validate', RECORDS, '--kind', 'incident', '--schemas', module, '--quiet'], { cwd: folder }).code).toBe(0);
      },
    );
  });
});

describe('--schemas whose schemas throw when read', () => {
  it('is exit 2 with one line naming the module and the error, for a getter on a kind', () => {
    withSchemasModule(
      'getter',
      ['export const schemas = { get incident() { throw new Error("no schema today") }, get actor() { throw new Error("no schema today") } };'],
      (module, folder) => {
        for (const line of bothRefuse(module, folder)) {
          expect(line).toMatch(/cannot load --schemas ".*getter\.mjs": its schemas threw when read: no schema today$/);
        }
      },
    );
  });

  it('is exit 2 for a Proxy whose ownKeys trap throws, and for a thrown non-Error', () => {
    withSchemasModule('proxy', ['export const schemas = new Proxy({}, { ownKeys() { throw "a string" } });'], (module, folder) => {
      for (const line of bothRefuse(module, folder)) expect(line).toMatch(/its schemas threw when read: a string$/);
    });
  });
});

describe('--schemas whose module logs to the console', () => {
  it('loses nothing a validation thread logs, even 20,000 lines on the last record (a loaded run lost one line)', () => {
    const last = (JSON.parse(readFileSync(RECORDS, 'utf8')) as { id: string }[]).at(-1)!;
    withSchemasModule(
      'logs-a-lot',
      [
        "import { IncidentSchema } from 'central-asia-security/schema';",
        `export const schemas = { incident: IncidentSchema.refine((r) => { if (r.id === ${JSON.stringify(last.id)}) { for (let i = 0; i < 20000; i++) console.info('log line', i); console.info('the end of the log'); } return true; }) };`,
      ],
      (module, folder) => {
        const run = runCli(['validate', RECORDS, '--kind', 'incident', '--schemas', module, '--workers', '2', '--quiet', '--format', 'json'], { cwd: folder });
        expectNoCrash(run);
        expect(run.code).toBe(0);
        const lines = run.stderr.split('\n');
        expect([lines.filter((line) => line.startsWith('log line ')).length, lines.includes('the end of the log')]).toEqual([20_000, true]);
      },
    );
  });

  it('keeps the JSON report on stdout whole: what the module logs goes to stderr, on the main thread and on threads', () => {
    withSchemasModule(
      'logs',
      [
        "import { IncidentSchema } from 'central-asia-security/schema';",
        "console.log('loading my schemas');",
        "export const schemas = { incident: IncidentSchema.refine((r) => { if (r.id.startsWith('badakhshan')) console.info('checking', r.id); return true; }) };",
      ],
      (module, folder) => {
        for (const workers of ['0', '2']) {
          const run = runCli(['validate', RECORDS, '--kind', 'incident', '--schemas', module, '--format', 'json', '--workers', workers, '--quiet'], {
            cwd: folder,
          });
          expectNoCrash(run);
          expect([workers, run.code]).toEqual([workers, 0]);
          expect((JSON.parse(run.stdout) as { summary: { records: number } }).summary.records).toBeGreaterThan(10);
          expect(run.stderr).toContain('loading my schemas');
          expect(run.stderr).toMatch(/checking badakhshan/);
        }
      },
    );
  });
});

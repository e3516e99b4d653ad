/**
 * `validate` when a caller's `--schemas` module stops its thread or throws, and the two ways
 * of validating (worker threads, the main thread for small inputs) giving the same report.
 * Runs the built CLI (dist/cli.js).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { fullDataset } from '../fixtures/full-dataset.js';
import { expectNoCrash, runCli, scratch } from '../helpers/run-cli.js';
import { withSchemasModule } from '../helpers/schemas-module.js';

const { dir, file } = scratch('cas-workers-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const incidents = fullDataset().incidents as Record<string, unknown>[];
/** `count` valid incidents with distinct ids, as NDJSON. */
const valid = (count: number) => Array.from({ length: count }, (_, i) => JSON.stringify({ ...incidents[i % incidents.length], id: `r-${i}` })).join('\n');

const validate = (path: string, module: string, workers: string) =>
  runCli(['validate', path, '--kind', 'incident', '--schemas', module, '--workers', workers, '--quiet'], { cwd: dir, timeout: 60_000 });

describe('a --schemas module that ends its thread', () => {
  const path = file('many.ndjson', `${valid(3000)}\n`);
  const cases: [string, string[]][] = [
    [
      'at top level, in the worker threads',
      [
        "import { isMainThread } from 'node:worker_threads';",
        "import { IncidentSchema } from 'central-asia-security/schema';",
        'if (!isMainThread) process.exit(1);',
        'export const schemas = { incident: IncidentSchema };',
      ],
    ],
    [
      'inside a refinement, in the worker threads',
      [
        "import { isMainThread } from 'node:worker_threads';",
        "import { IncidentSchema } from 'central-asia-security/schema';",
        'export const schemas = { incident: IncidentSchema.refine(() => { if (!isMainThread) process.exit(0); return true; }) };',
      ],
    ],
  ];
  for (const [where, source] of cases) {
    it(`ends the run with exit 2 and a message, never a pass or a hang (${where}; 1 and 2 workers)`, () => {
      withSchemasModule('exits', source, (module) => {
        for (const workers of ['1', '2']) {
          const run = validate(path, module, workers);
          expectNoCrash(run);
          expect([workers, run.code]).toEqual([workers, 2]);
          expect(run.stderr).toMatch(/a validation thread stopped \(exit code \d\) before the run was done/);
          expect(run.stdout).not.toMatch(/all valid/);
        }
      });
    });
  }

  it('exits 2 with a message when the refinement calls process.exit on the main thread', () => {
    withSchemasModule(
      'exits-main',
      ["import { IncidentSchema } from 'central-asia-security/schema';", 'export const schemas = { incident: IncidentSchema.refine(() => process.exit(0)) };'],
      (module) => {
        const run = validate(path, module, '0');
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('stopped before finishing');
        expect(run.stdout).toBe('');
      },
    );
  });
});

describe('a --schemas module that leaves a timer running', () => {
  it('ends when the report is printed, with its exit code, instead of waiting on the timer', () => {
    const path = file('timer.ndjson', `${valid(20)}\n`);
    withSchemasModule(
      'timer',
      [
        "import { IncidentSchema } from 'central-asia-security/schema';",
        'setInterval(() => {}, 1000);',
        'export const schemas = { incident: IncidentSchema };',
      ],
      (module) => {
        // Without the explicit exit the process never ends: runCli kills it after its timeout and reports no code.
        const run = validate(path, module, '0');
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('all valid');
      },
    );
  });
});

describe('a refinement that throws on one record', () => {
  it('gives that record a refinement-threw issue and checks the others, on threads and on the main thread', () => {
    const path = file('throws.ndjson', `${valid(50)}\n`);
    withSchemasModule(
      'throws',
      [
        "import { IncidentSchema } from 'central-asia-security/schema';",
        "export const schemas = { incident: IncidentSchema.refine((r) => { if (r.id === 'r-7') throw new Error('boom'); return true; }) };",
      ],
      (module) => {
        for (const workers of ['0', '2']) {
          const run = runCli(['validate', path, '--kind', 'incident', '--schemas', module, '--workers', workers, '--quiet', '--format', 'json'], { cwd: dir });
          expectNoCrash(run);
          expect(run.code).toBe(1);
          const report = JSON.parse(run.stdout) as { issues: { line: number; code: string; message: string }[]; summary: { records: number } };
          expect(report.issues).toEqual([{ line: 8, id: 'r-7', code: 'refinement-threw', path: [], message: 'schema threw while validating: boom' }]);
          expect(report.summary.records).toBe(50);
        }
      },
    );
  });
});

describe('validating on the main thread and on worker threads', () => {
  it('gives the same report, byte for byte, on the same invalid input in every format', () => {
    const lines = valid(40).split('\n');
    lines[3] = lines[3]!.replace('"type":"', '"type":"x');
    lines[9] = '{"id": oops';
    lines[12] = lines[2]!;
    lines[20] = JSON.stringify({ id: 'a\nb\u001b[2J', title: 'x'.repeat(5000) });
    const inputs = [
      file('mixed.ndjson', `${lines.join('\n')}\n`),
      file('mixed.json', `[\n${lines.filter((_, i) => i !== 9).join(',\n')}\n]`),
      file(
        'mixed.csv',
        `id,type,title,date.start,date.end,date.precision\na,clash,T,2023-09-01,2023-09-01,day\nb,riot,T,2023-09-02,2023-09-01,range\na,,,,,\n`,
      ),
    ];
    for (const path of inputs) {
      for (const format of ['text', 'json']) {
        const args = ['validate', path, '--kind', 'incident', '--quiet', '--format', format];
        const inline = runCli([...args, '--workers', '0'], { cwd: dir });
        const threads = runCli([...args, '--workers', '2'], { cwd: dir });
        expect([path, format, inline.code]).toEqual([path, format, 1]);
        expect(threads).toEqual(inline);
      }
    }
  });
});

describe('createRecordValidator with a refinement that throws', () => {
  it('returns a refinement-threw issue for that record instead of throwing', async () => {
    const { createRecordValidator } = await import('../../src/dataset/index.js');
    const { IncidentSchema } = await import('../../src/entries/schema.js');
    const validate = createRecordValidator(
      IncidentSchema.refine((r) => {
        if (r.id === incidents[1]!['id']) throw new TypeError('cannot read x');
        return true;
      }),
    );
    expect(validate(incidents[0])).toEqual([]);
    expect(validate(incidents[1])).toEqual([{ code: 'refinement-threw', path: [], message: 'schema threw while validating: cannot read x' }]);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The built command line. */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** What one run of the command line did. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in `cwd` (killed after `timeout` ms: a hang fails the test, it never blocks it). */
export function runCli(args: string[], options: { cwd: string; input?: string | Buffer; timeout?: number; shell?: string }): CliRun {
  const result =
    options.shell === undefined
      ? spawnSync(process.execPath, [CLI, ...args], { input: options.input, cwd: options.cwd, maxBuffer: 1 << 30, timeout: options.timeout ?? 120_000 })
      : spawnSync('sh', ['-c', options.shell], { cwd: options.cwd, maxBuffer: 1 << 30, timeout: options.timeout ?? 120_000 });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

/** A fresh folder for one test file's inputs, and a function that writes a file into it. */
export function scratch(prefix: string): { dir: string; file: (name: string, content: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** No stack trace and no uncaught error on stderr. */
export function expectNoCrash(run: CliRun): void {
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stderr).not.toMatch(/internal error|Uncaught|Unhandled|FATAL ERROR|heap out of memory/);
}

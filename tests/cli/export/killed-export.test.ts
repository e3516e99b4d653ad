/**
 * An export killed midway (SIGKILL: no cleanup, no flush) leaves each target file as it was or
 * complete, never half written: files are written to a temporary name and renamed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
const WRITER = fileURLToPath(new URL('../../helpers/slow-writer.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cas-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `root`, as paths relative to it, temporary files left out. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.endsWith('.tmp') && statSync(join(root, name), { throwIfNoEntry: false })?.isFile() === true)
    .sort();
}

/** When a file last changed, or -1 if it is gone (renamed away while we looked). */
function modified(path: string): number {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
}

/** Starts `args` and SIGKILLs it after `delay` ms (or when `ready` says so); resolves with how it ended. */
function killAfter(args: string[], delay: number, ready?: () => boolean): Promise<{ signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const started = Date.now();
    const poll = setInterval(
      () => {
        if ((ready ? ready() : false) || (!ready && Date.now() - started >= delay)) child.kill('SIGKILL');
      },
      ready ? 1 : Math.max(1, Math.min(delay, 5)),
    );
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal });
    });
  });
}

describe('central-asia-security export, killed at any moment', () => {
  it('leaves every file either old or complete', async () => {
    const reference = join(dir, 'reference');
    const done = spawnSync(process.execPath, [CLI, 'export', reference], { encoding: 'utf8' });
    expect(done.status, done.stderr).toBe(0);
    const names = filesUnder(reference);
    expect(names).toEqual(expect.arrayContaining(['actors.csv', 'datapackage.json', join('records', 'incidents.ndjson')]));
    const complete = new Map(names.map((name) => [name, readFileSync(join(reference, name), 'utf8')]));

    let killedMidway = 0;
    let mixed = 0;
    const kills = 12;
    for (let i = 0; i < kills; i++) {
      const target = join(dir, `target-${i}`);
      mkdirSync(join(target, 'records'), { recursive: true });
      for (const name of names) writeFileSync(join(target, name), `old ${name}`);
      // Kill once a growing share of the files has been replaced: early, halfway, nearly done.
      const threshold = Math.max(1, Math.floor((names.length * i) / kills));
      const startedAt = Date.now() - 1;
      const replaced = () => filesUnder(target).filter((name) => modified(join(target, name)) >= startedAt).length;
      const ended = await killAfter([CLI, 'export', target], 0, () => replaced() >= threshold);
      if (ended.signal === 'SIGKILL') killedMidway++;
      let fresh = 0;
      for (const name of filesUnder(target)) {
        const content = readFileSync(join(target, name), 'utf8');
        expect([`old ${name}`, complete.get(name)], `${relative(dir, target)}/${name} after a kill`).toContain(content);
        if (content === complete.get(name)) fresh++;
      }
      if (fresh > 0 && fresh < names.length) mixed++;
    }
    // The kills did land midway: some runs died with part of the files new and part old.
    expect(killedMidway).toBeGreaterThan(kills / 2);
    expect(mixed).toBeGreaterThan(0);
  });
});

describe('the atomic writer, killed in the middle of a large file', () => {
  const size = 256 * 1024 * 1024;

  async function killWhileWriting(mode: 'atomic' | 'direct'): Promise<{ target: string; partial: number }> {
    const out = join(dir, mode);
    mkdirSync(out, { recursive: true });
    const target = join(out, 'table.csv');
    writeFileSync(target, 'old content\n');
    // Kill once some, but not all, of the new content is on disk.
    const written = (): number => {
      if (mode === 'direct') {
        const length = statSync(target).size;
        return length > 'old content\n'.length ? length : 0;
      }
      const temporary = readdirSync(out).find((name) => name.endsWith('.tmp'));
      return temporary === undefined ? 0 : (statSync(join(out, temporary), { throwIfNoEntry: false })?.size ?? 0);
    };
    const ended = await killAfter(['--import', 'tsx', WRITER, mode, target, String(size)], 0, () => written() > 0);
    expect(ended.signal).toBe('SIGKILL');
    const partial = written();
    return { target, partial };
  }

  it('leaves the old file in place, the new one only in its temporary file', async () => {
    const { target, partial } = await killWhileWriting('atomic');
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(size);
    expect(readFileSync(target, 'utf8')).toBe('old content\n');
  });

  it('while writing in place would have left half a file (the control)', async () => {
    const { target } = await killWhileWriting('direct');
    const length = statSync(target).size;
    expect(length).toBeGreaterThan(0);
    expect(length).toBeLessThan(size);
  });

  it('cleans up after itself when it finishes', () => {
    const out = join(dir, 'finished');
    mkdirSync(out);
    const target = join(out, 'table.csv');
    const result = spawnSync(process.execPath, ['--import', 'tsx', WRITER, 'atomic', target, String(1024)], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['table.csv']);
    expect(statSync(target).size).toBe(1024);
  });
});

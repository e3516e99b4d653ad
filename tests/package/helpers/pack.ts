/**
 * Packs the built package with `npm pack` and installs the tarball into a throwaway consumer
 * project, offline: zod and date-fns come from the npm cache that `npm ci` filled, so the test
 * sees exactly what a user's `npm install` would put on disk.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, readManifest } from './manifest.js';

export interface PackedFile {
  path: string;
  size: number;
}

/** The files `npm pack` would put in the tarball, from its dry-run JSON report. */
export function packedFiles(): PackedFile[] {
  const report = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as {
    files: PackedFile[];
  }[];
  return report[0]?.files ?? [];
}

export interface Consumer {
  /** The consumer project's root. */
  dir: string;
  /** The installed package inside it. */
  packageDir: string;
  tarball: string;
  remove(): void;
}

function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Packs the package and installs it, with zod, into a fresh consumer project. */
export function installConsumer(): Consumer {
  const base = mkdtempSync(join(tmpdir(), 'cas-consumer-'));
  const manifest = readManifest();
  execFileSync('npm', ['pack', '--pack-destination', base, '--ignore-scripts', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  const tarball = join(base, `${manifest.name}-${manifest.version}.tgz`);
  const dir = join(base, 'consumer');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball, `zod@${installedVersion('zod')}`],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return { dir, packageDir: join(dir, 'node_modules', manifest.name), tarball, remove: () => rmSync(base, { recursive: true, force: true }) };
}

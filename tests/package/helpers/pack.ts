/**
 * Packs the built package with `npm pack` and installs the tarball into a throwaway consumer
 * project, never touching the network, so the test sees what a user's install puts on disk.
 *
 * The install is `npm ci --offline` from a lockfile that pins the tarball and, for its
 * dependencies and peers, the versions and integrity hashes of this repository's lockfile: npm
 * takes them from the cache that our own `npm ci` filled. (An offline `npm install zod` would
 * need registry metadata, which a lockfile-driven `npm ci` never caches.) If the cache lacks a
 * tarball, the dependencies are packed from node_modules and installed from those files instead.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, readManifest, type Manifest } from './manifest.js';

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

type PackageManifest = Manifest & { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
type LockEntry = Record<string, unknown> & { version: string; dependencies?: Record<string, string> };

const NPM_QUIET = ['--no-audit', '--no-fund', '--ignore-scripts'];

function rootLock(): Record<string, LockEntry> {
  return (JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }).packages;
}

/** The package's dependencies and peers, and theirs, with their entries in our lockfile. */
function dependencyClosure(manifest: PackageManifest): Map<string, LockEntry> {
  const lock = rootLock();
  const queue = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
  const found = new Map<string, LockEntry>();
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (found.has(name)) continue;
    const entry = lock[`node_modules/${name}`];
    if (entry === undefined) throw new Error(`${name} is not installed at the top of node_modules`);
    // Dev-only flags describe our project, not the consumer's.
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...rest } = entry;
    found.set(name, rest);
    queue.push(...Object.keys(entry.dependencies ?? {}));
  }
  return found;
}

function installFromCache(dir: string, tarball: string, manifest: PackageManifest, deps: Map<string, LockEntry>): void {
  const spec = `file:${tarball}`;
  const peers = Object.fromEntries(Object.keys(manifest.peerDependencies ?? {}).map((name) => [name, deps.get(name)!.version]));
  const dependencies = { [manifest.name]: spec, ...peers };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }));
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', dependencies },
    [`node_modules/${manifest.name}`]: {
      version: manifest.version,
      resolved: spec,
      integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
      license: manifest.license,
      dependencies: manifest.dependencies,
      peerDependencies: manifest.peerDependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  };
  for (const [name, entry] of deps) packages[`node_modules/${name}`] = entry;
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }));
  execFileSync('npm', ['ci', '--offline', ...NPM_QUIET], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function installFromNodeModules(base: string, dir: string, tarball: string, deps: Map<string, LockEntry>): void {
  const folder = join(base, 'deps');
  mkdirSync(folder, { recursive: true });
  const files = [...deps].map(([name, entry]) => {
    execFileSync('npm', ['pack', join(ROOT, 'node_modules', name), '--pack-destination', folder, '--ignore-scripts', '--silent'], { cwd: base });
    return join(folder, `${name.replace(/^@/, '').replace('/', '-')}-${entry.version}.tgz`);
  });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  rmSync(join(dir, 'package-lock.json'), { force: true });
  execFileSync('npm', ['install', '--offline', '--no-package-lock', ...NPM_QUIET, tarball, ...files], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Packs the package and installs it, with its dependencies and peers, into a fresh consumer project. */
export function installConsumer(): Consumer {
  const base = mkdtempSync(join(tmpdir(), 'cas-consumer-'));
  const manifest = readManifest() as PackageManifest;
  execFileSync('npm', ['pack', '--pack-destination', base, '--ignore-scripts', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  const tarball = join(base, `${manifest.name}-${manifest.version}.tgz`);
  const dir = join(base, 'consumer');
  mkdirSync(dir);
  const deps = dependencyClosure(manifest);
  try {
    installFromCache(dir, tarball, manifest, deps);
  } catch {
    installFromNodeModules(base, dir, tarball, deps);
  }
  return { dir, packageDir: join(dir, 'node_modules', manifest.name), tarball, remove: () => rmSync(base, { recursive: true, force: true }) };
}

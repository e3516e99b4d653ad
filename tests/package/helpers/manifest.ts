/**
 * Reads the package manifest and lists what it promises consumers: every concrete export
 * specifier (wildcard subpaths expanded against the files actually shipped) and every bin.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

type ExportTarget = string | null | { [condition: string]: ExportTarget };

export interface Manifest {
  name: string;
  version: string;
  exports: Record<string, ExportTarget>;
  bin?: string | Record<string, string>;
  files?: string[];
  scripts?: Record<string, string>;
  [field: string]: unknown;
}

/** What a specifier loads, judged by the file it resolves to. */
export type EntryKind = 'js' | 'json' | 'file';

export interface ExportEntry {
  /** The subpath key in `exports`, e.g. `./schema` or `./json-schema/*`. */
  key: string;
  /** The bare specifier a consumer writes, e.g. `central-asia-security/schema`. */
  specifier: string;
  /** The file it resolves to under the `import` (or default) condition, relative to the package. */
  file: string;
  kind: EntryKind;
  /** Whether a `require` condition is declared (or the target is condition-free). */
  requirable: boolean;
}

export function readManifest(dir = ROOT): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** The target a condition list picks, depth first, as Node would for these conditions. */
export function resolveTarget(target: ExportTarget, conditions: readonly string[]): string | undefined {
  if (target === null) return undefined;
  if (typeof target === 'string') return target;
  for (const [condition, value] of Object.entries(target)) {
    if (condition === 'default' || conditions.includes(condition)) {
      const found = resolveTarget(value, conditions);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function hasCondition(target: ExportTarget, condition: string): boolean {
  if (target === null || typeof target === 'string') return false;
  return Object.entries(target).some(([key, value]) => key === condition || hasCondition(value, condition));
}

function kindOf(file: string): EntryKind {
  if (/\.(c|m)?js$/.test(file)) return 'js';
  if (file.endsWith('.json')) return 'json';
  return 'file';
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Every concrete export of the package in `dir`: plain subpaths as they are, and each wildcard
 * subpath once per shipped file its pattern matches.
 */
export function exportEntries(dir: string, manifest = readManifest(dir)): ExportEntry[] {
  const entries: ExportEntry[] = [];
  for (const [key, target] of Object.entries(manifest.exports)) {
    const file = resolveTarget(target, ['node', 'import']);
    if (file === undefined) continue;
    const requirable = typeof target === 'string' || hasCondition(target, 'require') || hasCondition(target, 'default');
    const make = (subpath: string, path: string): ExportEntry => ({
      key,
      specifier: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
      file: path.replace(/^\.\//, ''),
      kind: kindOf(path),
      requirable,
    });
    if (!key.includes('*')) {
      entries.push(make(key, file));
      continue;
    }
    const [before, after] = file.replace(/^\.\//, '').split('*') as [string, string];
    // Only the pattern's own folder can hold matches: never walk the whole package.
    const folder = before.slice(0, before.lastIndexOf('/') + 1);
    const candidates = existsSync(join(dir, folder)) ? listFiles(join(dir, folder)) : [];
    for (const absolute of candidates) {
      const path = relative(dir, absolute).split(sep).join('/');
      if (!path.startsWith(before) || !path.endsWith(after) || path.length < before.length + after.length) continue;
      const star = path.slice(before.length, path.length - after.length);
      entries.push(make(key.replace('*', star), `./${path}`));
    }
  }
  return entries;
}

/** The manifest's bins as name → file. */
export function binEntries(manifest: Manifest): Record<string, string> {
  if (manifest.bin === undefined) return {};
  if (typeof manifest.bin === 'string') return { [manifest.name]: manifest.bin };
  return manifest.bin;
}

import { statSync } from 'node:fs';
import { basename, join } from 'node:path';

// Kept apart from datapackage.ts: every `validate` asks this question, and only a data package
// needs the table checks and the CSV parser that module loads.

const VALUE_OPTIONS = new Set(['-k', '--kind', '--input-format', '--format', '--workers', '--schemas']);

/**
 * The data package `validate` was given, when its one file argument is a `datapackage.json`
 * or a folder holding one; otherwise undefined, and `validate` reads records of one kind.
 *
 * @example
 * ```ts
 * dataPackagePath(['dist/data/datapackage.json']); // => 'dist/data/datapackage.json'
 * dataPackagePath(['incidents.ndjson', '--kind', 'incident']); // => undefined
 * ```
 */
export function dataPackagePath(args: readonly string[]): string | undefined {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    // An option's value (`--kind incident`) is not a file.
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-') || arg === '-') files.push(arg);
  }
  const file = files[0];
  if (file === undefined) return undefined;
  if (basename(file) === 'datapackage.json') return file;
  try {
    if (statSync(file).isDirectory() && statSync(join(file, 'datapackage.json')).isFile()) return join(file, 'datapackage.json');
  } catch {
    // Not a folder with a data package: the record-by-record path reports it.
  }
  return undefined;
}

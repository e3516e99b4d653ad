import { access, constants, lstat, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from '../parse-options.js';
import { dataset } from '../../entries/bundled/dataset.js';
import { displayText } from '../../dataset/validation-error.js';
import { toCsv } from '../../tables/csv.js';
import { exportTables, toDataPackage, toJson, toNdjson, type DataPackageOptions } from '../../tables/index.js';
import { COLLECTION_OF, RECORD_KINDS } from '../../schema/index.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { writeFilesAtomically } from './write-atomically.js';

const FORMATS = ['csv', 'json', 'ndjson'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** `export --help`. */
export const EXPORT_HELP = `Usage: central-asia-security export <dir> [--format <fmt>]...

Writes the bundled dataset's tidy tables to a directory, as the package ships them under
central-asia-security/data/: one file per table and format (actors.csv, incident-actors.csv,
…), the records themselves nested as the schemas define them (records/incidents.json, …),
and datapackage.json, the Frictionless Data Package descriptor of the CSV tables. Every file
is written to a temporary name first, and only when all are written are they renamed into
place: a failed or interrupted export (no space, no permission, Ctrl-C, SIGTERM) removes its
temporary files and leaves the previous set as it was.

Options:
      --format <fmt>   ${FORMATS.join(', ')}; repeat for several (default: all)
  -h, --help           this help

Exit codes: 0 written, 2 bad arguments or a directory that cannot be written.
`;

/**
 * The shipped descriptor's metadata (title, licence, sources), so that an export describes
 * itself exactly as the package's own datapackage.json does.
 */
async function packageMetadata(): Promise<DataPackageOptions> {
  // The command line's chunks sit in dist/cli/, the shipped descriptor in dist/data/. Without it
  // the descriptor would lose the licences and the sources' attribution the data must carry, so
  // a missing one is an error, not a quiet fallback (it was, and every export lost them).
  const url = new URL('../data/datapackage.json', import.meta.url);
  let shipped: DataPackageOptions & { resources?: unknown };
  try {
    shipped = JSON.parse(await readFile(url, 'utf8')) as typeof shipped;
  } catch (error) {
    throw new UsageError(`cannot read the package's own ${fileURLToPath(url)} (its licences and sources go into datapackage.json): ${reason(error)}`);
  }
  const { resources: _resources, ...metadata } = shipped;
  return metadata;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Makes a directory and its missing parents one level at a time. Not `mkdir({ recursive: true })`:
 * under /proc, where mkdir fails with ENOENT on a parent that exists, Node's recursive mkdir
 * retries the parent forever at full CPU.
 */
async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let path = resolve(dir); ; path = dirname(path)) {
    const found = await stat(path).catch(() => undefined);
    if (found) break;
    missing.push(path);
    if (dirname(path) === path) break;
  }
  for (const path of missing.reverse()) {
    await mkdir(path).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    });
  }
}

/** Makes the target and its records/ folder, and checks both can be written before anything is. */
async function writableDirectory(dir: string): Promise<void> {
  try {
    await makeDirectory(join(dir, 'records'));
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`"${dir}" is not a directory`);
    await access(dir, constants.W_OK);
    await access(join(dir, 'records'), constants.W_OK);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write to "${dir}": ${reason(error)}`);
  }
}

/** Writes the set as one; any failure is a usage error (exit 2) with the old set intact. */
async function replaceFiles(dir: string, files: readonly [string, string][]): Promise<void> {
  for (const [name] of files) {
    // A directory where a file goes would fail its rename halfway through the set: refuse first.
    const existing = await lstat(join(dir, name)).catch(() => undefined);
    if (existing?.isDirectory()) throw new UsageError(`cannot write "${join(dir, name)}": a directory is in the way; nothing was written`);
  }
  try {
    await writeFilesAtomically(files.map(([name, content]) => [join(dir, name), content] as const));
  } catch (error) {
    throw new UsageError(`cannot write to "${dir}": ${reason(error)}; the previous files are unchanged`);
  }
}

/**
 * `central-asia-security export`: writes the bundled data's tables and files to a directory.
 *
 * @example
 * ```ts
 * await runExport(['out', '--format', 'csv'], io); // writes out/actors.csv, …, out/datapackage.json => 0
 * ```
 */
export async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(EXPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError(`export takes one directory, got ${positionals.length}`);
  const dir = positionals[0]!;
  if (dir.trim() === '') throw new UsageError('export needs a directory name, got an empty one');
  const formats = new Set((values.format ?? [...FORMATS]) as ExportFormat[]);
  for (const format of formats) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown --format "${format}"; expected ${FORMATS.join(', ')}`);
  }
  await writableDirectory(dir);

  const files: [string, string][] = [];
  const tables = exportTables(dataset);
  for (const table of tables) {
    if (formats.has('csv')) files.push([`${table.name}.csv`, toCsv(table.rows, table.columns)]);
    if (formats.has('json')) files.push([`${table.name}.json`, toJson(table.rows)]);
    if (formats.has('ndjson')) files.push([`${table.name}.ndjson`, toNdjson(table.rows)]);
  }
  for (const kind of RECORD_KINDS) {
    const records = dataset[COLLECTION_OF[kind]];
    if (formats.has('json')) files.push([`records/${COLLECTION_OF[kind]}.json`, toJson(records)]);
    if (formats.has('ndjson')) files.push([`records/${COLLECTION_OF[kind]}.ndjson`, toNdjson(records)]);
  }
  if (formats.has('csv')) files.push(['datapackage.json', `${JSON.stringify(toDataPackage(tables, await packageMetadata()), null, 2)}\n`]);
  await replaceFiles(dir, files);
  // The name is the caller's: a newline in it must not forge a line of the report.
  io.stdout.write(`wrote ${files.length} files to ${displayText(dir, 1000)}\n`);
  return EXIT.ok;
}

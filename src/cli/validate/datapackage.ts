import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseOptions } from '../parse-options.js';
import { parse } from 'csv-parse/sync';
import { validateDataset } from '../../dataset/validate-dataset.js';
import { displayText } from '../../dataset/validation-error.js';
import { recordSchemas } from '../../schema/index.js';
import { RECORD_KINDS, type RecordKind } from '../../schema/index.js';
import { checkTables, typedRows, type TableIssue } from '../../tables/check-tables.js';
import { rebuildFromTables } from '../../tables/from-tables.js';
import { locateIssue } from '../../tables/locate-issue.js';
import { TABLE_NAMES, type Row, type TableName } from '../../tables/table-spec.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { noRecords } from './batch.js';
import { dataPackagePath } from './data-package-path.js';
import { MAX_HEADER_BYTES } from './feed-csv.js';
import { loadSchema } from './load-schema.js';
import { repeatedColumns } from './repeated-columns.js';

interface Resource {
  name?: unknown;
  path?: unknown;
}

/**
 * The most a data package's descriptor or one of its tables may hold: each is read whole (the
 * foreign keys need every table at once), so a bound keeps a hostile 300 MB table from
 * exhausting memory. A larger table is validated with `validate <file> --kind`, which streams.
 */
export const MAX_TABLE_BYTES = 64 * 1024 * 1024;

/**
 * Reads a descriptor or table of a data package: a regular file only (a FIFO would block for
 * ever, /dev/zero never ends), no symbolic link for a table (a link inside the folder could
 * point anywhere), at most {@link MAX_TABLE_BYTES}. The checks are made on the opened file, so
 * the file cannot be swapped between check and read.
 */
function readText(path: string, what: string, followLinks = false): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UsageError(`${what} "${path}" is a symbolic link; a data package's tables must be files inside its folder`);
    throw new UsageError(`cannot read ${what} "${path}": ${(error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${what} "${path}" is not a regular file`);
    if (stat.size > MAX_TABLE_BYTES) {
      throw new UsageError(
        `${what} "${path}" holds ${stat.size} bytes, more than the ${MAX_TABLE_BYTES} a data package's file may; validate it alone with --kind, which streams`,
      );
    }
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${what} "${path}": ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** One resource's rows: CSV cells typed by the table's column types, JSON and NDJSON as they are. */
/** Where the first line of a text ends (its first CR or LF), or -1. */
function firstLineEnd(text: string): number {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  return lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
}

function readResource(file: string, table: TableName): { rows: Row[]; issues: TableIssue[] } {
  const text = readText(file, 'resource');
  if (file.endsWith('.csv')) {
    // csv-parse scans byte by byte for the first line end (about 0.4 s a MiB): a table with none
    // in its first MiB is refused as the streaming reader refuses it.
    const lineEnd = firstLineEnd(text);
    if (lineEnd === -1 ? text.length > MAX_HEADER_BYTES : lineEnd > MAX_HEADER_BYTES) {
      throw new UsageError(`"${file}": table "${table}": line 1: the header row is longer than ${MAX_HEADER_BYTES / 1048576} MiB`);
    }
    let cells: string[][];
    try {
      cells = parse(text, { bom: true, relax_column_count: false });
    } catch (error) {
      throw new UsageError(`"${file}" is not readable CSV: ${(error as Error).message}`);
    }
    // A row keeps one cell per column name: a repeated column would lose all but its last cell.
    const repeated = repeatedColumns(cells[0] ?? []);
    if (repeated !== undefined) throw new UsageError(`"${file}": table "${table}": line 1: ${repeated}`);
    return typedRows(table, cells);
  }
  let rows: unknown;
  try {
    rows = file.endsWith('.ndjson')
      ? text
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as unknown)
      : JSON.parse(text);
  } catch (error) {
    throw new UsageError(`"${file}" is not readable JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(rows) || !rows.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))) {
    throw new UsageError(`"${file}" must hold an array of row objects`);
  }
  return { rows: rows as Row[], issues: [] };
}

/** Every table of the package, read through its descriptor. */
function readPackage(descriptorPath: string): { tables: Map<string, Row[]>; issues: TableIssue[] } {
  let descriptor: { resources?: unknown };
  try {
    descriptor = JSON.parse(readText(descriptorPath, 'data package', true)) as typeof descriptor;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`"${descriptorPath}" is not readable JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(descriptor?.resources)) throw new UsageError(`"${descriptorPath}" has no "resources" array`);
  const base = dirname(descriptorPath);
  const tables = new Map<string, Row[]>();
  const issues: TableIssue[] = [];
  for (const resource of descriptor.resources as Resource[]) {
    const { name, path } = resource ?? {};
    if (typeof name !== 'string' || typeof path !== 'string') throw new UsageError(`"${descriptorPath}": every resource needs a "name" and one "path"`);
    // A data package names its files relative to itself, never outside its folder.
    const file = resolve(base, path);
    if (isAbsolute(path) || relative(base, file).startsWith('..'))
      throw new UsageError(`"${descriptorPath}": resource "${name}" path "${path}" leaves the package's folder`);
    if (!(TABLE_NAMES as readonly string[]).includes(name)) {
      tables.set(name, []);
      continue;
    }
    const read = readResource(file, name as TableName);
    tables.set(name, read.rows);
    issues.push(...read.issues);
  }
  return { tables, issues };
}

async function schemasFrom(module: string | undefined): Promise<Record<RecordKind, unknown>> {
  if (module === undefined) return recordSchemas();
  const entries = await Promise.all(RECORD_KINDS.map(async (kind) => [kind, await loadSchema(kind, module)] as const));
  return Object.fromEntries(entries) as Record<RecordKind, unknown>;
}

function describe(issue: TableIssue): string {
  const row = issue.row === undefined ? '' : ` row ${issue.row}`;
  const id = issue.id === undefined ? '' : ` ("${issue.id}")`;
  const column = issue.column === undefined ? '' : ` column ${issue.column}`;
  return `${issue.table}${row}${id}${column}: ${issue.message}`;
}

/**
 * `validate <datapackage.json | folder>`: reads every table of a data package (CSV, JSON or
 * NDJSON resources), checks columns, cell types, required cells, primary and foreign keys,
 * rebuilds the records from the tables and validates them as `createDataset` does. Each issue
 * names its table, row and column. Returns the exit code: 0 valid, 1 issues, 2 unusable.
 *
 * @example
 * ```ts
 * await validateDataPackage(['dist/data/datapackage.json'], io); // => 0
 * ```
 */
export async function validateDataPackage(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      schemas: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      workers: { type: 'string' },
      kind: { type: 'string', short: 'k' },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`validate takes one data package, got ${positionals.length} files`);
  if (values.kind !== undefined) throw new UsageError('--kind does not apply to a data package: every table is checked');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format "${format}"; expected text or json`);
  const file = dataPackagePath(positionals) ?? positionals[0]!;
  try {
    return await checkPackage(file, values.schemas, format, io);
  } catch (error) {
    // The arguments were read: a JSON report is promised whatever makes the package unusable.
    if (error instanceof UsageError && format === 'json') {
      const report = { file, format: 'datapackage', valid: false, tables: 0, rows: 0, records: 0, issues: [], error: displayText(error.message, 1000) };
      io.stdout.write(`${JSON.stringify(report)}\n`);
    }
    throw error;
  }
}

async function checkPackage(file: string, schemasModule: string | undefined, format: 'text' | 'json', io: CliIo): Promise<number> {
  const schemas = await schemasFrom(schemasModule);
  const { tables, issues } = readPackage(file);
  issues.push(...checkTables(tables));
  const rebuilt = rebuildFromTables(Object.fromEntries([...tables].filter(([name]) => (TABLE_NAMES as readonly string[]).includes(name))));
  const result = validateDataset(rebuilt.records, schemas as never);
  for (const issue of result.issues) {
    const at = locateIssue(rebuilt, issue);
    issues.push({
      table: at.table ?? (issue.kind === 'dataset' ? 'dataset' : `${issue.kind}s`),
      ...(at.row === undefined ? {} : { row: at.row }),
      ...(at.column === undefined ? {} : { column: at.column }),
      ...(issue.id === undefined ? {} : { id: issue.id }),
      code: 'record',
      message: issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    });
  }
  const rows = [...tables.values()].reduce((n, t) => n + t.length, 0);
  const records = Object.values(rebuilt.records).reduce((n, list) => n + list.length, 0);
  // As for a file of records: a package with nothing to validate is unusable, not valid.
  if (records === 0) throw new UsageError(noRecords(file));
  if (format === 'json') {
    io.stdout.write(
      `${JSON.stringify({ file, format: 'datapackage', valid: issues.length === 0, tables: tables.size, rows, records, issues, error: null })}\n`,
    );
  } else {
    for (const issue of issues) io.stdout.write(`${file}: ${describe(issue)}\n`);
    io.stdout.write(
      `${file}: ${tables.size} tables, ${rows} rows, ${records} records, ${issues.length === 0 ? 'all valid' : `${issues.length} issue${issues.length === 1 ? '' : 's'}`}\n`,
    );
  }
  return issues.length === 0 ? EXIT.ok : EXIT.invalid;
}

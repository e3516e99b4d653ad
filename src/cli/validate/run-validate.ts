import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RECORD_KINDS, toJsonSchema, type RecordKind } from '../../schema/index.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { BufferPool, InputSyntaxError, type TextBatch } from './batch.js';
import { dataPackagePath, validateDataPackage } from './datapackage.js';
import { DuplicateIds } from './duplicate-ids.js';
import { feedCsv } from './feed-csv.js';
import { formatFromName, sniffFormat, type InputFormat } from './input-format.js';
import { CHUNK_BYTES, openInput } from './open-input.js';
import { Progress } from './progress.js';
import { loadSchema } from './load-schema.js';
import { jsonReporter, textReporter, type Reporter, type Summary } from './report.js';
import { JsonArraySplitter } from './split-json-array.js';
import { NdjsonSplitter } from './split-ndjson.js';
import { ValidationPool } from './worker-pool.js';
import type { WorkResult } from './worker-protocol.js';

/** `validate --help`. */
export const VALIDATE_HELP = `Usage: central-asia-security validate <file|-> --kind <kind> [options]
       central-asia-security validate <datapackage.json|folder> [--format json] [--schemas <module>]

Validates records of one kind against the schemas, one record at a time, streaming: memory
stays flat whatever the file's size. Reads a JSON array, NDJSON (one record a line) or CSV
(one record a row; columns are field paths such as date.start, arrays and objects as JSON
in one cell). "-" reads stdin. Ids must be unique within the file. References to other
records and quotes are not checked here: use createDataset for whole datasets.

Given a datapackage.json (or a folder holding one), checks every table of the data package
(CSV, JSON or NDJSON): columns, cell types, primary and foreign keys, then the records rebuilt
from the tables; each issue names its table, row and column.

Options:
  -k, --kind <kind>          ${RECORD_KINDS.join(', ')}
      --input-format <fmt>   json, ndjson or csv (default: from the extension, else the first bytes)
      --format <fmt>         text (default) or json, a machine-readable report on stdout
      --schemas <module>     validate with your schemas: a module exporting "schemas" by kind,
                             such as defineSchemas(...).schemas (default: ours)
      --workers <n>          validation threads (default: the number of CPUs, at most 4)
  -q, --quiet                no progress display on stderr
  -h, --help                 this help

Each bad record is reported with its line number, id, field path and message, then a summary.
Exit codes: 0 all records valid, 1 invalid records, 2 unusable input or arguments
(a missing file, a directory, unparseable JSON array or CSV, an empty input, an unknown kind).
`;

interface ValidateOptions {
  file: string;
  kind: RecordKind;
  inputFormat: InputFormat | undefined;
  report: 'text' | 'json';
  workers: number;
  quiet: boolean;
  schemas: string | undefined;
}

function parseValidateArgs(args: string[]): ValidateOptions | 'help' {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      kind: { type: 'string', short: 'k' },
      'input-format': { type: 'string' },
      format: { type: 'string' },
      workers: { type: 'string' },
      schemas: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError(`validate takes one file (or - for stdin), got ${positionals.length}`);
  const file = positionals[0]!;
  const kind = values.kind;
  if (kind === undefined) throw new UsageError(`validate needs --kind: one of ${RECORD_KINDS.join(', ')}`);
  if (!(RECORD_KINDS as readonly string[]).includes(kind)) throw new UsageError(`unknown kind "${kind}"; expected one of ${RECORD_KINDS.join(', ')}`);
  const report = values.format ?? 'text';
  if (report !== 'text' && report !== 'json') throw new UsageError(`unknown --format "${report}"; expected text or json`);
  const workers = values.workers === undefined ? Math.min(availableParallelism(), 4) : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError(`--workers must be a whole number from 1 to 64, got "${values.workers}"`);
  return {
    file,
    kind: kind as RecordKind,
    inputFormat: formatFromName(file, values['input-format']),
    report,
    workers,
    quiet: values.quiet ?? false,
    schemas: values.schemas,
  };
}

/** Yields `first`, then the rest of `iterator`. */
async function* prepend(first: Buffer, iterator: AsyncIterator<Buffer>): AsyncIterable<Buffer> {
  yield first;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}

async function feedText(
  chunks: AsyncIterable<Buffer>,
  splitter: { push(chunk: Uint8Array): TextBatch | undefined; end(): TextBatch | undefined },
  pool: ValidationPool,
  onRead: (bytes: number) => void,
): Promise<void> {
  for await (const chunk of chunks) {
    onRead(chunk.length);
    const batch = splitter.push(chunk);
    if (batch) await pool.submit({ type: 'text', ...batch });
  }
  const last = splitter.end();
  if (last) await pool.submit({ type: 'text', ...last });
}

/**
 * `central-asia-security validate`: streams a file of records through the validation workers
 * and reports every bad record. Returns the exit code.
 *
 * @example
 * ```ts
 * await runValidate(['incidents.ndjson', '--kind', 'incident'], io); // => 0
 * ```
 */
export async function runValidate(args: string[], io: CliIo): Promise<number> {
  if (dataPackagePath(args) !== undefined) return validateDataPackage(args, io);
  const options = parseValidateArgs(args);
  if (options === 'help') {
    io.stdout.write(VALIDATE_HELP);
    return EXIT.ok;
  }
  const { file, kind } = options;
  const schemaModule = options.schemas === undefined ? undefined : pathToFileURL(resolve(options.schemas)).href;
  const schema = await loadSchema(kind, schemaModule);
  const input = await openInput(file, io.stdin);
  const iterator = input.stream[Symbol.asyncIterator]();
  let first: IteratorResult<Buffer>;
  try {
    first = await iterator.next();
  } catch (error) {
    throw new UsageError(`cannot read "${file}": ${(error as Error).message}`);
  }
  if (first.done || first.value.length === 0) throw new UsageError(`"${file}" is empty: expected ${options.inputFormat ?? 'JSON, NDJSON or CSV'} records`);
  const format = options.inputFormat ?? sniffFormat(first.value);
  const name = file === '-' ? '<stdin>' : file;
  const reporter: Reporter = options.report === 'json' ? jsonReporter(io.stdout, { file: name, kind, format }) : textReporter(io.stdout, name);
  const progress = io.stderr.isTTY && !options.quiet ? new Progress(io.stderr as never, input.size) : undefined;
  const summary: Summary = { records: 0, invalid: 0, issues: 0, duplicateIds: 0 };
  const seen = new DuplicateIds();
  let bytesRead = 0;
  const onRead = (bytes: number): void => {
    bytesRead += bytes;
    progress?.update(summary.records, bytesRead);
  };
  let fatal: { line?: number; message: string } | undefined;

  const buffers = new BufferPool(2 * CHUNK_BYTES);
  const deliver = (result: WorkResult): void => {
    if (result.buffer) buffers.release(result.buffer);
    const { lines } = result;
    const ids = JSON.parse(result.ids) as (string | null)[];
    let p = 0;
    let s = 0;
    for (let i = 0; i < lines.length; i++) {
      // Past a fatal error the rest of the input is not reported on.
      if (fatal !== undefined) return;
      const line = lines[i]!;
      const id = ids[i] ?? null;
      summary.records++;
      let bad = 0;
      const syntax = result.syntax[s]?.index === i ? result.syntax[s++] : undefined;
      if (syntax !== undefined) {
        // In a JSON array, an element that is not JSON makes the whole file unparseable.
        if (format === 'json') {
          fatal ??= { line, message: `line ${line}: ${syntax.message}` };
          continue;
        }
        reporter.issue({ line, id, code: 'syntax', path: [], message: syntax.message });
        bad++;
      }
      const problem = result.problems[p]?.index === i ? result.problems[p++] : undefined;
      for (const issue of problem?.issues ?? []) {
        reporter.issue({ line, id, code: issue.code, path: issue.path, message: issue.message });
        bad++;
      }
      if (id !== null) {
        const firstLine = seen.firstLine(id, line);
        if (firstLine !== undefined) {
          reporter.issue({ line, id, code: 'duplicate-id', path: ['id'], message: `id "${id}" is already used on line ${firstLine}` });
          summary.duplicateIds++;
          bad++;
        }
      }
      if (bad > 0) {
        summary.invalid++;
        summary.issues += bad;
      }
    }
  };

  const pool = new ValidationPool({ kind, ...(schemaModule === undefined ? {} : { schemas: schemaModule }) }, options.workers, deliver);
  try {
    const chunks = prepend(first.value, iterator);
    if (format === 'csv') await feedCsv(chunks, toJsonSchema(schema, kind), pool, onRead);
    else await feedText(chunks, format === 'json' ? new JsonArraySplitter(buffers) : new NdjsonSplitter(buffers), pool, onRead);
    await pool.drain();
  } catch (error) {
    if (!(error instanceof InputSyntaxError)) {
      if (error instanceof UsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error;
      // A read error (the file removed, a device error) makes the input unusable.
      fatal ??= { message: `cannot read "${file}": ${(error as Error).message}` };
    } else {
      fatal ??= { line: error.line, message: error.message };
    }
    await pool.drain().catch(() => undefined);
  } finally {
    progress?.done();
    await pool.close();
  }
  // Blank lines or a byte order mark alone are an empty file by another name.
  if (fatal === undefined && format === 'ndjson' && summary.records === 0) fatal = { message: `"${file}" holds no records, only blank lines` };
  reporter.finish(summary, fatal);
  if (fatal !== undefined) {
    io.stderr.write(`${name}: ${fatal.message}\n`);
    return EXIT.unusable;
  }
  return summary.invalid > 0 ? EXIT.invalid : EXIT.ok;
}

import { availableParallelism } from 'node:os';
import { parseOptions } from '../parse-options.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLLECTION_OF, RECORD_KINDS, type RecordKind } from '../../schema/record-map.js';
import { displayText } from '../../dataset/validation-error.js';
import type { Writable } from 'node:stream';
import type { CliIo } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { AdaptiveValidation, SMALL_INPUT_BYTES } from './adaptive-validation.js';
import { BufferPool, EmptyInputError, InputSyntaxError, noRecords, type TextBatch } from './batch.js';
import { ResultCollector, type Fatal } from './collect-results.js';
import { dataPackagePath } from './data-package-path.js';
import { formatFromName, sniffFormat, type InputFormat } from './input-format.js';
import { CHUNK_BYTES, openInput, type Input } from './open-input.js';
import { Progress } from './progress.js';
import { kindSchema, type KindSchema } from './kind-schema.js';
import { jsonReporter, textReporter, type Reporter } from './report.js';
import { JsonArraySplitter } from './split-json-array.js';
import { NdjsonSplitter } from './split-ndjson.js';
import type { Validation } from './inline-validation.js';
import { ValidationStopped } from './validation-stopped.js';
import { allValidQuickly, checkWholeArray, parseWholeArray } from './whole-array.js';
import { createRecordValidator } from '../../dataset/compiled-validator/record-validator.js';

/** `validate --help`. */
export const VALIDATE_HELP = `Usage: central-asia-security validate <file|-> --kind <kind> [options]
       central-asia-security validate <datapackage.json|folder> [--format json] [--schemas <module>]

Validates records of one kind against the schemas, one record at a time, streaming: memory
stays flat whatever the file's size (a JSON array file of up to 8 MiB is read whole, which
is faster). Reads a JSON array, NDJSON (one record a line) or CSV
(one record a row; columns are field paths such as date.start, arrays and objects as JSON
in one cell). "-" reads stdin. Ids must be unique within the file. References to other
records and quotes are not checked here: use createDataset for whole datasets.

Given a datapackage.json (or a folder holding one), checks every table of the data package
(CSV, JSON or NDJSON): columns, cell types, primary and foreign keys, then the records rebuilt
from the tables; each issue names its table, row and column. The package's own
data/<table>.csv|json|ndjson files are such tables, not records: validate them through
data/datapackage.json; --kind reads the records in data/records/<collection>.json|ndjson.

Options:
  -k, --kind <kind>          ${RECORD_KINDS.join(', ')}
      --input-format <fmt>   json, ndjson or csv (default: from the extension, else the first bytes)
      --format <fmt>         text (default) or json, a machine-readable report on stdout
      --schemas <module>     validate with your schemas: a module exporting "schemas" by kind,
                             such as defineSchemas(...).schemas (default: ours)
      --workers <n>          validation threads; 0 validates on the main thread (default: the
                             main thread for inputs up to 8 MiB, then the number of CPUs, at most 4)
  -q, --quiet                no progress display on stderr
  -h, --help                 this help

Each bad record is reported with its line number, id, field path and message, then a summary.
Exit codes: 0 all records valid, 1 invalid records, 2 unusable input or arguments
(a missing file, a directory, unparseable JSON array or CSV, a CSV header that repeats a
column, an input with no records whatever its format: no bytes, blank lines, [], a CSV
header alone or a data package of empty tables; an unknown kind, an option given twice,
a --schemas module that cannot be read, names an unknown kind or stops its thread).
With --format json, a run that ends with exit 2 after its arguments were read still
writes a report, with the reason in "error" (a data package's report too).
`;

interface ValidateOptions {
  file: string;
  kind: RecordKind;
  inputFormat: InputFormat | undefined;
  report: 'text' | 'json';
  /** Validation threads, and whether --workers fixed the number. */
  threads: { threads: number; fixed: boolean };
  quiet: boolean;
  schemas: string | undefined;
}

function parseValidateArgs(args: string[]): ValidateOptions | 'help' {
  const { values, positionals } = parseOptions({
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
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new UsageError(`--workers must be a whole number from 0 to 64, got "${values.workers}"`);
  return {
    file,
    kind: kind as RecordKind,
    inputFormat: formatFromName(file, values['input-format']),
    report,
    threads: { threads: workers, fixed: values.workers !== undefined },
    quiet: values.quiet ?? false,
    schemas: values.schemas,
  };
}

async function feedText(
  chunks: AsyncIterable<Buffer>,
  splitter: { push(chunk: Uint8Array): TextBatch | undefined; end(): TextBatch | undefined },
  validation: Validation,
  onRead: (bytes: number) => void,
): Promise<void> {
  for await (const chunk of chunks) {
    onRead(chunk.length);
    const batch = splitter.push(chunk);
    if (batch) await validation.submit({ type: 'text', ...batch });
  }
  const last = splitter.end();
  if (last) await validation.submit({ type: 'text', ...last });
}

/** The input opened, with its first chunk (an empty input is a {@link UsageError}). */
async function openFirstChunk(options: ValidateOptions, io: CliIo): Promise<{ input: Input; first: Buffer; rest: AsyncIterator<Buffer> }> {
  const { file } = options;
  const input = await openInput(file, () => io.stdin);
  const rest = input.stream[Symbol.asyncIterator]();
  let first: IteratorResult<Buffer>;
  try {
    first = await rest.next();
  } catch (error) {
    throw new UsageError(`cannot read "${file}": ${(error as Error).message}`);
  }
  if (first.done || first.value.length === 0) throw new UsageError(noRecords(file));
  return { input, first: first.value, rest };
}

/** What ended a run early, as a {@link Fatal}; errors that are bugs are thrown on. */
function fatalOf(error: unknown, file: string): Fatal {
  if (error instanceof EmptyInputError) return { message: noRecords(file) };
  if (error instanceof InputSyntaxError) return { line: error.line, message: error.message };
  if (error instanceof ValidationStopped) return { message: error.message };
  if (error instanceof UsageError) throw error;
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error;
  // A read error (the file removed, a device error) makes the input unusable.
  return { message: `cannot read "${file}": ${(error as Error).message}` };
}

/** Reads the whole input into `validation`; returns what made it unusable, if anything. */
async function validateInput(
  chunks: AsyncIterable<Buffer>,
  format: InputFormat,
  schema: KindSchema,
  validation: Validation,
  buffers: BufferPool,
  onRead: (bytes: number) => void,
  file: string,
): Promise<Fatal | undefined> {
  try {
    if (format === 'csv') {
      const { feedCsv, cellTypes } = await import('./feed-csv.js');
      await feedCsv(chunks, cellTypes(await schema.schema()), validation, onRead);
    } else await feedText(chunks, format === 'json' ? new JsonArraySplitter(buffers) : new NdjsonSplitter(buffers), validation, onRead);
    await validation.drain();
    return undefined;
  } catch (error) {
    const fatal = fatalOf(error, file);
    await validation.drain().catch(() => undefined);
    return fatal;
  } finally {
    await validation.close();
  }
}

/**
 * The input's bytes, read on until its end or past `limit` bytes (`complete` says which), or
 * until a read fails (`error`). Chunks are copied as they come, since a file's chunks share one
 * buffer: into one buffer of the file's size (`size`, grown if the file grew), so that a small
 * file is copied once and never concatenated.
 */
async function readUpTo(
  first: Buffer,
  rest: AsyncIterator<Buffer>,
  limit: number,
  size: number | undefined,
): Promise<{ bytes: Buffer; complete: boolean; error?: unknown }> {
  let buffer = Buffer.allocUnsafe(Math.max(first.length, Math.min(size ?? 0, limit)));
  let total = 0;
  const append = (chunk: Buffer): void => {
    if (total + chunk.length > buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * buffer.length, total + chunk.length));
      buffer.copy(grown, 0, 0, total);
      buffer = grown;
    }
    chunk.copy(buffer, total);
    total += chunk.length;
  };
  append(first);
  try {
    while (total <= limit) {
      const next = await rest.next();
      if (next.done) return { bytes: buffer.subarray(0, total), complete: true };
      append(next.value);
    }
  } catch (error) {
    return { bytes: buffer.subarray(0, total), complete: false, error };
  }
  return { bytes: buffer.subarray(0, total), complete: false };
}

/** Yields nothing, then throws `error`: a failed read, replayed for the stream after the bytes read before it. */
// eslint-disable-next-line require-yield -- the generator only fails, where the input failed
async function* failing(error: unknown): AsyncIterable<Buffer> {
  throw error;
}

/**
 * Validates a JSON array that fits the main thread (and threads were not asked for) read
 * whole, delivering its batches to `results`, and returns nothing. Otherwise it returns, in
 * `stream`, the input's chunks for the streaming path: other formats
 * and big files, bytes that are not such an array (not UTF-8, not JSON, empty: the stream
 * reports why), inputs that read on past the limit (a device or pipe, whose size says
 * nothing, or a file that grew) and reads that failed midway.
 */
async function validateWhole(
  options: ValidateOptions,
  { input, first, rest }: Awaited<ReturnType<typeof openFirstChunk>>,
  format: InputFormat,
  schema: KindSchema,
  onRead: (bytes: number) => void,
  results: ResultCollector,
  out: Writable,
): Promise<{ stream: AsyncIterable<Buffer> } | undefined> {
  const { threads, fixed } = options.threads;
  if (format !== 'json' || input.size === undefined || input.size > SMALL_INPUT_BYTES || (fixed && threads > 0)) return { stream: concatenated([first], rest) };
  const read = await readUpTo(first, rest, SMALL_INPUT_BYTES, input.size);
  // A read that failed midway is streamed too: the records before the failure are reported first.
  if (read.error !== undefined) return { stream: concatenated(chunksOf(read.bytes), failing(read.error)[Symbol.asyncIterator]()) };
  const records = read.complete ? parseWholeArray(read.bytes) : undefined;
  if (records === undefined) return { stream: concatenated(chunksOf(read.bytes), rest) };
  onRead(read.bytes.length);
  if (schema.quick !== undefined && allValidQuickly(records, schema.quick)) {
    results.countValid(records.length);
    return undefined;
  }
  const checked = await checkWholeArray(read.bytes, records, createRecordValidator(await schema.schema()), async (result) => {
    results.deliver(result);
    // A slow reader of a report that outgrows the pipe: wait until it has taken what was written,
    // or the issues of a file of bad records pile up in memory.
    if (out.writableNeedDrain) await drained(out);
  });
  if (checked === 'all-valid') results.countValid(records.length);
  return undefined;
}

/** Resolves when `out` drains, or can take no more (it failed or closed: its own handlers report that). */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      out.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    out.on('drain', done).on('error', done).on('close', done);
  });
}

/** The chunks of `head`, then the rest of `tail`. */
async function* concatenated(head: Iterable<Buffer> | AsyncIterable<Buffer>, tail: AsyncIterator<Buffer>): AsyncIterable<Buffer> {
  yield* head;
  for (let next = await tail.next(); !next.done; next = await tail.next()) yield next.value;
}

/** `bytes` in the chunks a file is read in, so that streaming them batches as reading would. */
async function* chunksOf(bytes: Uint8Array): AsyncIterable<Buffer> {
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES)
    yield Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(CHUNK_BYTES, bytes.length - start));
}

/** The name a report gives the input. */
function inputName(file: string): string {
  return file === '-' ? '<stdin>' : displayText(file, 1000);
}

/** A JSON report of a run that ended before reading any record: `error` carries the reason. */
function jsonFailure(options: ValidateOptions, io: CliIo, error: UsageError): void {
  const head = { file: inputName(options.file), kind: options.kind, format: options.inputFormat ?? null };
  jsonReporter(io.stdout, head).finish({ records: 0, invalid: 0, issues: 0, duplicateIds: 0 }, { message: error.message });
}

/**
 * `central-asia-security validate`: streams a file of records through the validator (the main
 * thread for small inputs, worker threads for big ones) and reports every bad record. Returns
 * the exit code.
 *
 * @example
 * ```ts
 * await runValidate(['incidents.ndjson', '--kind', 'incident'], io); // => 0
 * ```
 */
export async function runValidate(args: string[], io: CliIo): Promise<number> {
  // The data-package and CSV paths are imported when used: they load the table checks and the
  // CSV parser, which a JSON or NDJSON file in a pre-commit hook does not need.
  if (dataPackagePath(args) !== undefined) return (await import('./datapackage.js')).validateDataPackage(args, io);
  const options = parseValidateArgs(args);
  if (options === 'help') {
    io.stdout.write(VALIDATE_HELP);
    return EXIT.ok;
  }
  const schemaModule = options.schemas === undefined ? undefined : pathToFileURL(resolve(options.schemas)).href;
  let opened: Awaited<ReturnType<typeof openFirstChunk>>;
  let schema: KindSchema;
  try {
    schema = await kindSchema(options.kind, schemaModule);
    opened = await openFirstChunk(options, io);
  } catch (error) {
    if (error instanceof UsageError && options.report === 'json') jsonFailure(options, io, error);
    throw error;
  }
  return validateOpened(options, io, schema, schemaModule, opened);
}

async function validateOpened(
  options: ValidateOptions,
  io: CliIo,
  schema: KindSchema,
  schemaModule: string | undefined,
  opened: Awaited<ReturnType<typeof openFirstChunk>>,
): Promise<number> {
  const { file, kind } = options;
  const { input, first } = opened;
  const format = options.inputFormat ?? sniffFormat(first);
  const name = inputName(file);
  const reporter: Reporter = options.report === 'json' ? jsonReporter(io.stdout, { file: name, kind, format }) : textReporter(io.stdout, name);
  const progress = io.stderr.isTTY && !options.quiet ? new Progress(io.stderr, input.size) : undefined;
  const results = new ResultCollector(format, reporter);
  let bytesRead = 0;
  const onRead = (bytes: number): void => {
    bytesRead += bytes;
    progress?.update(results.summary.records, bytesRead);
  };
  const buffers = new BufferPool(2 * CHUNK_BYTES);
  const validation = new AdaptiveValidation(
    { kind, ...(schemaModule === undefined ? {} : { schemas: schemaModule }) },
    schema,
    options.threads,
    (result) => {
      if (result.buffer) buffers.release(result.buffer);
      results.deliver(result);
    },
    () => (input.size ?? bytesRead) > SMALL_INPUT_BYTES,
  );
  // Copied before validation, as the input may reuse the first chunk's memory for later ones.
  const head = first.subarray(0, 65_536).toString('utf8');
  let fatal: Fatal | undefined;
  try {
    const whole = await validateWhole(options, opened, format, schema, onRead, results, io.stdout);
    fatal = whole === undefined ? undefined : await validateInput(whole.stream, format, schema, validation, buffers, onRead, file);
  } finally {
    progress?.done();
  }
  fatal ??= results.fatal;
  // Blank lines, `[]` or a CSV header alone are an empty file by another name.
  if (fatal === undefined && results.summary.records === 0) fatal = { message: noRecords(file) };
  const code = finish(reporter, results, fatal, io, name);
  // The package's own tables look like records to a first-time user; every row then fails.
  // Imported only then: it reads the tables' columns, which a valid run does not need.
  const table = code === EXIT.invalid ? (await import('./tidy-table-hint.js')).tidyTableOf(head, format) : undefined;
  if (table !== undefined) {
    io.stderr.write(
      `${name}: these are rows of the data package's "${table}" table, not ${kind} records: validate the package with "central-asia-security validate <folder>/datapackage.json", or the records in central-asia-security/data/records/${COLLECTION_OF[kind]}.json\n`,
    );
  }
  return code;
}

/** Ends the report and prints a fatal problem on stderr; returns the exit code. */
function finish(reporter: Reporter, results: ResultCollector, fatal: Fatal | undefined, io: CliIo, name: string): number {
  const shown = fatal === undefined ? undefined : { ...fatal, message: displayText(fatal.message, 1000) };
  reporter.finish(results.summary, shown);
  if (shown !== undefined) {
    io.stderr.write(`${name}: ${shown.message}\n`);
    return EXIT.unusable;
  }
  return results.summary.invalid > 0 ? EXIT.invalid : EXIT.ok;
}

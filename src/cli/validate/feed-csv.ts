import { once } from 'node:events';
import { parse } from 'csv-parse';
import * as z from 'zod';
import type { JsonSchemaDocument } from '../../schema/index.js';
import { displayText } from '../../dataset/validation-error.js';
import { EmptyInputError, InputSyntaxError, MAX_RECORD_BYTES } from './batch.js';
import { CsvRecordBuilder, CsvRowError } from './csv-records.js';
import type { Validation } from './inline-validation.js';
import { Utf8Check } from './utf8-check.js';

const ROWS_PER_BATCH = 1000;

/**
 * The longest header row read. Until csv-parse has seen the first line end it looks for one at
 * every byte, allocating three buffers each time (about 0.4 s a MiB): a header-sized bound keeps
 * a file with no line end, such as /dev/zero, from taking half a minute to reach the 64 MiB
 * row limit.
 */
export const MAX_HEADER_BYTES = 1024 * 1024;
const HEADER_SLICE_BYTES = 64 * 1024;

function count(cells: readonly string[], char: string): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf(char); i >= 0; i = cell.indexOf(char, i + 1)) n++;
  return n;
}

/**
 * The line each row starts on. csv-parse counts every CR and every LF inside a quoted cell as a
 * line (a CRLF twice), while a line of the file ends at LF only: the CRs seen so far are taken
 * off again.
 */
class RowLines {
  #extra = 0;

  /** The line the row whose last line csv-parse numbered `end` starts on. */
  start(cells: readonly string[], end: number): number {
    const returns = count(cells, '\r');
    const line = end - count(cells, '\n') - returns - this.#extra;
    this.#extra += returns;
    return line;
  }

  /** A line csv-parse numbered, as a line of the file. */
  real(line: number): number {
    return line - this.#extra;
  }
}

/** What csv-parse's error codes mean, said for people; an unknown code keeps its own message. */
const CSV_ERRORS: Readonly<Record<string, string>> = Object.freeze({
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the row has a different number of cells than the header',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'the row has a different number of cells than the header',
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is not closed',
  CSV_MAX_RECORD_SIZE: `the row is longer than ${MAX_RECORD_BYTES / 1048576} MiB`,
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted cell is not doubled',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text follows the closing quote of a cell',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted cell (quote the whole cell and double the quote)',
});

/** An unreadable row as an {@link InputSyntaxError}: its line, what is wrong, its cells if known, the code. */
function csvSyntaxError(line: number, code: string, said: string, cells: number | undefined): InputSyntaxError {
  return new InputSyntaxError(line, `line ${line}: CSV: ${said}${cells === undefined ? '' : ` (${cells} cells)`} [${code}]`);
}

/** csv-parse's error as an {@link InputSyntaxError}, read by its `code`, never its text. */
function csvError(error: Error & { code?: unknown; lines?: unknown; record?: unknown }, lines: RowLines): InputSyntaxError | undefined {
  // csv-parse's codes start with CSV_, but for INVALID_OPENING_QUOTE.
  if (typeof error.code !== 'string' || !(error.code.startsWith('CSV_') || error.code in CSV_ERRORS)) return undefined;
  const row = Array.isArray(error.record) ? (error.record as unknown[]).map(String) : [];
  // The line the row starts on, as for the rows that are read.
  const line = typeof error.lines === 'number' ? lines.real(error.lines - count(row, '\n') - count(row, '\r')) : 0;
  const said = CSV_ERRORS[error.code] ?? displayText(error.message, 300);
  return csvSyntaxError(line, error.code, said, Array.isArray(error.record) ? error.record.length : undefined);
}

/** A row whose number of cells is not the header's: the input is unusable from there on. */
function wrongCellCount(line: number, cells: number): InputSyntaxError {
  const code = 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH';
  return csvSyntaxError(line, code, CSV_ERRORS[code]!, cells);
}

/**
 * Parses CSV with csv-parse as chunks arrive, turns each row into a record (see
 * {@link CsvRecordBuilder}, typed by the kind's JSON Schema) and submits them in batches, each
 * with the line its row starts on. A row csv-parse cannot read (an unclosed quote, a wrong number
 * of cells) makes the input unusable; a row whose cell nests too deeply is reported as an issue.
 */
export async function feedCsv(
  chunks: AsyncIterable<Buffer>,
  schema: JsonSchemaDocument,
  validation: Validation,
  onRead: (bytes: number) => void,
): Promise<void> {
  // A row longer than the other formats' record limit makes the input unusable, as they do.
  // Rows with the wrong number of cells are let through and refused here, in order: csv-parse's
  // own error would destroy the stream and drop the rows it had parsed but not yet handed on.
  const parser = parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: true, max_record_size: MAX_RECORD_BYTES });
  const utf8 = new Utf8Check();
  const feeding = (async () => {
    try {
      let written = 0;
      for await (const chunk of chunks) {
        onRead(chunk.length);
        utf8.push(chunk);
        // A copy: the input may reuse the chunk's buffer, and the parser may keep part of it.
        const copy = Buffer.from(chunk);
        // Until the header row has ended the parser gets small slices, so that the bound is
        // checked before, not after, a whole 8 MiB file is scanned byte by byte.
        for (let at = 0; at < copy.length;) {
          const end = parser.info.records === 0 ? Math.min(copy.length, at + HEADER_SLICE_BYTES) : copy.length;
          if (!parser.write(copy.subarray(at, end))) await once(parser, 'drain');
          written += end - at;
          at = end;
          if (parser.info.records === 0 && written > MAX_HEADER_BYTES) {
            throw csvSyntaxError(1, 'CSV_HEADER_TOO_LONG', `the header row is longer than ${MAX_HEADER_BYTES / 1048576} MiB`, undefined);
          }
        }
      }
      utf8.end();
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let builder: CsvRecordBuilder | undefined;
  let batch = new RowBatch();
  const lines = new RowLines();
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (builder === undefined) {
        lines.start(record, info.lines);
        builder = new CsvRecordBuilder(record, schema);
        continue;
      }
      const line = lines.start(record, info.lines);
      if (record.length !== builder.columns) throw wrongCellCount(line, record.length);
      batch.add(builder, record, line);
      if (batch.size >= ROWS_PER_BATCH) {
        await validation.submit(batch.take());
        batch = new RowBatch();
      }
    }
  } catch (error) {
    const fatal = csvError(error as Error, lines) ?? error;
    // The rows read before the unreadable one are reported first, as the records before a
    // broken NDJSON line or JSON element are.
    if (batch.size > 0) await validation.submit(batch.take()).catch(() => undefined);
    throw fatal;
  }
  await feeding;
  if (builder === undefined) throw new EmptyInputError(1, 'the input is empty: expected a CSV header row');
  if (batch.size > 0) await validation.submit(batch.take());
}

/** Records built from rows, with their lines and the rows refused on the way. */
class RowBatch {
  readonly #records: unknown[] = [];
  readonly #lines: number[] = [];
  readonly #refused: { index: number; id: string | null; message: string }[] = [];

  get size(): number {
    return this.#records.length;
  }

  add(builder: CsvRecordBuilder, cells: string[], line: number): void {
    try {
      this.#records.push(builder.record(cells));
    } catch (error) {
      if (!(error instanceof CsvRowError)) throw error;
      this.#refused.push({ index: this.#records.length, id: builder.idOf(cells), message: error.message });
      this.#records.push(undefined);
    }
    this.#lines.push(line);
  }

  take(): { type: 'records'; records: unknown[]; lines: Uint32Array; refused: { index: number; id: string | null; message: string }[] } {
    return { type: 'records', records: this.#records, lines: Uint32Array.from(this.#lines), refused: this.#refused };
  }
}

/**
 * The JSON Schema that types CSV cells. A caller's schema may hold what JSON Schema cannot say
 * (`.transform()`, `z.custom()`): those parts type nothing, and their cells stay text.
 */
export function cellTypes(schema: z.ZodType): JsonSchemaDocument {
  try {
    return z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  } catch {
    return {};
  }
}

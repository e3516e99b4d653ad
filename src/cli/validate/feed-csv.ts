import { once } from 'node:events';
import { parse } from 'csv-parse';
import type { JsonSchemaDocument } from '../../schema/index.js';
import { InputSyntaxError, MAX_RECORD_BYTES } from './batch.js';
import { CsvRecordBuilder } from './csv-records.js';
import { Utf8Check } from './utf8-check.js';
import type { ValidationPool } from './worker-pool.js';

const ROWS_PER_BATCH = 1000;

function newlinesIn(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Parses CSV with csv-parse as chunks arrive, turns each row into a record (see
 * {@link CsvRecordBuilder}, typed by the kind's JSON Schema) and submits them to the pool in batches, each with the line its row
 * starts on. A row csv-parse cannot read (an unclosed quote, a wrong number of cells) makes the
 * input unusable.
 */
export async function feedCsv(
  chunks: AsyncIterable<Buffer>,
  schema: JsonSchemaDocument,
  pool: ValidationPool,
  onRead: (bytes: number) => void,
): Promise<void> {
  // A row longer than the other formats' record limit makes the input unusable, as they do.
  const parser = parse({ bom: true, info: true, skip_empty_lines: true, max_record_size: MAX_RECORD_BYTES });
  const utf8 = new Utf8Check();
  const feeding = (async () => {
    try {
      for await (const chunk of chunks) {
        onRead(chunk.length);
        utf8.push(chunk);
        // A copy: the input may reuse the chunk's buffer, and the parser may keep part of it.
        if (!parser.write(Buffer.from(chunk))) await once(parser, 'drain');
      }
      utf8.end();
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let builder: CsvRecordBuilder | undefined;
  let records: unknown[] = [];
  let lines: number[] = [];
  const flush = async (): Promise<void> => {
    if (records.length === 0) return;
    const batch = { type: 'records' as const, records, lines: Uint32Array.from(lines) };
    records = [];
    lines = [];
    await pool.submit(batch);
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (builder === undefined) {
        builder = new CsvRecordBuilder(record, schema);
        continue;
      }
      records.push(builder.record(record));
      lines.push(info.lines - newlinesIn(record));
      if (records.length >= ROWS_PER_BATCH) await flush();
    }
  } catch (error) {
    const line = /at line (\d+)/.exec((error as Error).message);
    if ((error as { code?: unknown }).code !== undefined && line) throw new InputSyntaxError(Number(line[1]), `CSV: ${(error as Error).message}`);
    throw error;
  }
  await feeding;
  if (builder === undefined) throw new InputSyntaxError(1, 'the input is empty: expected a CSV header row');
  await flush();
}

/**
 * Property-based tests: generated valid datasets go out through every export and come back
 * unchanged. Records written as JSON and NDJSON parse back to the same records and validate
 * again, equal; every tidy table written as CSV, JSON and NDJSON reads back to the same rows,
 * whatever Unicode, quotes, commas, line ends and numbers the values hold.
 * `npm run test:fuzz` runs each property 10,000 times.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordBuilder } from '../../src/cli/validate/csv-records.js';
import { createDataset } from '../../src/dataset/index.js';
import { toCsv } from '../../src/tables/csv.js';
import { exportTables, toJson, toNdjson, type Cell, type ColumnSpec, type Row } from '../../src/tables/index.js';
import { COLLECTION_OF, jsonSchemas, RECORD_KINDS } from '../../src/schema/index.js';
import { validDataset } from './arbitraries.js';
import { recordsOf } from './records-of.js';
import { runProperty } from './run-property.js';

/** Reads CSV back to rows, typing each cell by its column as a Frictionless reader would. */
function readCsv(text: string, columns: readonly ColumnSpec[]): Row[] {
  const types = new Map(columns.map((c) => [c.name, c.type]));
  const rows = parse<Record<string, string>>(text, { columns: true, record_delimiter: '\r\n', relax_quotes: false });
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([name, cell]): [string, Cell] => {
        if (cell === '') return [name, null];
        const type = types.get(name);
        if (type === 'number' || type === 'integer') return [name, Number(cell)];
        if (type === 'boolean') return [name, cell === 'true'];
        return [name, cell];
      }),
    ),
  );
}

function readNdjson(text: string): unknown[] {
  return text === ''
    ? []
    : text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown);
}

/** A record's cells by column: nested objects flattened to dotted paths, arrays as JSON. */
function cellsOf(value: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(value).flatMap(([key, v]): [string, string][] => {
    const name = `${prefix}${key}`;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return cellsOf(v as Record<string, unknown>, `${name}.`);
    return [[name, Array.isArray(v) ? JSON.stringify(v) : String(v)]];
  });
}

/** Records as CSV in the layout `validate` reads: one row a record, field-path columns. */
function recordsToCsv(records: readonly Record<string, unknown>[]): string {
  const rows = records.map((r) => new Map(cellsOf(r)));
  const header = [...new Set(rows.flatMap((row) => [...row.keys()]))];
  return stringify([header, ...rows.map((row) => header.map((name) => row.get(name) ?? ''))], { record_delimiter: 'windows' });
}

describe('exports of generated valid datasets', () => {
  it('records through JSON and NDJSON parse back, validate again and are unchanged', () => {
    runProperty(
      'records round-trip through JSON and NDJSON',
      fc.property(validDataset, (data) => {
        const ds = createDataset(data);
        const viaJson = Object.fromEntries(RECORD_KINDS.map((kind) => [COLLECTION_OF[kind], JSON.parse(toJson(ds[COLLECTION_OF[kind]])) as unknown]));
        const viaNdjson = Object.fromEntries(RECORD_KINDS.map((kind) => [COLLECTION_OF[kind], readNdjson(toNdjson(ds[COLLECTION_OF[kind]]))]));
        expect(recordsOf(createDataset(viaJson))).toEqual(data);
        expect(recordsOf(createDataset(viaNdjson))).toEqual(data);
      }),
    );
  });

  it('tidy tables through CSV, JSON and NDJSON read back to the same rows', () => {
    runProperty(
      'tables round-trip through CSV, JSON and NDJSON',
      fc.property(validDataset, (data) => {
        for (const table of exportTables(createDataset(data))) {
          expect(readCsv(toCsv(table.rows, table.columns), table.columns), table.name).toEqual(table.rows);
          expect(JSON.parse(toJson(table.rows)), table.name).toEqual(table.rows);
          expect(readNdjson(toNdjson(table.rows)), table.name).toEqual(table.rows);
        }
      }),
    );
  });

  it('records through CSV, read as `validate` reads it, validate again and are unchanged', () => {
    const schemas = jsonSchemas();
    runProperty(
      'records round-trip through CSV',
      fc.property(validDataset, (data) => {
        const viaCsv = Object.fromEntries(
          RECORD_KINDS.map((kind) => {
            const records = data[COLLECTION_OF[kind]]!;
            if (records.length === 0) return [COLLECTION_OF[kind], []];
            const [header, ...rows] = parse(recordsToCsv(records), { relax_column_count: false });
            const build = new CsvRecordBuilder(header!, schemas[kind]);
            return [COLLECTION_OF[kind], rows.map((row) => build.record(row))];
          }),
        );
        // In CSV an empty cell means "absent": the one field that may be an empty string, a
        // source's `text`, comes back absent (docs/security.md says so).
        const expected = { ...data, sources: data['sources']!.map(({ text, ...source }) => (text === '' ? source : { ...source, text })) };
        expect(recordsOf(createDataset(viaCsv))).toEqual(expected);
      }),
    );
  });
});

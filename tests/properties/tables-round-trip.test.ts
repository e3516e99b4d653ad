/**
 * Records → tables → records: generated valid datasets come back from their tidy tables as
 * they went in (less what the tables leave out on purpose), and tables → records → tables is
 * the identity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../src/dataset/index.js';
import { exportTables } from '../../src/tables/index.js';
import { fromTables } from '../../src/tables/from-tables.js';
import { recordsOf } from './records-of.js';
import { validDataset } from './arbitraries.js';
import { runProperty } from './run-property.js';

type Json = Record<string, unknown>;

const OPTIONAL_LISTS = ['inferred', 'externalIds', 'spans', 'via'];

/** A record as the tables carry it: no full source text, no explicit default status, no empty optional list. */
function asTablesCarryIt(record: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'text' && 'publisher' in record) continue;
    if (key === 'status' && value === 'active') continue;
    if (OPTIONAL_LISTS.includes(key) && Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

describe('tables round trip', () => {
  it('records → tables → records keeps every record', () => {
    runProperty(
      'records round-trip through the tables',
      fc.property(validDataset, (data) => {
        const ds = createDataset(data);
        const expected = Object.fromEntries(Object.entries(recordsOf(ds)).map(([c, list]) => [c, (list as Json[]).map(asTablesCarryIt)]));
        const rebuilt = createDataset(fromTables(exportTables(ds)));
        expect(recordsOf(rebuilt)).toEqual(expected);
      }),
    );
  });

  it('tables → records → tables is exact', () => {
    runProperty(
      'tables round-trip through the records',
      fc.property(validDataset, (data) => {
        const tables = exportTables(createDataset(data));
        expect(exportTables(createDataset(fromTables(tables)))).toEqual(tables);
      }),
    );
  });
});

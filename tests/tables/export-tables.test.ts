import { describe, expect, it } from 'vitest';
import {
  createDataset,
  dataset,
  exportTable,
  exportTables,
  getActor,
  getIncident,
  TABLE_NAMES,
  toDataPackage,
  toJson,
  toNdjson,
  toRows,
} from '../../src/entries/main.js';
import { toCsv } from '../../src/tables/csv.js';
import { smallDataset } from '../fixtures/small-dataset.js';

describe('toRows', () => {
  it('gives one flat row per bundled record, with every column present', () => {
    const rows = toRows('observations');
    expect(rows).toHaveLength(dataset.observations.length);
    const opium = rows.find((r) => r.id === 'afghanistan-opium-supply-2022');
    expect(opium).toMatchObject({
      indicator: 'opium-supply',
      subject: 'afghanistan',
      subject_kind: 'actor',
      period_start: '2022-01-01',
      period_end: '2022-12-31',
      period_precision: 'year',
      value: 6200,
      unit: 'tonne',
      qualifier: 'exact',
      value_text: '6,200 tons',
      derived: false,
      low: null,
      baseline_start: null,
      change_value: null,
    });
    const seized = rows.find((r) => r.id === 'tajikistan-narcotics-seized');
    expect(seized).toMatchObject({
      value: 5,
      qualifier: 'about',
      change_value: 22,
      change_unit: 'percent',
      baseline_start: '2021-01-01',
      baseline_end: '2021-12-31',
    });
    const baseline = rows.find((r) => r.id === 'tajikistan-narcotics-seized-baseline-2021');
    expect(baseline).toMatchObject({ derived: true, value: 4.1 });
    const columns = exportTable(dataset, 'observations').columns.map((c) => c.name);
    for (const row of rows) expect(Object.keys(row)).toEqual(columns);
  });

  it('keeps many-to-many data in link tables, one pair per row, never joined', () => {
    const incursion = getIncident('badakhshan-border-incursion-2023-09')!;
    const links = toRows('incident-actors').filter((r) => r.incident === incursion.id);
    expect(links.map((r) => [r.actor, r.role])).toEqual(incursion.actors.map((a) => [a.actor, a.role]));
    const aliases = toRows('aliases')
      .filter((r) => r.actor === 'emomali-rahmon')
      .map((r) => r.name);
    expect(aliases).toEqual(getActor('emomali-rahmon')!.aliases.map((a) => a.name));
    const about = toRows('claim-about').filter((r) => r.claim === 'kabulnow-rahmon-referred-to-badakhshan');
    expect(about.map((r) => [r.about, r.about_kind])).toEqual([
      ['rahmon-prevented-border-breakthroughs', 'claim'],
      ['badakhshan-border-incursion-2023-09', 'incident'],
    ]);
    expect(toRows('observation-inputs')).toContainEqual({ observation: 'tajikistan-narcotics-seized-baseline-2021', input: 'tajikistan-narcotics-seized' });
    for (const table of exportTables(dataset)) {
      for (const row of table.rows)
        for (const value of Object.values(row)) if (typeof value === 'string') expect(value).not.toMatch(/^[a-z0-9-]+(;[a-z0-9-]+)+$/);
    }
  });

  it('counts one citation row per citation of every record', () => {
    const citations = toRows('citations');
    const expected = [
      ...dataset.actors,
      ...dataset.places,
      ...dataset.incidents,
      ...dataset.indicators,
      ...dataset.observations,
      ...dataset.claims,
      ...dataset.relations,
      ...dataset.checks,
    ].reduce((n, r) => n + r.citations.length, 0);
    expect(citations).toHaveLength(expected);
    expect(citations.find((r) => r.record === 'afghanistan-opium-supply-2022')).toMatchObject({
      record_kind: 'observation',
      position: 1,
      source: 'kabulnow-2023-09-central-asia-terrorism-concerns',
      quote: 'Afghanistan supplied 6,200 tons of opium in 2022',
    });
  });

  it('works on a user dataset, and refuses an unknown table by name', () => {
    const mine = createDataset(smallDataset());
    expect(toRows('incident-actors', mine)).toEqual([{ incident: 'river-crossing-2024-05-03', actor: 'acme-front', role: 'perpetrator' }]);
    expect(toRows('aliases', mine)).toEqual([{ actor: 'acme-front', name: 'AF', origin: 'common', note: null }]);
    expect(exportTables(mine).map((t) => t.name)).toEqual([...TABLE_NAMES]);
    expect(() => toRows('people' as never)).toThrow(/unknown table "people"; expected one of sources, actors/);
    // A symbol from a JavaScript caller is named too, not a TypeError from the message's template.
    expect(() => toRows(Symbol('people') as never)).toThrow(/unknown table "Symbol\(people\)"/);
  });
});

describe('serialisers', () => {
  const table = exportTable(dataset, 'citations');

  it('writes CSV with a header, quoting and empty fields for null', () => {
    const csv = toCsv(
      [{ id: 'a', quote: 'said "no", then left', paragraph: null, derived: true }],
      [{ name: 'id' }, { name: 'quote' }, { name: 'paragraph' }, { name: 'derived' }],
    );
    expect(csv).toBe('id,quote,paragraph,derived\r\na,"said ""no"", then left",,true\r\n');
    expect(toCsv(table.rows, table.columns).split('\r\n')[0]).toBe('record,record_kind,position,source,quote,paragraph,summary,locator');
  });

  it('writes JSON and NDJSON that parse back to the same rows', () => {
    expect(JSON.parse(toJson(table.rows))).toEqual(table.rows);
    expect(
      toNdjson(table.rows)
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(table.rows);
    expect(toJson([])).toBe('[]\n');
    expect(toNdjson([])).toBe('');
  });

  it('describes the tables as a Frictionless data package with types and keys', () => {
    const pkg = toDataPackage(exportTables(dataset), { name: 'central-asia-security', version: '1.2.3' });
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', name: 'central-asia-security', version: '1.2.3' });
    const observations = pkg.resources.find((r) => r.name === 'observations')!;
    expect(observations).toMatchObject({ path: 'observations.csv', format: 'csv', profile: 'tabular-data-resource' });
    expect(observations.schema.primaryKey).toEqual(['id']);
    expect(observations.schema.fields.find((f) => f.name === 'value')).toMatchObject({ type: 'number', constraints: { required: true } });
    expect(observations.schema.fields.find((f) => f.name === 'period_start')?.type).toBe('date');
    expect(observations.schema.foreignKeys).toContainEqual({ fields: 'indicator', reference: { resource: 'indicators', fields: 'id' } });
    // A key into the same table is written as the empty resource name.
    expect(pkg.resources.find((r) => r.name === 'places')!.schema.foreignKeys).toContainEqual({ fields: 'parent', reference: { resource: '', fields: 'id' } });
    // Data Package v1's profile wants foreignKeys non-empty where present; the dialect is stated, not sniffed.
    for (const resource of pkg.resources) {
      expect(resource.schema.foreignKeys?.length ?? 1, resource.name).toBeGreaterThan(0);
      expect(resource.dialect).toEqual({ delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true });
    }
    expect(pkg.resources.find((r) => r.name === 'sources')!.schema.foreignKeys).toBeUndefined();
    expect(() => toDataPackage([], { name: 'Not Valid' })).toThrow(/must be lowercase/);
  });
});

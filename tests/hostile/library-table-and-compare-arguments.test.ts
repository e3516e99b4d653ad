/**
 * The public functions of src/tables and src/compare given null, undefined, a number, an array
 * where an object is expected (or the reverse), or a partial dataset: each throws a TypeError
 * (or RangeError) whose message names the function and the argument, table, row or collection
 * that is wrong, never "Cannot read properties of null" from inside.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/entries/main.js';
import { thrownError } from '../helpers/hostile.js';

const { dataset } = main;
const observation = dataset.observations.find((o) => o.comparison !== undefined)!;
const EMPTY = { sources: [], actors: [], places: [], incidents: [], indicators: [], observations: [], claims: [], relations: [] };
const WRONG: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['an array', []],
];
const thrown = (call: () => unknown): Error => thrownError(call);

describe('src/tables with a wrong dataset', () => {
  const calls: Record<string, (input: unknown) => unknown> = {
    exportTables: (input) => main.exportTables(input as never),
    exportTable: (input) => main.exportTable(input as never, 'actors'),
    toGeoJson: (input) => main.toGeoJson(input as never, { kind: 'places' }),
    observationsView: (input) => main.observationsView(input as never),
  };
  it.each(Object.keys(calls))('%s names itself and the dataset for null, undefined, a number and an array', (name) => {
    for (const [what, input] of WRONG) {
      const error = thrown(() => calls[name]!(input));
      expect([what, error.constructor.name]).toEqual([what, 'TypeError']);
      expect(error.message).toBe(
        `${name}: the dataset must be a Dataset or an object of record arrays by collection, got ${what === 'undefined' ? 'undefined' : what}`,
      );
    }
  });

  it('names the missing collection of a partial dataset, and the index of a record that is not one', () => {
    expect(thrown(() => main.exportTables({ actors: [] } as never)).message).toBe(
      'exportTables: the dataset\'s "sources" must be an array of records, got undefined',
    );
    expect(thrown(() => main.toGeoJson({ incidents: [] } as never, { kind: 'incidents' })).message).toBe(
      'toGeoJson: the dataset\'s "sources" must be an array of records, got undefined',
    );
    expect(thrown(() => main.exportTables({ ...EMPTY, actors: [{ id: 'a' }, null] } as never)).message).toBe(
      'exportTables: actors[1] must be a record with a string id, got null',
    );
    expect(thrown(() => main.toRows('actors', { ...EMPTY, places: [{ name: 'x' }] } as never)).message).toBe(
      'toRows: places[0] must be a record with a string id, got an object without one',
    );
  });

  it('names the table and row of a record that lacks a field the table reads', () => {
    const error = thrown(() => main.exportTables({ ...EMPTY, places: [{ id: 'a', kind: 'city', name: 'A', geo: {} }] } as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('exportTables: table "places" row 1 cannot be built: a record lacks a field the table reads; createDataset(input) says which');
    expect((error as Error & { cause?: unknown }).cause).toBeInstanceOf(TypeError);
  });

  it('checks the dataset of toGeoJson before its options, and its options after', () => {
    expect(thrown(() => main.toGeoJson(null as never, undefined as never)).message).toMatch(/^toGeoJson: the dataset must be/);
    expect(thrown(() => main.toGeoJson(dataset, null as never)).message).toBe('toGeoJson: options must be { kind: "incidents" | "places" }, got null');
    expect(thrown(() => main.toGeoJson(dataset, {} as never))).toBeInstanceOf(RangeError);
  });
});

describe('fromTables with wrong tables', () => {
  it('names the argument, the table and the 1-based row', () => {
    for (const [what, input] of [
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
    ] as const) {
      expect(thrown(() => main.fromTables(input as never)).message).toBe(
        `fromTables: tables must be an object of row arrays by table name, or an array of { name, rows }, got ${what}`,
      );
    }
    expect(thrown(() => main.fromTables([null] as never)).message).toBe('fromTables: tables[0] must be a table { name, rows }, got null');
    expect(thrown(() => main.fromTables({ actors: [null] } as never)).message).toBe(
      'fromTables: table "actors" row 1 must be an object of cells by column, got null',
    );
    const rows = main.toRows('actors');
    expect(thrown(() => main.fromTables({ actors: [...rows, 42] } as never)).message).toBe(
      `fromTables: table "actors" row ${rows.length + 1} must be an object of cells by column, got a number`,
    );
    expect(thrown(() => main.fromTables({ actors: 'x' } as never)).message).toBe('fromTables: table "actors" must be an array of rows, got the string "x"');
  });

  it('refuses a table given twice, which would drop one of them', () => {
    const tables = main.exportTables(dataset);
    const error = thrown(() => main.fromTables([...tables, tables[1]!]));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('fromTables: table "actors" is given twice');
  });
});

describe('the other functions of src/tables', () => {
  it('toJson, toNdjson and withDates name their rows', () => {
    for (const [what, input] of [
      ['null', null],
      ['a number', 42],
      ['undefined', undefined],
    ] as const) {
      expect(thrown(() => main.toJson(input as never)).message).toBe(`toJson: rows must be an array, got ${what}`);
      expect(thrown(() => main.toNdjson(input as never)).message).toBe(`toNdjson: rows must be an array, got ${what}`);
      expect(thrown(() => main.withDates(input as never)).message).toBe(`withDates: rows must be an array of row objects, got ${what}`);
    }
    expect(thrown(() => main.withDates([{}, null] as never)).message).toBe('withDates: row 2 must be an object of cells by column, got null');
  });

  it('toDataPackage names its tables and its options', () => {
    expect(thrown(() => main.toDataPackage(null as never, { name: 'x' })).message).toBe(
      'toDataPackage: tables must be an array of tables as exportTables returns them, got null',
    );
    expect(thrown(() => main.toDataPackage([null] as never, { name: 'x' })).message).toMatch(
      /^toDataPackage: tables\[0\] must be a table as exportTables returns it .*, got null$/,
    );
    expect(thrown(() => main.toDataPackage([], null as never)).message).toBe('toDataPackage: options must be an object with a name, got null');
    expect(thrown(() => main.toDataPackage([], {} as never))).toBeInstanceOf(RangeError);
  });
});

describe('src/compare with wrong arguments', () => {
  it('compare names the side that is not a figure', () => {
    for (const [what, input] of WRONG) {
      expect(thrown(() => main.compare(input as never, observation)).message).toBe(
        `compare: a must be an observation, a Quantity or a computed figure ({ value, unit, qualifier }), got ${what}`,
      );
      expect(thrown(() => main.compare(observation, input as never)).message).toMatch(/^compare: b must be an observation/);
    }
    expect(thrown(() => main.compare(observation, { value: 'x', unit: 'tonne' } as never)).message).toMatch(
      /got an object without a numeric value and a unit$/,
    );
    expect(thrown(() => main.compare(observation, observation, 3 as never)).message).toBe('compare: options must be an object, got a number');
  });

  it('rate, impliedBaseline and periodLength name their observation, period and unit', () => {
    for (const [what, input] of WRONG) {
      expect(thrown(() => main.rate(input as never)).message).toBe(`rate: observation must be an observation with a value and a period, got ${what}`);
      expect(thrown(() => main.impliedBaseline(input as never)).message).toBe(
        `impliedBaseline: observation must be an observation with a value and a period, got ${what}`,
      );
      expect(thrown(() => main.periodLength(input as never, 'year')).message).toBe(
        `periodLength: period must be a FuzzyDate ({ start, end, precision }), got ${what}`,
      );
    }
    expect(thrown(() => main.rate(observation, null as never)).message).toBe('rate: per must be one of day, week, month, year, got null');
    expect(thrown(() => main.rate(observation, 'year', 5 as never)).message).toBe('rate: options must be an object, got a number');
    expect(thrown(() => main.impliedBaseline({ ...observation, comparison: { baseline: observation.period } } as never)).message).toMatch(
      /^impliedBaseline: observation\.comparison\.change must be an observation, a Quantity or a computed figure/,
    );
  });

  it('still answers for good arguments', () => {
    expect(main.compare(observation, { value: 1, unit: 'tonne', qualifier: 'exact' }).unit).toBe('tonne');
    expect(main.rate(observation, 'year').unit).toMatch(/\/year$/);
  });
});

describe('relationsOf with a misspelt direction', () => {
  it('is a RangeError naming the direction, not the answer for "in"', () => {
    expect(thrown(() => main.relationsOf('jamaat-ansarullah', { direction: 'sideways' as never }))).toBeInstanceOf(RangeError);
    expect(thrown(() => main.relationsOf('jamaat-ansarullah', { direction: 'sideways' as never })).message).toBe(
      'relationsOf: unknown direction "sideways"; expected out, in or both',
    );
    expect(main.relationsOf('jamaat-ansarullah', { type: 'bans', direction: 'in' }).map((r) => r.from)).toEqual(['tajikistan']);
  });
});

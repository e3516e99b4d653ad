/**
 * Malformed dates, hostile phrases, prototype keys and edge figures: each gives a clear error or
 * the right answer, never a silent wrong one.
 */
import { describe, expect, it } from 'vitest';
import { compare, impliedBaseline } from '../../src/compare/index.js';
import { createDataset, DatasetValidationError } from '../../src/dataset/index.js';
import { dataset, findIncidents } from '../../src/entries/main.js';
import { convertQuantity, convertValue, unitInfo } from '../../src/quantity/index.js';
import { FuzzyDateSchema } from '../../src/entries/schema.js';
import { fuzzyDate, overlaps, resolveRelativeDate, within } from '../../src/time/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const SEPTEMBER_1_TO_14 = { start: '2023-09-01', end: '2023-09-14', precision: 'range' } as const;

describe('malformed dates are RangeErrors that name the value', () => {
  it.each(['2023-9-1', '14/09/2023', '2023-13-01', '2023-02-30', ''])('within and overlaps refuse from = %j', (bad) => {
    expect(() => within(SEPTEMBER_1_TO_14, { from: bad })).toThrow(RangeError);
    expect(() => overlaps(SEPTEMBER_1_TO_14, { to: bad })).toThrow(new RegExp(`got ${JSON.stringify(bad).replace(/[/]/g, '\\/')}`));
  });

  it.each(['2023-9-10', '14/09/2023', '2023-13-01'])('findIncidents refuses from = %j instead of answering', (bad) => {
    expect(() => findIncidents({ from: bad })).toThrow(RangeError);
  });

  it('refuses a Date object, saying how to pass it', () => {
    expect(() => findIncidents({ from: new Date('2023-09-01') as never })).toThrow(/a Date .*pass a YYYY-MM-DD string/);
  });

  it('fuzzyDate refuses dates the schemas would reject', () => {
    expect(() => fuzzyDate('2023-9-1', '2023-9-30')).toThrow(/fuzzyDate: start must be a real date written YYYY-MM-DD, got "2023-9-1"/);
  });
});

describe('resolveRelativeDate', () => {
  it('reads a long hostile phrase in linear time (no quadratic regex)', () => {
    expect(() => resolveRelativeDate(`${'.'.repeat(80_000)}x`, '2023-09-14')).toThrow(/at most 200 are read/);
    // Within the length bound, trailing punctuation is cut without a backtracking regex.
    expect(resolveRelativeDate(`today${'.'.repeat(150)}`, '2023-09-14').start).toBe('2023-09-14');
  });

  it('keeps years below 100 as they are', () => {
    expect(resolveRelativeDate('0023', '2023-09-14')).toMatchObject({ start: '0023-01-01', end: '0023-12-31', precision: 'year' });
    expect(resolveRelativeDate('March 0050', '2023-09-14')).toMatchObject({ start: '0050-03-01', end: '0050-03-31' });
    expect(resolveRelativeDate('last month', '0099-01-15')).toMatchObject({ start: '0098-12-01', end: '0098-12-31', precision: 'month' });
  });

  it('steps back into year 0000 as an ISO year and refuses to go below it', () => {
    expect(resolveRelativeDate('yesterday', '0001-01-01')).toMatchObject({ start: '0000-12-31', end: '0000-12-31' });
    expect(() => resolveRelativeDate('yesterday', '0000-01-01')).toThrow(/year -1, outside the years 0–9999/);
  });

  it('reaches 2000 years back exactly, and says so when 3000 years leave the writable years', () => {
    expect(resolveRelativeDate('in the last 2000 years', '2023-09-14')).toMatchObject({ start: '0023-09-14', end: '2023-09-14' });
    expect(() => resolveRelativeDate('in the last 3000 years', '2023-09-14')).toThrow(/reaches year -977/);
  });

  it('knows 29 February of year 0000 (a leap year), in the schema too', () => {
    expect(FuzzyDateSchema.safeParse({ start: '0000-02-01', end: '0000-02-29', precision: 'month' }).success).toBe(true);
    expect(resolveRelativeDate('February 0000', '2023-09-14').end).toBe('0000-02-29');
  });

  it('treats "constructor" as an unknown number word', () => {
    expect(() => resolveRelativeDate('in the last constructor days', '2023-09-14')).toThrow(/cannot resolve/);
  });
});

describe('lookups keyed by input ignore Object.prototype', () => {
  it('unitInfo("constructor") is a count unit, not "ambiguous"', () => {
    expect(unitInfo('constructor')).toEqual({ unit: 'constructor', dimension: 'count', factor: 1 });
    expect(unitInfo('__proto__')).toEqual({ unit: '__proto__', dimension: 'count', factor: 1 });
  });

  it('findIncidents({ match: "constructor" }) is the documented RangeError', () => {
    expect(() => findIncidents({ match: 'constructor' as never })).toThrow(/unknown match "constructor"/);
  });
});

describe('smaller wrong answers', () => {
  it('a quote of white space only fails the quote check', () => {
    const input = smallDataset() as { actors: { citations: { quote: string }[] }[] };
    input.actors[0]!.citations[0]!.quote = ' \n\t ';
    let error: unknown;
    try {
      createDataset(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect((error as DatasetValidationError).issues.some((i) => i.path.join('.') === 'citations.0.quote')).toBe(true);
  });

  it('searchActors sees through soft hyphens and zero-width characters', () => {
    expect(dataset.searchActors('Rah\u00admon')[0]?.id).toBe('emomali-rahmon');
    expect(dataset.searchActors('Tal\u200bi\u200dban')[0]?.id).toBe('taliban');
  });

  it('convertValue, convertQuantity and compare report overflow instead of Infinity', () => {
    expect(() => convertValue(1e308, 'tonne', 'gram')).toThrow(RangeError);
    expect(() => convertQuantity({ value: 1e308, unit: 'tonne', qualifier: 'exact' }, 'gram')).toThrow(/overflows/);
    expect(() => compare({ value: 1.5e308, unit: 'kg', qualifier: 'exact' }, { value: -1.5e308, unit: 'kg', qualifier: 'exact' })).toThrow(/overflows/);
  });

  it('impliedBaseline keeps "approximate" for an estimate, as compare does', () => {
    const observation = dataset.observations.find((o) => o.comparison !== undefined)!;
    const estimate = {
      ...observation,
      value: { ...observation.value, qualifier: 'estimate' as const },
      comparison: { ...observation.comparison!, change: { value: 10, unit: 'percent', qualifier: 'at-most' as const } },
    };
    const baseline = impliedBaseline(estimate);
    expect(baseline.value.qualifier).toBe('unbounded');
    expect(baseline.value.approximate).toBe(true);
  });
});

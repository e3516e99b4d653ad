import { describe, expect, it } from 'vitest';
import { resolveRelativeDate } from '../../src/time/index.js';
import type { FuzzyDate } from '../../src/schema/index.js';

// September 2023: the 1st was a Friday, the 14th a Thursday, the 18th a Monday.
const PUBLISHED: FuzzyDate = { start: '2023-09-14', end: '2023-09-20', precision: 'range' };

function interval(date: FuzzyDate): [string, string, string] {
  return [date.start, date.end, date.precision];
}

describe('resolveRelativeDate', () => {
  it('resolves "earlier this month" from the 1st to the latest reference day', () => {
    expect(interval(resolveRelativeDate('earlier this month', PUBLISHED))).toEqual(['2023-09-01', '2023-09-20', 'range']);
    expect(resolveRelativeDate('Earlier this month', PUBLISHED).text).toBe('Earlier this month');
  });

  it('never claims day precision for a phrase that gives no day', () => {
    expect(interval(resolveRelativeDate('earlier this month', '2023-09-01'))).toEqual(['2023-09-01', '2023-09-01', 'range']);
  });

  it('resolves "last week" to the previous ISO week, widened over an interval reference', () => {
    expect(interval(resolveRelativeDate('last week', '2023-09-14'))).toEqual(['2023-09-04', '2023-09-10', 'week']);
    expect(interval(resolveRelativeDate('last week', PUBLISHED))).toEqual(['2023-09-04', '2023-09-17', 'range']);
    expect(interval(resolveRelativeDate('last week’s', '2023-09-14'))).toEqual(['2023-09-04', '2023-09-10', 'week']);
  });

  it('honours a Sunday week start', () => {
    expect(interval(resolveRelativeDate('last week', '2023-09-14', { weekStartsOn: 0 }))).toEqual(['2023-09-03', '2023-09-09', 'week']);
  });

  it('resolves "earlier this week" from Monday to the reference day', () => {
    expect(interval(resolveRelativeDate('earlier this week', '2023-09-14'))).toEqual(['2023-09-11', '2023-09-14', 'range']);
    expect(interval(resolveRelativeDate('earlier this week', PUBLISHED))).toEqual(['2023-09-11', '2023-09-20', 'range']);
  });

  it('resolves "on Thursday" to the latest Thursday on or before each reference day', () => {
    expect(interval(resolveRelativeDate('on Thursday', PUBLISHED))).toEqual(['2023-09-14', '2023-09-14', 'day']);
    expect(interval(resolveRelativeDate('on Thursday', '2023-09-13'))).toEqual(['2023-09-07', '2023-09-07', 'day']);
    expect(interval(resolveRelativeDate('on Thursday', '2023-09-22'))).toEqual(['2023-09-21', '2023-09-21', 'day']);
  });

  it('resolves "last Thursday" strictly before the reference day', () => {
    expect(interval(resolveRelativeDate('last Thursday', '2023-09-14'))).toEqual(['2023-09-07', '2023-09-07', 'day']);
  });

  it('resolves "in the last three years" back from the reference day', () => {
    expect(interval(resolveRelativeDate('in the last three years', '2023-09-14'))).toEqual(['2020-09-14', '2023-09-14', 'range']);
    expect(interval(resolveRelativeDate('the past 2 months', '2023-09-14'))).toEqual(['2023-07-14', '2023-09-14', 'range']);
  });

  it('gives vague phrases a documented, adjustable look-back', () => {
    expect(interval(resolveRelativeDate('Not long ago', '2023-09-14'))).toEqual(['2023-06-14', '2023-09-14', 'range']);
    expect(interval(resolveRelativeDate('not long ago', '2023-09-14', { vagueLookbackMonths: 1 }))).toEqual(['2023-08-14', '2023-09-14', 'range']);
  });

  it('resolves calendar phrases with the precision they name', () => {
    expect(interval(resolveRelativeDate('Thursday, September 14', PUBLISHED))).toEqual(['2023-09-14', '2023-09-14', 'day']);
    expect(interval(resolveRelativeDate('April 2022', PUBLISHED))).toEqual(['2022-04-01', '2022-04-30', 'month']);
    expect(interval(resolveRelativeDate('2021', PUBLISHED))).toEqual(['2021-01-01', '2021-12-31', 'year']);
    expect(interval(resolveRelativeDate('this month', '2023-09-14'))).toEqual(['2023-09-01', '2023-09-30', 'month']);
    expect(interval(resolveRelativeDate('last month', '2023-03-31'))).toEqual(['2023-02-01', '2023-02-28', 'month']);
    expect(interval(resolveRelativeDate('yesterday', '2024-03-01'))).toEqual(['2024-02-29', '2024-02-29', 'day']);
  });

  it('takes the most recent past date when a month-day phrase has no year', () => {
    expect(interval(resolveRelativeDate('December 25', '2023-09-14'))).toEqual(['2022-12-25', '2022-12-25', 'day']);
  });

  it('refuses a weekday that does not match the date', () => {
    expect(() => resolveRelativeDate('Friday, September 14', PUBLISHED)).toThrow(/names a friday, but 2023-09-14 is not one/);
  });

  it('refuses an unknown phrase, naming it', () => {
    expect(() => resolveRelativeDate('the other day', PUBLISHED)).toThrow(RangeError);
    expect(() => resolveRelativeDate('the other day', PUBLISHED)).toThrow(/"the other day"/);
    expect(() => resolveRelativeDate('February 30', PUBLISHED)).toThrow(/cannot resolve/);
  });

  it('refuses an invalid reference', () => {
    expect(() => resolveRelativeDate('last week', '2023-02-30x')).toThrow(/invalid reference/);
    expect(() => resolveRelativeDate('last week', { start: '2023-09-20', end: '2023-09-14', precision: 'range' })).toThrow(/invalid reference/);
  });

  it('does not mutate the reference', () => {
    const reference: FuzzyDate = { start: '2023-09-14', end: '2023-09-20', precision: 'range' };
    const copy = structuredClone(reference);
    resolveRelativeDate('last week', reference);
    expect(reference).toEqual(copy);
  });
});

describe('intersectFuzzyDates', () => {
  it('keeps the common days, with a precision only where it still holds', async () => {
    const { intersectFuzzyDates, fuzzyDate } = await import('../../src/time/index.js');
    const earlier = resolveRelativeDate('earlier this month', PUBLISHED);
    expect(intersectFuzzyDates(earlier, fuzzyDate('2023-01-01', '2023-09-14'))).toEqual({
      start: '2023-09-01',
      end: '2023-09-14',
      precision: 'range',
      text: 'earlier this month',
    });
    const month = resolveRelativeDate('this month', '2023-09-14');
    expect(intersectFuzzyDates(month, fuzzyDate('2023-01-01', '2023-12-31')).precision).toBe('month');
    expect(intersectFuzzyDates(earlier, fuzzyDate('2023-09-20', '2023-09-30')).precision).toBe('day');
    expect(() => intersectFuzzyDates(earlier, fuzzyDate('2023-10-01', '2023-10-02'))).toThrow(/share no day/);
  });
});

import { describe, expect, it } from 'vitest';
import { applyMonotone, boundsOf } from '../../src/quantity/index.js';
import {
  conversionFactor,
  convertQuantity,
  convertValue,
  formatQuantity,
  getIncident,
  getObservation,
  roundSignificant,
  unitInfo,
  unitsCompatible,
  UnitError,
} from '../../src/entries/main.js';

describe('units', () => {
  it('converts between tonnes, kilograms and grams both ways', () => {
    expect(convertValue(5, 'tonne', 'kilogram')).toBe(5000);
    expect(convertValue(5000, 'kilogram', 'tonne')).toBe(5);
    expect(convertValue(1, 'tonne', 'gram')).toBe(1_000_000);
    expect(convertValue(250, 'gram', 'kilogram')).toBe(0.25);
    expect(conversionFactor('gram', 'tonne')).toBe(1e-6);
    expect(convertValue(6200, 'tonnes', 'kg')).toBe(6_200_000);
  });

  it('treats percent and counts as units of their own', () => {
    expect(unitInfo('%')).toEqual({ unit: 'percent', dimension: 'percent', factor: 1 });
    expect(unitInfo('attack')).toEqual({ unit: 'attack', dimension: 'count', factor: 1 });
    expect(unitsCompatible('attack', 'attack')).toBe(true);
    expect(unitsCompatible('attack', 'person')).toBe(false);
    expect(unitsCompatible('percent', 'percentage-point')).toBe(false);
  });

  it('refuses incompatible conversions with an error naming both units', () => {
    expect(() => convertValue(5, 'tonne', 'percent')).toThrow(UnitError);
    expect(() => convertValue(5, 'tonne', 'percent')).toThrow('cannot convert "tonne" (mass) to "percent" (percent)');
    expect(() => convertValue(80, 'attack', 'person')).toThrow(/counts of different things do not convert/);
    expect(() => unitInfo('  ')).toThrow('unit is empty');
  });

  it('refuses the ambiguous "tons" instead of guessing which ton', () => {
    expect(() => unitInfo('tons')).toThrow(/ambiguous: it may be a short ton/);
    // The bundled record codes the article's "6,200 tons" as metric tonnes and says why.
    const opium = getObservation('afghanistan-opium-supply-2022')!;
    expect(opium.value).toMatchObject({ value: 6200, unit: 'tonne', text: '6,200 tons' });
    expect(opium.inferred?.find((i) => i.field === 'value.unit')?.reasoning).toMatch(/metric tons/);
  });

  it('converts a bundled quantity with its range and qualifier, without the old words', () => {
    const seized = getObservation('tajikistan-narcotics-seized')!.value;
    expect(convertQuantity(seized, 'kg')).toEqual({ value: 5000, unit: 'kilogram', qualifier: 'about' });
    expect(convertQuantity({ value: 5, unit: 'tonne', qualifier: 'estimate', low: 4, high: 6 }, 'kilogram')).toEqual({
      value: 5000,
      unit: 'kilogram',
      qualifier: 'estimate',
      low: 4000,
      high: 6000,
    });
    // The input is not changed.
    expect(seized.unit).toBe('tonne');
  });
});

describe('qualifier propagation', () => {
  const exact = (value: number) => boundsOf({ value, unit: 'x', qualifier: 'exact' });
  const divide = (a: number, b: number) => a / b;

  it('reads each qualifier as the interval it allows', () => {
    expect(boundsOf({ value: 80, unit: 'attack', qualifier: 'at-least' })).toMatchObject({ low: 80, high: Infinity });
    expect(boundsOf({ value: 80, unit: 'attack', qualifier: 'at-most' })).toMatchObject({ low: -Infinity, high: 80 });
    expect(boundsOf({ value: 5, unit: 'tonne', qualifier: 'about' })).toMatchObject({ low: 5, high: 5, about: true });
    expect(boundsOf({ value: 5, unit: 'tonne', qualifier: 'estimate', low: 4, high: 7 })).toMatchObject({ low: 4, high: 7, estimate: true, about: false });
  });

  it('keeps a bound a bound, in the direction the arithmetic carries it', () => {
    const atLeast80 = boundsOf({ value: 80, unit: 'attack', qualifier: 'at-least' });
    expect(applyMonotone(divide, [atLeast80, exact(4)], 'x', '')).toMatchObject({ value: 20, qualifier: 'at-least' });
    // Dividing by something that is at least 4 makes the quotient at most.
    expect(applyMonotone(divide, [exact(80), atLeast80], 'x', '')).toMatchObject({ value: 1, qualifier: 'at-most' });
    expect(applyMonotone((a, b) => a - b, [atLeast80, atLeast80], 'x', '').qualifier).toBe('unbounded');
  });

  it('makes the result "about" when either side is, and gives a range where there are ranges', () => {
    const about5 = boundsOf({ value: 5, unit: 'tonne', qualifier: 'about' });
    expect(applyMonotone(divide, [exact(10), about5], 'x', '')).toMatchObject({ value: 2, qualifier: 'about', approximate: true });
    const range = boundsOf({ value: 5, unit: 'tonne', qualifier: 'estimate', low: 4, high: 8 });
    expect(applyMonotone(divide, [exact(40), range], 'x', '')).toEqual({
      value: 8,
      unit: 'x',
      qualifier: 'estimate',
      approximate: true,
      formula: '',
      low: 5,
      high: 10,
    });
  });

  it('rounds and formats figures the way they are said', () => {
    expect(roundSignificant(4.098360655737705, 2)).toBe(4.1);
    expect(() => roundSignificant(1, 0)).toThrow(/positive integer/);
    expect(formatQuantity({ value: 26.3475, unit: 'attack/year', qualifier: 'at-least', approximate: true, formula: '' })).toBe(
      'at least about 26.3 attacks/year',
    );
    expect(formatQuantity(getObservation('afghanistan-share-of-global-opiate-production-2022')!.value)).toBe('an estimated 80 percent');
    expect(formatQuantity({ value: 8, unit: 'tonne', qualifier: 'about', approximate: true, low: 5, high: 10, formula: '' })).toBe('about 8 tonnes (5 to 10)');
  });

  it('puts the unit in the plural where the figure needs it', () => {
    expect(formatQuantity(getIncident('badakhshan-border-incursion-2023-09')!.fatalities!)).toBe('3 people');
    expect(formatQuantity({ value: 1, unit: 'person', qualifier: 'exact' })).toBe('1 person');
    expect(formatQuantity({ value: 5, unit: 'tonne', qualifier: 'about' })).toBe('about 5 tonnes');
    expect(formatQuantity({ value: 0.5, unit: 'percentage-point', qualifier: 'exact' })).toBe('0.5 percentage points');
    // Rounded to 1, the figure is said in the singular.
    expect(formatQuantity({ value: 1.0004, unit: 'tonne', qualifier: 'about' })).toBe('about 1 tonne');
    expect(formatQuantity({ value: 2, unit: 'attacks', qualifier: 'exact' })).toBe('2 attacks');
  });
});

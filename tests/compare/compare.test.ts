import { describe, expect, it } from 'vitest';
import { compare, getObservation, impliedBaseline, periodLength, rate, roundSignificant, UnitError, type Observation } from '../../src/entries/main.js';

const seized = getObservation('tajikistan-narcotics-seized')!; // about 5 tonne, +22% vs 2021
const opium = getObservation('afghanistan-opium-supply-2022')!; // 6200 tonne, 2022
const share = getObservation('afghanistan-share-of-global-opiate-production-2022')!; // estimated 80 percent
const attacks = getObservation('sco-high-profile-terror-attacks-3y')!; // at least 80 attacks, 2020-09-04..2023-09-17
const breaches = getObservation('tajikistan-border-breach-attempts-prevented')!; // exactly 2 attempts

describe('compare', () => {
  it('compares Tajikistan’s seizures with Afghanistan’s opium output in one unit, "about" because of "about five"', () => {
    const c = compare(seized, opium);
    expect(c.unit).toBe('tonne');
    expect(c.a).toMatchObject({ observation: 'tajikistan-narcotics-seized', value: { value: 5, qualifier: 'about' } });
    expect(c.b.period).toEqual(opium.period);
    expect(c.difference).toMatchObject({ value: 5 - 6200, unit: 'tonne', qualifier: 'about', formula: '5 − 6200' });
    expect(c.ratio).toMatchObject({ value: 5 / 6200, unit: 'ratio', qualifier: 'about' });
    expect(c.percentChange).toMatchObject({ value: ((5 - 6200) / 6200) * 100, unit: 'percent', qualifier: 'about' });
  });

  it('converts to a common unit, the first side’s unless told', () => {
    const kilos = { value: 4_100, unit: 'kilogram', qualifier: 'exact' } as const;
    const inTonnes = compare(seized, kilos).difference;
    expect(inTonnes).toMatchObject({ unit: 'tonne', formula: '5 − 4.1' });
    expect(inTonnes.value).toBeCloseTo(0.9, 12);
    expect(compare(seized, kilos, { unit: 'kg' }).difference).toMatchObject({ value: 900, unit: 'kilogram' });
    expect(compare(kilos, seized).a.value.unit).toBe('kilogram');
  });

  it('keeps "at least" a bound in the right direction on each side', () => {
    const fifty = { value: 50, unit: 'attack', qualifier: 'exact' } as const;
    const aOver = compare(attacks, fifty);
    expect(aOver.difference).toMatchObject({ value: 30, qualifier: 'at-least' });
    expect(aOver.ratio).toMatchObject({ value: 1.6, qualifier: 'at-least' });
    const bOver = compare(fifty, attacks);
    expect(bOver.difference).toMatchObject({ value: -30, qualifier: 'at-most' });
    expect(bOver.ratio).toMatchObject({ value: 50 / 80, qualifier: 'at-most' });
    // Two lower bounds bound their difference in neither direction.
    expect(compare(attacks, attacks).difference.qualifier).toBe('unbounded');
  });

  it('gives an interval where low/high exist, and "estimate" from an estimate', () => {
    const range = { value: 60, unit: 'percent', qualifier: 'estimate', low: 50, high: 70 } as const;
    const c = compare(share, range);
    expect(c.difference).toMatchObject({ value: 20, unit: 'percentage-point', qualifier: 'estimate', low: 10, high: 30 });
    expect(c.ratio.low).toBeCloseTo(80 / 70);
    expect(c.ratio.high).toBeCloseTo(80 / 50);
  });

  it('refuses incompatible units and a zero divisor with a clear error', () => {
    expect(() => compare(seized, share)).toThrow(UnitError);
    expect(() => compare(seized, share)).toThrow('cannot convert "percent" (percent) to "tonne" (mass)');
    expect(() => compare(attacks, breaches)).toThrow(/counts of different things/);
    expect(() => compare(seized, { value: 0, unit: 'tonne', qualifier: 'exact' })).toThrow(/cannot divide by b, which is 0/);
    expect(compare(seized, { value: 3, unit: 'tonne', qualifier: 'at-most' }).ratio.qualifier).toBe('unbounded');
  });
});

describe('rate', () => {
  it('counts a period’s days inclusively, a calendar unit as one, and a range as an upper bound', () => {
    expect(periodLength(opium.period, 'year')).toEqual({ value: 1, low: 1, high: 1, days: 365 });
    expect(periodLength(opium.period, 'month').value).toBe(12);
    expect(() => periodLength(opium.period, 'fortnight' as never)).toThrow(/unknown unit "fortnight"/);
    expect(() => periodLength(opium.period, Symbol('week') as never)).toThrow(/unknown unit "Symbol\(week\)"/);
    const threeYears = periodLength(attacks.period, 'year');
    // 2020-09-04..2023-09-10 holds 1095 + 6 + 1 days.
    expect(threeYears).toEqual({ value: 1102 / 365.2425, low: 0, high: 1102 / 365.2425, days: 1102 });
  });

  it('gives at least 80 attacks over the interval as at least 26.5 a year, and 26.7 over a stated three years', () => {
    const perYear = rate(attacks, 'year');
    expect(perYear).toMatchObject({ unit: 'attack/year', qualifier: 'at-least', approximate: false });
    expect(perYear.value).toBeCloseTo(80 / (1102 / 365.2425), 10);
    expect(perYear.value.toFixed(1)).toBe('26.5');
    const stated = rate(attacks, 'year', { length: 3 });
    expect(stated).toMatchObject({ qualifier: 'at-least', formula: '80 / 3 years' });
    expect(stated.value.toFixed(1)).toBe('26.7');
    expect(() => rate(attacks, 'year', { length: 0 })).toThrow(/positive number of years/);
  });

  it('keeps "about" and an exact calendar year exact', () => {
    expect(rate(opium, 'month')).toMatchObject({ value: 6200 / 12, unit: 'tonne/month', qualifier: 'exact' });
    // About five tonnes over a period known only to lie within 2022-01-01..2023-09-14.
    const seizures = rate(seized, 'year');
    expect(seizures).toMatchObject({ qualifier: 'at-least', approximate: true, unit: 'tonne/year' });
    expect(seizures.value).toBeCloseTo(5 / (622 / 365.2425), 10);
  });
});

describe('impliedBaseline', () => {
  it('derives the 2021 seizures from the stated +22%, and agrees with the bundled derived record', () => {
    const implied = impliedBaseline(seized);
    expect(implied.value).toMatchObject({ value: 5 / 1.22, unit: 'tonne', qualifier: 'about', approximate: true });
    expect(implied.derived).toEqual({ formula: '5 / (1 + 22 / 100)', inputs: ['tajikistan-narcotics-seized'] });

    const stored = getObservation('tajikistan-narcotics-seized-baseline-2021')!;
    expect(stored.derived?.inputs).toEqual(implied.derived.inputs);
    expect(implied.indicator).toBe(stored.indicator);
    expect(implied.subject).toBe(stored.subject);
    expect(implied.period.start).toBe(stored.period.start);
    expect(implied.period.end).toBe(stored.period.end);
    expect(implied.period.precision).toBe(stored.period.precision);
    expect(stored.value).toMatchObject({ unit: implied.value.unit, qualifier: implied.value.qualifier });
    // The record is rounded to the two figures "about five" supports.
    expect(roundSignificant(implied.value.value, 2)).toBe(stored.value.value);
  });

  it('carries bounds through, subtracts absolute changes, and refuses what implies nothing', () => {
    const withChange = (value: Observation['value'], change: NonNullable<Observation['comparison']>['change']): Observation => ({
      ...seized,
      value,
      comparison: { baseline: seized.comparison!.baseline, change },
    });
    const atLeast = impliedBaseline(withChange({ value: 80, unit: 'attack', qualifier: 'at-least' }, { value: 10, unit: 'percent', qualifier: 'exact' }));
    expect(atLeast.value).toMatchObject({ qualifier: 'at-least' });
    expect(atLeast.value.value).toBeCloseTo(80 / 1.1);
    // A larger increase implies a smaller baseline: "at least +22%" gives "at most".
    expect(impliedBaseline(withChange(seized.value, { value: 22, unit: 'percent', qualifier: 'at-least' })).value.qualifier).toBe('at-most');
    const absolute = impliedBaseline(withChange({ value: 5, unit: 'tonne', qualifier: 'exact' }, { value: 900, unit: 'kilogram', qualifier: 'exact' }));
    expect(absolute.value).toMatchObject({ value: 4.1, qualifier: 'exact', formula: '5 − 0.9' });
    expect(() => impliedBaseline(opium)).toThrow('impliedBaseline: observation "afghanistan-opium-supply-2022" states no comparison');
    expect(() => impliedBaseline(withChange(seized.value, { value: 2, unit: 'attack', qualifier: 'exact' }))).toThrow(UnitError);
    expect(() => impliedBaseline(withChange(seized.value, { value: -100, unit: 'percent', qualifier: 'exact' }))).toThrow(/implies no baseline/);
  });
});

import { describe, expect, it } from 'vitest';
import { defineSchemas } from '../../src/schema/index.js';
import { CountryCodeSchema, IncidentSchema, IndicatorSchema, QuantitySchema } from '../../src/entries/schema.js';
import { getIncident, getIndicator } from '../../src/entries/main.js';

const incident = getIncident('badakhshan-border-incursion-2023-09')!;
const withFatalities = (fatalities: object) => IncidentSchema.safeParse({ ...incident, fatalities: { ...incident.fatalities, ...fatalities } });

describe('fatalities are counts', () => {
  it('refuses a negative or fractional figure or bound', () => {
    expect(withFatalities({}).success).toBe(true);
    expect(withFatalities({ value: -1 }).success).toBe(false);
    expect(withFatalities({ value: 2.5 }).success).toBe(false);
    expect(withFatalities({ value: 3, low: 1.5 }).success).toBe(false);
  });
});

describe('units come from the unit vocabulary', () => {
  it('refuses an unknown or ambiguous unit with a code', () => {
    const bananas = QuantitySchema.safeParse({ value: 1, unit: 'bananas', qualifier: 'exact' });
    expect(bananas.success).toBe(false);
    expect(bananas.error?.issues[0]).toMatchObject({ path: ['unit'], params: { code: 'unknown-unit' } });
    expect(QuantitySchema.safeParse({ value: 1, unit: 'tons', qualifier: 'exact' }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...getIndicator('opium-supply'), unit: 'tons' }).success).toBe(false);
  });

  it('takes units added with defineSchemas in quantities, counts and indicators', () => {
    const mine = defineSchemas({ units: ['sheep'] });
    expect(mine.vocabulary.units.at(-1)).toBe('sheep');
    expect(mine.schemas.incident.safeParse({ ...incident, fatalities: { value: 2, unit: 'sheep', qualifier: 'exact' } }).success).toBe(true);
    expect(mine.schemas.indicator.safeParse({ ...getIndicator('opium-supply'), unit: 'sheep' }).success).toBe(true);
    expect(mine.schemas.incident.safeParse({ ...incident, fatalities: { value: -2, unit: 'sheep', qualifier: 'exact' } }).success).toBe(false);
  });
});

describe('country codes are assigned ISO 3166-1 alpha-2 codes', () => {
  it('refuses a well-formed code that is not assigned', () => {
    expect(CountryCodeSchema.safeParse('TJ').success).toBe(true);
    const xx = CountryCodeSchema.safeParse('XX');
    expect(xx.error?.issues).toEqual([expect.objectContaining({ params: { code: 'unknown-country' } })]);
    expect(CountryCodeSchema.safeParse('tj').error?.issues).toHaveLength(1);
  });
});

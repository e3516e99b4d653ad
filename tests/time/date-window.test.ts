import { describe, expect, it } from 'vitest';
import { findIncidents, getIncident, getObservation, overlaps, within } from '../../src/entries/main.js';

const incursion = getIncident('badakhshan-border-incursion-2023-09')!.date; // 2023-09-01..2023-09-14, range
const summit = getIncident('central-asia-consultative-meeting-2023')!.date; // 2023-09-14, day
const opiumYear = getObservation('afghanistan-opium-supply-2022')!.period; // 2022, year

describe('overlaps and within, three-valued', () => {
  it('answers yes, maybe and no for an imprecise incident date, never treating it as a point', () => {
    expect(incursion).toMatchObject({ start: '2023-09-01', end: '2023-09-14' });
    expect(within(incursion, { from: '2023-09-01', to: '2023-09-30' })).toBe('yes');
    expect(within(incursion, { from: '2023-09-10', to: '2023-09-30' })).toBe('maybe');
    expect(within(incursion, { from: '2023-09-15' })).toBe('no');
    expect(overlaps(incursion, { to: '2023-09-01' })).toBe('maybe');
    expect(overlaps(incursion, { to: '2023-08-31' })).toBe('no');
    expect(overlaps(incursion, {})).toBe('yes');
  });

  it('answers a day-precision date with certainty', () => {
    expect(within(summit, { from: '2023-09-14', to: '2023-09-14' })).toBe('yes');
    expect(overlaps(summit, { from: '2023-09-15' })).toBe('no');
  });

  it('takes a FuzzyDate as the window', () => {
    const september = { start: '2023-09-01', end: '2023-09-30', precision: 'month' } as const;
    expect(within(incursion, september)).toBe('yes');
    expect(within(incursion, summit)).toBe('maybe');
  });

  it('reads a period that covers its whole interval with extent "whole"', () => {
    const june2022 = { from: '2022-06-01', to: '2022-06-30' };
    expect(overlaps(opiumYear, june2022)).toBe('maybe');
    expect(overlaps(opiumYear, june2022, { extent: 'whole' })).toBe('yes');
    expect(within(opiumYear, june2022, { extent: 'whole' })).toBe('no');
    expect(within(opiumYear, { from: '2022-01-01', to: '2022-12-31' }, { extent: 'whole' })).toBe('yes');
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => within(incursion, { from: '2023-09-30', to: '2023-09-01' })).toThrow('date window: from 2023-09-30 is after to 2023-09-01');
  });
});

describe('findIncidents with three-valued matching', () => {
  const bounds = { from: '2023-09-10', to: '2023-09-30' };

  it('keeps certain, possible and uncertain incidents by the three-valued answer', () => {
    const certain = findIncidents({ ...bounds, match: 'certain' }).map((i) => i.id);
    const possible = findIncidents({ ...bounds, match: 'possible' }).map((i) => i.id);
    const uncertain = findIncidents({ ...bounds, match: 'uncertain' }).map((i) => i.id);
    expect(certain).toContain('central-asia-consultative-meeting-2023');
    expect(certain).not.toContain('badakhshan-border-incursion-2023-09');
    expect(uncertain).toContain('badakhshan-border-incursion-2023-09');
    expect(uncertain).not.toContain('central-asia-consultative-meeting-2023');
    expect([...possible].sort()).toEqual([...certain, ...uncertain].sort());
  });

  it('keeps the boolean modes as synonyms', () => {
    expect(findIncidents({ ...bounds, match: 'within' })).toEqual(findIncidents({ ...bounds, match: 'certain' }));
    expect(findIncidents(bounds)).toEqual(findIncidents({ ...bounds, match: 'possible' }));
    expect(() => findIncidents({ ...bounds, match: 'sometimes' as never })).toThrow(/unknown match "sometimes"/);
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import { dataset, observationsView, toRows, withDates } from '../../src/entries/main.js';

const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10);

describe('rows for charts', () => {
  it('turns date columns into Dates with an exclusive end, leaving the input alone', () => {
    const rows = toRows('observations');
    const dated = withDates(rows);
    const opium = dated.find((r) => r.id === 'afghanistan-opium-supply-2022')!;
    expectTypeOf(opium.period_end).toEqualTypeOf<Date>();
    expectTypeOf(opium.baseline_end_exclusive).toEqualTypeOf<Date | null>();
    expect([day(opium.period_start), day(opium.period_end), day(opium.period_end_exclusive)]).toEqual(['2022-01-01', '2022-12-31', '2023-01-01']);
    expect(opium.baseline_start).toBeNull();
    expect(opium.value).toBe(6200);
    expect(rows.find((r) => r.id === 'afghanistan-opium-supply-2022')!.period_end).toBe('2022-12-31');
  });

  it('joins observations with indicator and subject names', () => {
    const view = observationsView(dataset);
    expect(view).toHaveLength(dataset.observations.length);
    const seized = view.find((r) => r.id === 'tajikistan-narcotics-seized')!;
    expect(seized).toMatchObject({ subject: 'tajikistan', subject_name: 'Tajikistan', subject_kind: 'actor', indicator: 'narcotics-seized', unit: 'tonne' });
    expect(seized.indicator_name).toBe(dataset.getIndicator('narcotics-seized')?.name);
    expect(seized.period_end_exclusive.getTime() - seized.period_end.getTime()).toBe(86_400_000);
  });
});

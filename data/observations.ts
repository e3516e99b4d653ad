import type { Observation } from '../src/schema/index.js';
import { cite } from './cite.js';
import { fuzzyDate, year } from './dates.js';

export const observations: Observation[] = [
  {
    id: 'tajikistan-narcotics-seized',
    indicator: 'narcotics-seized',
    subject: 'tajikistan',
    period: fuzzyDate('2022-01-01', '2023-09-14'),
    value: { value: 5, unit: 'tonne', qualifier: 'about', text: 'about five tonnes' },
    comparison: {
      baseline: year('2021'),
      change: { value: 22, unit: 'percent', qualifier: 'exact', text: 'a 22% increase' },
    },
    inferred: [
      {
        field: 'period',
        reasoning:
          'The text gives no period for the seizures. Being compared with 2021, they are from after 2021; being reported in the speech of 14 September 2023, from no later than that. The likeliest reading, calendar 2022, is not certain, so the period is the whole interval.',
      },
    ],
    citations: cite(
      'Tajik authorities seized about five tonnes of narcotics along the border with Afghanistan, signaling a 22% increase compared to 2021',
    ),
  },
  {
    id: 'afghanistan-opium-supply-2022',
    indicator: 'opium-supply',
    subject: 'afghanistan',
    period: year('2022'),
    value: { value: 6200, unit: 'tonne', qualifier: 'exact', text: '6,200 tons' },
    inferred: [
      {
        field: 'value.unit',
        reasoning:
          'The text says "tons". UNODC reports opium production in metric tons, so the unit is the tonne (1,000 kg), not the short ton.',
      },
    ],
    citations: cite('Afghanistan supplied 6,200 tons of opium in 2022'),
  },
];

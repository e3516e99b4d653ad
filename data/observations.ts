import type { Observation } from '../src/schema/index.js';
import { impliedBaseline } from '../src/compare/index.js';
import { roundSignificant } from '../src/quantity/index.js';
import { cite } from './cite.js';
import { RATS_COUNCIL_WEEK, SEIZURE_PERIOD, SUMMIT_DAY, resolveRelativeDate, stated } from './dates.js';

/**
 * The 2021 seizures the stated 22% increase implies, computed by `impliedBaseline` and rounded to
 * two significant figures, because the input is only "about five".
 */
function impliedBaselineRecord(id: string, observation: Observation): Observation {
  const implied = impliedBaseline(observation);
  if (implied.value.qualifier === 'unbounded') throw new Error(`${observation.id}: the implied baseline is unbounded`);
  return {
    id,
    indicator: implied.indicator,
    subject: implied.subject,
    period: implied.period,
    value: { value: roundSignificant(implied.value.value, 2), unit: implied.value.unit, qualifier: implied.value.qualifier },
    derived: {
      formula: `${implied.derived.formula}, rounded to two significant figures because the input is only "about five"`,
      inputs: implied.derived.inputs,
      reading: {
        period: stated('2022'),
        reasoning:
          'The value holds only if "about five tonnes" covers a period as long as the baseline, calendar 2021. The text gives no period; this derivation reads it as calendar 2022, the likeliest reading and an assumption, not the recorded period of the input (2022-01-01 to 2023-09-14).',
      },
    },
    notes: 'Not in the source: the 2021 figure that the stated 22% increase implies, on the reading that the five tonnes are calendar 2022’s.',
    citations: cite('about five tonnes of narcotics along the border with Afghanistan, signaling a 22% increase compared to 2021'),
  };
}

const seized: Observation = {
  id: 'tajikistan-narcotics-seized',
  indicator: 'narcotics-seized',
  subject: 'tajikistan',
  period: SEIZURE_PERIOD,
  value: { value: 5, unit: 'tonne', qualifier: 'about', text: 'about five tonnes' },
  claim: 'rahmon-narcotics-seizures',
  comparison: {
    baseline: stated('2021'),
    change: { value: 22, unit: 'percent', qualifier: 'exact', text: 'a 22% increase' },
  },
  inferred: [
    {
      field: 'comparison',
      reasoning:
        'Attribution uncertain: "signaling a 22% increase compared to 2021" follows Rahmon’s reported words but may be the article’s gloss rather than his figure.',
    },
    {
      field: 'period',
      reasoning:
        'The text gives no period for the seizures. Being compared with 2021, they are from after 2021; being reported in the speech of 14 September 2023, from no later than that. The likeliest reading, calendar 2022, is not certain, so the period is the whole interval.',
    },
  ],
  citations: cite('Tajik authorities seized about five tonnes of narcotics along the border with Afghanistan, signaling a 22% increase compared to 2021'),
};

export const observations: Observation[] = [
  seized,
  {
    id: 'afghanistan-opium-supply-2022',
    indicator: 'opium-supply',
    subject: 'afghanistan',
    period: stated('2022'),
    value: { value: 6200, unit: 'tonne', qualifier: 'exact', text: '6,200 tons' },
    claim: 'unodc-afghanistan-opium-2022',
    inferred: [
      {
        field: 'value.unit',
        reasoning: 'The text says "tons". UNODC reports opium production in metric tons, so the unit is the tonne (1,000 kg), not the short ton.',
      },
    ],
    citations: cite('Afghanistan supplied 6,200 tons of opium in 2022'),
  },
  impliedBaselineRecord('tajikistan-narcotics-seized-baseline-2021', seized),
  {
    id: 'afghanistan-share-of-global-opiate-production-2022',
    indicator: 'share-of-global-opiate-production',
    subject: 'afghanistan',
    period: stated('2022'),
    value: { value: 80, unit: 'percent', qualifier: 'estimate', text: 'an estimated 80%' },
    claim: 'unodc-afghanistan-opium-2022',
    citations: cite('Afghanistan supplied 6,200 tons of opium in 2022, an estimated 80% of global opiate production'),
  },
  {
    id: 'sco-high-profile-terror-attacks-3y',
    indicator: 'high-profile-terror-attacks',
    subject: 'shanghai-cooperation-organization',
    period: resolveRelativeDate('in the last three years', RATS_COUNCIL_WEEK),
    value: { value: 80, unit: 'attack', qualifier: 'at-least', text: 'at least 80' },
    claim: 'kazakhstan-knb-deputy-sco-attacks',
    notes: 'The subject is the SCO’s member countries taken together.',
    inferred: [
      {
        field: 'period',
        reasoning:
          '"In the last three years" is resolved against the date of the statement, the council held "last week" (the ISO week 4–10 September 2023 against the publication interval), so it ends on 10 September 2023 at the latest.',
      },
    ],
    citations: cite('there have been at least 80 high-profile terror attacks in SCO member countries in the last three years'),
  },
  {
    id: 'tajikistan-border-breach-attempts-prevented',
    indicator: 'border-breach-attempts-prevented',
    subject: 'tajikistan',
    period: resolveRelativeDate('not long ago', SUMMIT_DAY),
    value: { value: 2, unit: 'attempt', qualifier: 'exact', text: 'two attempts' },
    claim: 'rahmon-prevented-border-breakthroughs',
    inferred: [
      {
        field: 'period',
        reasoning: '"Not long ago" gives no bound; it is resolved against the speech of 14 September 2023 with the library’s documented three-month look-back.',
      },
    ],
    citations: cite('Not long ago we prevented two attempts by militants to break through the border.'),
  },
];

import type { Place } from '../src/schema/index.js';
import { cite } from './cite.js';
import { iso3166 } from './external-ids.js';

export const places: Place[] = [
  {
    id: 'central-asia',
    kind: 'region',
    name: 'Central Asia',
    citations: cite('the water balance in Central Asia'),
  },
  {
    id: 'tajikistan-territory',
    kind: 'country',
    name: 'Tajikistan',
    country: 'TJ',
    parent: 'central-asia',
    externalIds: iso3166('TJ', 'TJK'),
    notes: 'The territory; the state as an actor is "tajikistan".',
    citations: cite('illegally entered Tajik territory from Afghanistan'),
  },
  {
    id: 'afghanistan-territory',
    kind: 'country',
    name: 'Afghanistan',
    country: 'AF',
    externalIds: iso3166('AF', 'AFG'),
    notes: 'The territory; the state as an actor is "afghanistan". The article calls it "landlocked".',
    citations: cite('through the landlocked Afghanistan', 'the increase in activities of terrorist groups inside Afghanistan'),
  },
  {
    id: 'dushanbe',
    kind: 'city',
    name: 'Dushanbe',
    country: 'TJ',
    parent: 'tajikistan-territory',
    externalIds: [{ scheme: 'iso-3166-2', value: 'TJ-DU' }],
    notes: 'Capital of Tajikistan.',
    citations: cite('in Dushanbe, the capital of Tajikistan'),
  },
  {
    id: 'badakhshan-tajikistan',
    kind: 'province',
    name: 'Badakhshan',
    country: 'TJ',
    parent: 'tajikistan-territory',
    externalIds: [{ scheme: 'iso-3166-2', value: 'TJ-GB' }],
    notes:
      "Tajikistan's Gorno-Badakhshan Autonomous Region (Kuhistoni Badakhshon), not Afghanistan's Badakhshan province across the border.",
    inferred: [
      {
        field: 'externalIds',
        reasoning:
          'The text places it in "the country’s southeastern province of Badakhshan", the country being Tajikistan; Tajikistan\'s only Badakhshan is the Gorno-Badakhshan Autonomous Region, ISO 3166-2 TJ-GB.',
      },
    ],
    citations: cite('the country’s southeastern province of Badakhshan'),
  },
  {
    id: 'tajikistan-afghanistan-border',
    kind: 'border',
    name: 'Tajikistan–Afghanistan border',
    spans: ['tajikistan-territory', 'afghanistan-territory'],
    citations: cite(
      'illegally cross the state border',
      'seized about five tonnes of narcotics along the border with Afghanistan',
    ),
  },
  {
    id: 'qush-tepa-canal',
    kind: 'infrastructure',
    name: 'Qush Tepa canal',
    country: 'AF',
    parent: 'afghanistan-territory',
    notes: 'Under construction at the time of the article. Also spelt Qosh Tepa.',
    citations: cite('Afghanistan’s Qush Tepa canal under construction'),
  },
  {
    id: 'trans-afghan-railway',
    kind: 'infrastructure',
    name: 'Trans-Afghan Railway',
    spans: ['afghanistan-territory'],
    notes: 'A railway project; the article gives neither its route nor its state of progress.',
    citations: cite('promoting the Trans-Afghan Railway project'),
  },
];

import type { Place } from '../src/schema/index.js';
import { cite } from './cite.js';

export const places: Place[] = [
  {
    id: 'tajikistan-territory',
    kind: 'country',
    name: 'Tajikistan',
    country: 'TJ',
    externalIds: [
      { scheme: 'iso-3166-1-alpha-2', value: 'TJ' },
      { scheme: 'iso-3166-1-alpha-3', value: 'TJK' },
    ],
    notes: 'The territory; the state as an actor is "tajikistan".',
    citations: cite('illegally entered Tajik territory from Afghanistan'),
  },
  {
    id: 'dushanbe',
    kind: 'city',
    name: 'Dushanbe',
    country: 'TJ',
    parent: 'tajikistan-territory',
    externalIds: [{ scheme: 'iso-3166-2', value: 'TJ-DU' }],
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
];

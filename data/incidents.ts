import type { Incident } from '../src/schema/index.js';
import { cite } from './cite.js';
import { SUMMIT_DAY, onOrBefore, published } from './dates.js';

export const incidents: Incident[] = [
  {
    id: 'central-asia-consultative-meeting-2023',
    type: 'meeting',
    title: '5th Consultative Meeting of the Heads of States of Central Asia',
    date: SUMMIT_DAY,
    place: 'dushanbe',
    actors: [
      { actor: 'tajikistan', role: 'host' },
      { actor: 'emomali-rahmon', role: 'speaker' },
    ],
    citations: cite(
      'the 5th Consultative Meeting of the Heads of States of Central Asia, held on Thursday, September 14, in Dushanbe, the capital of Tajikistan',
    ),
  },
  {
    id: 'badakhshan-border-incursion-2023-09',
    type: 'incursion',
    title: 'Jamaat Ansarullah militants enter Badakhshan from Afghanistan; three killed by Tajik security forces',
    date: onOrBefore(published('earlier this month'), SUMMIT_DAY),
    place: 'badakhshan-tajikistan',
    actors: [
      { actor: 'jamaat-ansarullah', role: 'perpetrator' },
      { actor: 'tajikistan', role: 'responder' },
    ],
    fatalities: { value: 3, unit: 'person', qualifier: 'exact', text: 'killed three militants' },
    inferred: [
      {
        field: 'date.end',
        reasoning:
          '"Earlier this month" against the publication interval gives 1–20 September 2023; Rahmon referred to the incident in his speech of 14 September, so it happened on the 14th at the latest.',
      },
    ],
    description:
      'Tajik security forces reportedly killed three militants of the banned Jamaat Ansarullah who had illegally entered Tajik territory from Afghanistan.',
    citations: cite(
      'an incident earlier this month in the country’s southeastern province of Badakhshan where Tajik security forces reportedly killed three militants of the banned Jamaat Ansarullah who had illegally entered Tajik territory from Afghanistan',
    ),
  },
];

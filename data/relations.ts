import type { Relation } from '../src/schema/index.js';
import { cite } from './cite.js';

export const relations: Relation[] = [
  {
    id: 'tajikistan-bans-jamaat-ansarullah',
    type: 'bans',
    from: 'tajikistan',
    to: 'jamaat-ansarullah',
    citations: cite('the banned Jamaat Ansarullah'),
    inferred: [
      {
        field: 'from',
        reasoning: 'The text calls the group "banned" in a Tajik context without naming who banned it; Tajikistan is the state whose forces and territory the sentence is about.',
      },
    ],
  },
];

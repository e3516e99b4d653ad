import type { Indicator } from '../src/schema/index.js';
import { cite } from './cite.js';

export const indicators: Indicator[] = [
  {
    id: 'narcotics-seized',
    name: 'Narcotics seized',
    unit: 'tonne',
    description: 'Mass of narcotics seized by a state’s authorities, here along its border with Afghanistan.',
    citations: cite('seized about five tonnes of narcotics along the border with Afghanistan'),
  },
  {
    id: 'opium-supply',
    name: 'Opium supplied',
    unit: 'tonne',
    description: 'Mass of opium a country supplied in a year, as estimated by the UN Office on Drugs and Crime.',
    citations: cite('Afghanistan supplied 6,200 tons of opium in 2022'),
  },
  {
    id: 'share-of-global-opiate-production',
    name: 'Share of global opiate production',
    unit: 'percent',
    description: 'A country’s share of the world’s opiate production in a year.',
    citations: cite('an estimated 80% of global opiate production'),
  },
  {
    id: 'high-profile-terror-attacks',
    name: 'High-profile terror attacks',
    unit: 'attack',
    description: 'Number of high-profile terrorist attacks in a set of countries over a period.',
    citations: cite('at least 80 high-profile terror attacks in SCO member countries in the last three years'),
  },
  {
    id: 'border-breach-attempts-prevented',
    name: 'Border breach attempts prevented',
    unit: 'attempt',
    description: 'Attempts by militants to break through a state border that the state’s forces prevented.',
    citations: cite('we prevented two attempts by militants to break through the border'),
  },
];

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
];

import type { Actor } from '../src/schema/index.js';
import { cite } from './cite.js';

export const actors: Actor[] = [
  {
    id: 'tajikistan',
    kind: 'state',
    name: 'Tajikistan',
    aliases: [],
    country: 'TJ',
    externalIds: [
      { scheme: 'iso-3166-1-alpha-2', value: 'TJ' },
      { scheme: 'iso-3166-1-alpha-3', value: 'TJK' },
    ],
    citations: cite('Dushanbe, the capital of Tajikistan'),
  },
  {
    id: 'afghanistan',
    kind: 'state',
    name: 'Afghanistan',
    aliases: [],
    country: 'AF',
    externalIds: [
      { scheme: 'iso-3166-1-alpha-2', value: 'AF' },
      { scheme: 'iso-3166-1-alpha-3', value: 'AFG' },
    ],
    citations: cite('terrorism threats emanating from Afghanistan'),
  },
  {
    id: 'emomali-rahmon',
    kind: 'person',
    name: 'Emomali Rahmon',
    aliases: [
      { name: 'Imam Ali Rahmon', origin: 'source', note: 'second spelling in the same article' },
      { name: 'Mr. Rahmon', origin: 'source' },
      { name: 'Emomali Rahmonov', origin: 'common', note: 'Russified surname he used until 2007' },
    ],
    country: 'TJ',
    memberOf: 'tajikistan',
    citations: cite('Tajikistan President Emomali Rahmon', 'Tajik president, Imam Ali Rahmon'),
  },
  {
    id: 'jamaat-ansarullah',
    kind: 'armed-group',
    name: 'Jamaat Ansarullah',
    aliases: [{ name: 'Jamaat Ansarulloh', origin: 'common', note: 'Tajik transliteration' }],
    citations: cite('three militants of the banned Jamaat Ansarullah'),
  },
  {
    id: 'iskp',
    kind: 'armed-group',
    name: 'Islamic State–Khorasan Province',
    aliases: [
      { name: 'ISKP', origin: 'source', note: 'abbreviation' },
      { name: 'ISIS-K', origin: 'common', note: 'abbreviation' },
      { name: 'IS-K', origin: 'common', note: 'abbreviation' },
      { name: 'Islamic State Khorasan', origin: 'common' },
    ],
    citations: cite('Islamic State–Khorasan Province (ISKP)'),
  },
  {
    id: 'taliban',
    kind: 'de-facto-authority',
    name: 'Taliban',
    aliases: [
      { name: 'the Taliban', origin: 'source' },
      { name: 'Islamic Emirate of Afghanistan', origin: 'common', note: 'the name the Taliban give their government' },
    ],
    country: 'AF',
    citations: cite('the Taliban says it has contained the ISKP threat in Afghanistan'),
  },
  {
    id: 'shanghai-cooperation-organization',
    kind: 'intergovernmental',
    name: 'Shanghai Cooperation Organization',
    aliases: [
      { name: 'SCO', origin: 'source', note: 'abbreviation' },
      { name: 'Shanghai Cooperation Organisation', origin: 'common', note: 'British spelling, used by the organisation itself' },
    ],
    citations: cite('the Shanghai Cooperation Organization members'),
  },
  {
    id: 'kazakhstan',
    kind: 'state',
    name: 'Kazakhstan',
    aliases: [],
    country: 'KZ',
    externalIds: [
      { scheme: 'iso-3166-1-alpha-2', value: 'KZ' },
      { scheme: 'iso-3166-1-alpha-3', value: 'KAZ' },
    ],
    citations: cite('Kazakhstan’s Deputy Chairman of the National Security Committee'),
  },
  {
    id: 'kazakhstan-national-security-committee',
    kind: 'government-body',
    name: 'National Security Committee of Kazakhstan',
    aliases: [
      { name: 'National Security Committee', origin: 'source' },
      { name: 'KNB', origin: 'common', note: 'abbreviation of the Kazakh and Russian name' },
    ],
    country: 'KZ',
    memberOf: 'kazakhstan',
    citations: cite('Kazakhstan’s Deputy Chairman of the National Security Committee'),
  },
  {
    id: 'kazakhstan-knb-deputy-chairman',
    kind: 'person',
    name: 'Deputy Chairman of the National Security Committee of Kazakhstan',
    aliases: [{ name: 'Kazakhstan’s Deputy Chairman of the National Security Committee', origin: 'source' }],
    country: 'KZ',
    memberOf: 'kazakhstan-national-security-committee',
    notes: 'The article names the office, not the person who held it.',
    citations: cite('Kazakhstan’s Deputy Chairman of the National Security Committee'),
  },
];

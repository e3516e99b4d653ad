import type { Actor } from '../src/schema/index.js';
import { cite } from './cite.js';
import { iso3166 } from './external-ids.js';

const states: Actor[] = [
  {
    id: 'tajikistan',
    kind: 'state',
    name: 'Tajikistan',
    aliases: [],
    country: 'TJ',
    externalIds: iso3166('TJ', 'TJK'),
    citations: cite('Dushanbe, the capital of Tajikistan'),
  },
  {
    id: 'afghanistan',
    kind: 'state',
    name: 'Afghanistan',
    aliases: [],
    country: 'AF',
    externalIds: iso3166('AF', 'AFG'),
    citations: cite('terrorism threats emanating from Afghanistan'),
  },
  {
    id: 'kazakhstan',
    kind: 'state',
    name: 'Kazakhstan',
    aliases: [],
    country: 'KZ',
    externalIds: iso3166('KZ', 'KAZ'),
    citations: cite('Kazakhstan’s Deputy Chairman of the National Security Committee'),
  },
  {
    id: 'uzbekistan',
    kind: 'state',
    name: 'Uzbekistan',
    aliases: [],
    country: 'UZ',
    externalIds: iso3166('UZ', 'UZB'),
    citations: cite('Uzbekistan, which has maintained relatively friendly diplomatic ties with the Taliban'),
  },
  {
    id: 'turkmenistan',
    kind: 'state',
    name: 'Turkmenistan',
    aliases: [],
    country: 'TM',
    externalIds: iso3166('TM', 'TKM'),
    citations: cite('concerns over Uzbekistan and Turkmenistan downstream'),
  },
  {
    id: 'united-states',
    kind: 'state',
    name: 'United States',
    aliases: [
      { name: 'US', origin: 'source', note: 'abbreviation' },
      { name: 'USA', origin: 'common', note: 'abbreviation' },
      { name: 'U.S.', origin: 'common', note: 'abbreviation' },
      { name: 'United States of America', origin: 'common' },
    ],
    country: 'US',
    externalIds: iso3166('US', 'USA'),
    citations: cite('US Projects Confidence in Taliban', 'left behind by the US during the Afghanistan exit'),
  },
  {
    id: 'central-asian-states',
    kind: 'state-group',
    name: 'Central Asian states',
    aliases: [
      { name: 'Central Asian countries', origin: 'source' },
      { name: 'Afghanistan’s Central Asian neighbors', origin: 'source' },
      { name: 'Central Asian neighbours', origin: 'common', note: 'British spelling' },
    ],
    notes: 'The states of Central Asia spoken of as one group. The article names Tajikistan and Uzbekistan among them; it does not list the group’s members.',
    citations: cite(
      'Afghanistan’s Central Asian neighbors say',
      'mounting fears among the Central Asian states',
      'Central Asian countries consider Afghanistan’s cooperation critical',
    ),
  },
  {
    id: 'sco-member-states',
    kind: 'state-group',
    name: 'SCO member states',
    aliases: [
      { name: 'Shanghai Cooperation Organization members', origin: 'source' },
      { name: 'SCO member countries', origin: 'source' },
    ],
    notes: 'The member states of the Shanghai Cooperation Organization spoken of as one group; the article does not list them.',
    citations: cite('the Shanghai Cooperation Organization members also expressed concerns', 'SCO member countries'),
  },
];

const people: Actor[] = [
  {
    id: 'emomali-rahmon',
    kind: 'person',
    name: 'Emomali Rahmon',
    aliases: [
      { name: 'Imam Ali Rahmon', origin: 'source', note: 'second spelling in the same article' },
      { name: 'Mr. Rahmon', origin: 'source' },
      { name: 'Emomali Rahmonov', origin: 'common', note: 'Russified surname he used until 2007' },
      { name: 'Emomalii Rahmon', origin: 'common', note: 'transliteration' },
      { name: 'Emomali Rakhmon', origin: 'common', note: 'transliteration from Russian' },
    ],
    country: 'TJ',
    memberOf: 'tajikistan',
    citations: cite('Tajikistan President Emomali Rahmon', 'Tajik president, Imam Ali Rahmon'),
  },
  {
    id: 'shavkat-mirziyoyev',
    kind: 'person',
    name: 'Shavkat Mirziyoyev',
    aliases: [
      { name: 'Mirziyoyev', origin: 'source' },
      { name: 'Shavkat Mirziyoev', origin: 'common', note: 'transliteration' },
    ],
    country: 'UZ',
    memberOf: 'uzbekistan',
    citations: cite('Uzbekistan President Shavkat Mirziyoyev'),
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

const armedGroups: Actor[] = [
  {
    id: 'jamaat-ansarullah',
    kind: 'armed-group',
    name: 'Jamaat Ansarullah',
    aliases: [
      { name: 'Jamaat Ansarulloh', origin: 'common', note: 'Tajik transliteration' },
      { name: 'Jamoat Ansorulloh', origin: 'common', note: 'Tajik transliteration' },
    ],
    notes: 'Called a "banned" group and, by the UN report, a "Central Asian outfit". Not to be confused with Yemen’s Ansar Allah (the Houthis).',
    citations: cite(
      'three militants of the banned Jamaat Ansarullah',
      'Central Asian outfits i.e., the Islamic Movement of Uzbekistan, the East Turkestan Islamic Movement, and Jamaat Ansarullah',
    ),
  },
  {
    id: 'iskp',
    kind: 'armed-group',
    name: 'Islamic State–Khorasan Province',
    aliases: [
      { name: 'ISKP', origin: 'source', note: 'abbreviation' },
      { name: 'ISIS-K', origin: 'common', note: 'abbreviation' },
      { name: 'IS-K', origin: 'common', note: 'abbreviation' },
      { name: 'ISIS-Khorasan', origin: 'common' },
      { name: 'IS-KP', origin: 'common', note: 'abbreviation' },
      { name: 'ISIS-KP', origin: 'common', note: 'abbreviation' },
      { name: 'Daesh-Khorasan', origin: 'common' },
      { name: 'Islamic State Khorasan', origin: 'common' },
    ],
    citations: cite('Islamic State–Khorasan Province (ISKP)'),
  },
  {
    id: 'islamic-movement-of-uzbekistan',
    kind: 'armed-group',
    name: 'Islamic Movement of Uzbekistan',
    aliases: [{ name: 'IMU', origin: 'common', note: 'abbreviation' }],
    citations: cite('the Islamic Movement of Uzbekistan'),
  },
  {
    id: 'east-turkestan-islamic-movement',
    kind: 'armed-group',
    name: 'East Turkestan Islamic Movement',
    aliases: [
      { name: 'ETIM', origin: 'common', note: 'abbreviation' },
      {
        name: 'Turkistan Islamic Party',
        origin: 'common',
        note: 'name widely used for the group since the 2000s; whether it is the same organisation is contested',
      },
      { name: 'TIP', origin: 'common', note: 'abbreviation of Turkistan Islamic Party' },
    ],
    citations: cite('the East Turkestan Islamic Movement'),
  },
];

const authorities: Actor[] = [
  {
    id: 'taliban',
    kind: 'de-facto-authority',
    name: 'Taliban',
    aliases: [
      { name: 'the Taliban', origin: 'source' },
      { name: 'Islamic Emirate of Afghanistan', origin: 'common', note: 'the name the Taliban give their government' },
      { name: 'IEA', origin: 'common', note: 'abbreviation of Islamic Emirate of Afghanistan' },
    ],
    country: 'AF',
    citations: cite('the Taliban says it has contained the ISKP threat in Afghanistan'),
  },
  {
    id: 'tajik-authorities',
    kind: 'government-body',
    name: 'Tajik authorities',
    aliases: [],
    country: 'TJ',
    memberOf: 'tajikistan',
    notes: 'The article does not say which body of the Tajik state spoke or seized.',
    citations: cite('Tajik authorities said the militants intended', 'Tajik authorities seized about five tonnes of narcotics'),
  },
  {
    id: 'tajik-security-forces',
    kind: 'security-force',
    name: 'Tajik security forces',
    aliases: [],
    country: 'TJ',
    memberOf: 'tajikistan',
    citations: cite('Tajik security forces reportedly killed three militants'),
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
    id: 'us-authorities',
    kind: 'government-body',
    name: 'US authorities',
    aliases: [],
    country: 'US',
    memberOf: 'united-states',
    notes: 'The article does not say which US agency or officials made the assessment.',
    citations: cite('the US authorities said earlier this week'),
  },
];

const intergovernmental: Actor[] = [
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
    id: 'sco-regional-anti-terrorist-structure',
    kind: 'intergovernmental',
    name: 'SCO Regional Anti-Terrorist Structure',
    aliases: [
      { name: 'RATS', origin: 'common', note: 'abbreviation' },
      { name: 'SCO RATS', origin: 'common', note: 'abbreviation' },
    ],
    memberOf: 'shanghai-cooperation-organization',
    citations: cite('SCO Regional Anti-Terrorist Structure Council'),
  },
  {
    id: 'united-nations',
    kind: 'intergovernmental',
    name: 'United Nations',
    aliases: [{ name: 'UN', origin: 'source', note: 'abbreviation' }],
    citations: cite('The UN Security Council monitoring report', 'the UN Office on Drugs and Crime'),
  },
  {
    id: 'un-security-council',
    kind: 'intergovernmental',
    name: 'UN Security Council',
    aliases: [
      { name: 'United Nations Security Council', origin: 'common' },
      { name: 'UNSC', origin: 'common', note: 'abbreviation' },
    ],
    memberOf: 'united-nations',
    notes: 'The article attributes the monitoring report to the Security Council; such reports are written by its sanctions monitoring team.',
    citations: cite('The UN Security Council monitoring report'),
  },
  {
    id: 'unodc',
    kind: 'intergovernmental',
    name: 'UN Office on Drugs and Crime',
    aliases: [
      { name: 'UNODC', origin: 'common', note: 'abbreviation' },
      { name: 'United Nations Office on Drugs and Crime', origin: 'common' },
    ],
    memberOf: 'united-nations',
    citations: cite('the UN Office on Drugs and Crime reported'),
  },
];

const media: Actor[] = [
  {
    id: 'kabulnow',
    kind: 'media',
    name: 'KabulNow',
    aliases: [{ name: 'Kabul Now', origin: 'common' }],
    notes: 'Publisher of the source article; claimant of what the article asserts in its own voice.',
    citations: cite('Central Asia Voice Terrorism Concerns as US Projects Confidence in Taliban'),
    inferred: [{ field: 'name', reasoning: 'The publisher is not named in the text; it is the source record’s publisher (the article’s address).' }],
  },
  {
    id: 'washington-post',
    kind: 'media',
    name: 'The Washington Post',
    aliases: [{ name: 'Washington Post', origin: 'source' }],
    country: 'US',
    citations: cite('The Washington Post reported on Thursday'),
  },
  {
    id: 'news-central-asia',
    kind: 'media',
    name: 'News Central Asia',
    aliases: [],
    notes: 'Credited for the article’s photo.',
    citations: cite('Photo: News Central Asia'),
  },
];

export const actors: Actor[] = [...states, ...people, ...armedGroups, ...authorities, ...intergovernmental, ...media];

/**
 * Records that only the primary sources give: a finer place, a named official, an earlier
 * incident the article's words point to, the year a figure belongs to. Each cites primary
 * sources by summary and locator; the checks in data/checks.ts link to them.
 */
import type { Actor, Citation, Incident, Indicator, Observation, Place } from '../src/schema/index.js';
import { geonames, geonamesPoint } from './geo.js';

/**
 * A citation of a source whose text we do not hold: what it says, in our words, and where when
 * the copy read shows it (a headline); no paragraph numbers are guessed.
 */
export function note(source: string, summary: string, locator?: string): Citation {
  return { source, summary, ...(locator === undefined ? {} : { locator }) };
}

/** One day, with the words the sources date it by. */
const day = (d: string, text: string) => ({ start: d, end: d, precision: 'day' as const, text });

export const primaryPlaces: Place[] = [
  {
    id: 'darvoz-district',
    kind: 'district',
    name: 'Darvoz district',
    country: 'TJ',
    parent: 'badakhshan-tajikistan',
    notes:
      'Also spelt Darvaz. No district boundary is on the registry, so the point is the GeoNames point of its seat, Qalai Khumb (docs/data.md, "How places are coded").',
    geo: { point: [70.79, 38.45], precision: 'district', provenance: geonamesPoint('1221559') },
    citations: [
      note('vecherka-2023-09-militants-liquidated', 'Places the crossing near a village of Darvoz district in Gorno-Badakhshan.'),
      note('upl-2023-09-terrorists-planned-attack-independence-day', 'Names Darvoz district of Gorno-Badakhshan as where the militants crossed.'),
    ],
  },
  {
    id: 'kevron',
    kind: 'village',
    name: 'Kevron',
    country: 'TJ',
    parent: 'darvoz-district',
    notes:
      'A village (Russian selo), not a district: Amu TV calls it a district of Darvaz, a slip the Russian-language reports do not make. No point: GeoNames cities500 has no Kevron, and no source gives coordinates; maps show it through its parent, Darvoz district.',
    citations: [
      note('vecherka-2023-09-militants-liquidated', 'The militants crossed near the village of Kevron in Darvoz district.'),
      note('amu-tv-2023-09-tajik-forces-kill-three', 'Names Kevron in Darvaz as the crossing area.'),
    ],
  },
  {
    id: 'astana',
    kind: 'city',
    name: 'Astana',
    country: 'KZ',
    parent: 'central-asia',
    notes: 'Capital of Kazakhstan, where the SCO RATS Council met in September 2023.',
    externalIds: [geonames('1526273')],
    geo: { point: [71.446, 51.18], precision: 'village', provenance: geonamesPoint('1526273') },
    citations: [note('kazinform-2023-09-05-astana-to-host-rats-council', 'The Kazakh capital hosts the 40th session of the SCO RATS Council.', 'headline')],
  },
];

export const primaryActors: Actor[] = [
  {
    id: 'ruslan-seissembayev',
    kind: 'person',
    name: 'Ruslan Seissembayev',
    aliases: [
      { name: 'Ruslan Seisembayev', origin: 'source', note: 'spelling' },
      { name: 'Руслан Сейсембаев', origin: 'source', note: 'Russian' },
    ],
    country: 'KZ',
    memberOf: 'kazakhstan-national-security-committee',
    citations: [
      note(
        'kazinform-2023-09-08-sco-attacks',
        'Names him as Deputy Chairman of Kazakhstan’s National Security Committee, speaking at the RATS Council session.',
      ),
      note('interfax-2023-09-08-knb-afghanistan-threat', 'Names the KNB deputy chairman Ruslan Seissembayev as the speaker on the Afghan threat.'),
    ],
  },
  {
    id: 'tajikistan-state-committee-for-national-security',
    kind: 'security-force',
    name: 'State Committee for National Security of Tajikistan',
    aliases: [
      { name: 'GKNB', origin: 'source', note: 'Russian abbreviation' },
      { name: 'KDAM', origin: 'source', note: 'Tajik abbreviation' },
    ],
    country: 'TJ',
    memberOf: 'tajik-authorities',
    citations: [
      note('rferl-2023-09-06-tajikistan-militants-killed', 'The Tajik security service (KDAM) announced the killing of three militants.'),
      note('trend-2023-09-06-three-terrorists-killed', 'An anti-terrorist group of the State Committee for National Security killed the three.'),
    ],
  },
  {
    id: 'tajikistan-drug-control-agency',
    kind: 'government-body',
    name: 'Drug Control Agency under the President of Tajikistan',
    aliases: [{ name: 'DCA', origin: 'common', note: 'abbreviation' }],
    country: 'TJ',
    memberOf: 'tajik-authorities',
    notes: 'Its director in 2022–2023 was Habibullo Vohidzoda.',
    citations: [
      note('interfax-2023-08-03-dushanbe-drug-production-rose', 'The agency’s director gave the national seizure totals at a Dushanbe press conference.'),
      note('sputnik-2022-02-18-tajikistan-drug-traffic-rise', 'The agency reported the 2021 seizure totals of all Tajik agencies.'),
    ],
  },
  {
    id: 'hibatullah-akhundzada',
    kind: 'person',
    name: 'Hibatullah Akhundzada',
    aliases: [{ name: 'Haibatullah Akhundzada', origin: 'source', note: 'spelling' }],
    memberOf: 'taliban',
    notes: 'The Taliban’s supreme leader.',
    citations: [note('afp-2022-04-04-taliban-chief-bans-poppy', 'The Taliban’s supreme leader decreed the ban on poppy cultivation.')],
  },
  {
    id: 'zabihullah-mujahid',
    kind: 'person',
    name: 'Zabihullah Mujahid',
    aliases: [],
    memberOf: 'taliban',
    notes: 'The Taliban’s chief spokesman.',
    citations: [
      note('afp-2022-04-04-taliban-chief-bans-poppy', 'The chief spokesman read out the decree at a news conference in Kabul.'),
      note('anadolu-2023-08-27-taliban-rebuffs-un-report', 'The chief spokesman rejected the UN briefing on terrorist groups.'),
    ],
  },
];

export const primaryIncidents: Incident[] = [
  {
    id: 'tajikistan-border-incursion-2023-04',
    type: 'clash',
    title: 'Tajik security service reports killing two militants who entered from Afghanistan',
    date: { start: '2023-04-21', end: '2023-04-30', precision: 'range', text: 'late April 2023' },
    place: 'tajikistan-afghanistan-border',
    actors: [
      { actor: 'jamaat-ansarullah', role: 'perpetrator' },
      { actor: 'tajikistan-state-committee-for-national-security', role: 'responder' },
    ],
    fatalities: { value: 2, unit: 'person', qualifier: 'exact', text: 'two' },
    description:
      'The earlier of the two incursions of 2023 that wire reports of September count; the State Committee for National Security said the two dead were also of Jamaat Ansarullah.',
    inferred: [
      { field: 'date', reasoning: '“Late April” read as the last ten days of April 2023.' },
      {
        field: 'place',
        reasoning: 'The militants entered from Afghanistan, so across the Tajik–Afghan border; the reports read name no province or district.',
      },
    ],
    citations: [
      note(
        'dawn-2023-09-07-tajikistan-claims-killing-militants',
        'Recalls that in late April the security service reported killing two militants who entered from Afghanistan, also said to be of Jamaat Ansarullah.',
      ),
      note('rferl-2023-09-06-tajikistan-militants-killed', 'Calls the September incident the second of its kind this year.'),
    ],
  },
  {
    id: 'badakhshan-border-crossing-2023-08',
    type: 'incursion',
    title: 'Three Jamaat Ansarullah militants cross from Afghanistan into Darvoz district, according to the Tajik security service',
    date: { start: '2023-08-29', end: '2023-08-30', precision: 'range', text: 'the night of 29 to 30 August 2023' },
    place: 'kevron',
    actors: [{ actor: 'jamaat-ansarullah', role: 'perpetrator' }],
    description: 'The crossing that ended in the killing of the three on 5 September (badakhshan-border-incursion-2023-09); the article leaves it undated.',
    citations: [
      note('rferl-2023-09-06-tajikistan-militants-killed', 'Dates the crossing to the night of 29–30 August.'),
      note('vecherka-2023-09-militants-liquidated', 'Places the crossing near Kevron, Darvoz district.'),
    ],
  },
  {
    id: 'ifas-heads-of-state-meeting-2023-09',
    type: 'meeting',
    title: 'Council of the Heads of the Founding States of the International Fund for Saving the Aral Sea',
    date: day('2023-09-15', 'Friday 15 September 2023'),
    place: 'dushanbe',
    actors: [
      { actor: 'tajikistan', role: 'host' },
      { actor: 'shavkat-mirziyoyev', role: 'speaker' },
    ],
    description: 'Met in Dushanbe the day after the Consultative Meeting; Mirziyoyev spoke there on the Qosh Tepa canal.',
    citations: [
      note(
        'qalampir-2023-09-15-mirziyoyev-qoshtepa',
        'Mirziyoyev raised the Qosh Tepa canal in Dushanbe at the IFAS heads-of-state meeting, 15 September 2023.',
        'headline',
      ),
      note('uzbek-mfa-2023-09-15-ifas-council', 'The Uzbek president spoke at the IFAS council of heads of state in Dushanbe.'),
    ],
  },
  {
    id: 'us-officials-afghanistan-briefing-2023-09-08',
    type: 'statement',
    title: 'Two senior US officials brief reporters on terrorism in Afghanistan',
    date: day('2023-09-08', 'Friday 8 September 2023'),
    actors: [
      { actor: 'us-authorities', role: 'speaker' },
      { actor: 'iskp', role: 'subject' },
    ],
    description: 'Al-Qaeda’s revival judged unlikely; ISIS-K degraded by Taliban operations but still a threat. The speakers were not named.',
    citations: [
      note(
        'cnn-2023-09-08-al-qaeda-unlikely-to-revive',
        'Two senior officials said on Friday that al-Qaeda is unlikely to revive and that ISIS-K, degraded by the Taliban, remains a threat.',
      ),
      note('daryo-2023-09-10-al-qaeda-resurgence-unlikely', 'Dates the US assessment to 8 September 2023.'),
    ],
  },
  {
    id: 'unodc-opium-survey-2022-release',
    type: 'report-release',
    title: 'UNODC publishes its latest findings on opium cultivation in Afghanistan',
    date: day('2022-11-01', 'Tuesday 1 November 2022'),
    place: 'afghanistan-territory',
    actors: [{ actor: 'unodc', role: 'author' }],
    description: 'The first publication of the 6,200-tonne estimate for 2022, with cultivation up about a third.',
    citations: [
      note(
        'app-2022-11-02-opium-cultivation-soars',
        'UNODC reported on 1 November 2022 that cultivation rose by about a third and that production in 2022 was 6,200 tonnes.',
      ),
      note('wion-2022-11-02-opium-cultivation-up', 'Reports the same UNODC findings.'),
    ],
  },
];

export const primaryIndicators: Indicator[] = [
  {
    id: 'terrorist-attacks',
    name: 'Terrorist attacks',
    unit: 'attack',
    description: 'Terrorist attacks counted in a period, as an official gives them; no qualifier such as “high-profile”.',
    citations: [note('kazinform-2023-09-08-sco-attacks', 'Counts terrorist attacks in SCO countries per year.')],
  },
];

const KAZINFORM_FIGURES = note('kazinform-2023-09-08-sco-attacks', 'Citing experts, 18 attacks in 2022 and 47 in 2023 so far, at least 80 over three years.');

export const primaryObservations: Observation[] = [
  {
    id: 'sco-terrorist-attacks-2022',
    indicator: 'terrorist-attacks',
    subject: 'shanghai-cooperation-organization',
    period: { start: '2022-01-01', end: '2022-12-31', precision: 'year' },
    value: { value: 18, unit: 'attack', qualifier: 'exact' },
    citations: [KAZINFORM_FIGURES],
  },
  {
    id: 'sco-terrorist-attacks-2023',
    indicator: 'terrorist-attacks',
    subject: 'shanghai-cooperation-organization',
    period: { start: '2023-01-01', end: '2023-09-08', precision: 'range', text: 'in 2023, to the day of the speech' },
    value: { value: 47, unit: 'attack', qualifier: 'exact' },
    inferred: [{ field: 'period.end', reasoning: 'Given on 8 September 2023 for the current year, so it counts to that day.' }],
    citations: [KAZINFORM_FIGURES],
  },
  {
    id: 'tajikistan-narcotics-seized-2022',
    indicator: 'narcotics-seized',
    subject: 'tajikistan',
    period: { start: '2022-01-01', end: '2022-12-31', precision: 'year' },
    value: { value: 4.991, unit: 'tonne', qualifier: 'exact', text: '4 t 991 kg' },
    notes:
      'All Tajik law-enforcement agencies, nationwide; the Drug Control Agency’s figure of August 2023. Its February 2023 figures for the same year differ (see the checks).',
    citations: [
      note('interfax-2023-08-02-dca-seizures-2022', 'The agency’s director gave 4 t 991 kg seized in 2022 by all agencies.'),
      note('interfax-2023-08-03-dushanbe-drug-production-rose', 'Gives the same 2022 total.'),
    ],
  },
  {
    id: 'tajikistan-narcotics-seized-2022-feb-2023-interfax',
    indicator: 'narcotics-seized',
    subject: 'tajikistan',
    period: { start: '2022-01-01', end: '2022-12-31', precision: 'year' },
    value: { value: 4.165, unit: 'tonne', qualifier: 'exact', text: '4 t 165 kg' },
    notes: 'The Drug Control Agency’s annual press conference of 3 February 2023 as Interfax reported it; later revised (tajikistan-narcotics-seized-2022).',
    citations: [note('interfax-2023-02-03-drug-smuggling-rise', 'Gives 4 t 165 kg seized in 2022 against 4 t 83 kg in 2021.')],
  },
  {
    id: 'tajikistan-narcotics-seized-2022-feb-2023-azda',
    indicator: 'narcotics-seized',
    subject: 'tajikistan',
    period: { start: '2022-01-01', end: '2022-12-31', precision: 'year' },
    value: { value: 4.00016, unit: 'tonne', qualifier: 'exact', text: '4 t 0.16 kg' },
    notes: 'The same press conference as Azda TV reported it: 83 kg less than in 2021. Kept beside the Interfax figure; neither is preferred.',
    citations: [note('azda-2023-02-more-than-4-tonnes-seized', 'Gives just over 4 tonnes seized in 2022, 83 kg less than in 2021.')],
  },
  {
    id: 'tajikistan-narcotics-seized-2021',
    indicator: 'narcotics-seized',
    subject: 'tajikistan',
    period: { start: '2021-01-01', end: '2021-12-31', precision: 'year' },
    value: { value: 4.083274, unit: 'tonne', qualifier: 'exact', text: '4 t 83 kg 274 g' },
    notes: 'All agencies, nationwide; up 68.4% on 2020.',
    citations: [
      note('asia-plus-2022-02-17-seizures-2021', 'Gives 4 t 83 kg 274 g seized in 2021, with the share of each agency.'),
      note('sputnik-2022-02-18-tajikistan-drug-traffic-rise', 'Reports the rise in 2021 seizures and the Khatlon region’s share.'),
    ],
  },
];

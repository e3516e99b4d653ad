/**
 * What primary sources say about each statement of the article: one check per field looked
 * at, with the verdict, the value the sources support and the sources themselves (cited by
 * summary; their text is not held here). The method is in docs/corroboration.md.
 */
import type { Check, CheckValue, FuzzyDate, QuantityQualifier } from '../src/schema/index.js';
import { cite } from './cite.js';
import { note } from './primary-records.js';

const on = (day: string, text?: string): CheckValue => ({ date: { start: day, end: day, precision: 'day', ...(text === undefined ? {} : { text }) } });
const during = (date: FuzzyDate): CheckValue => ({ date });
const year = (y: number): FuzzyDate => ({ start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' });
const figure = (value: number, unit: string, qualifier: QuantityQualifier, text?: string): CheckValue => ({
  quantity: { value, unit, qualifier, ...(text === undefined ? {} : { text }) },
});
const record = (id: string): CheckValue => ({ record: id });
const text = (t: string): CheckValue => ({ text: t });

const NONE_SEARCHED = 'Not searched: the research covered the article’s statements of 2022–2023; this one rests on the article alone.';

export const checks: Check[] = [
  // The summit, 14 September 2023.
  {
    id: 'check-consultative-meeting-date',
    about: 'central-asia-consultative-meeting-2023',
    field: 'date',
    aspect: 'date',
    verdict: 'confirms',
    summary:
      'The Tajik presidential office and News Central Asia date the Fifth Consultative Meeting to Thursday 14 September 2023; the IFAS heads of state met in Dushanbe the next day, which is why some announcements gave 14–15 September.',
    citations: [
      note('tajik-president-2023-09-14-fifth-consultative-meeting', 'Press release of the meeting, dated 14 September 2023.'),
      note('nca-2023-09-15-consultative-meeting-outcomes', 'Reports the meeting of 14 September and its outcomes.'),
      note('kun-uz-2023-08-16-presidents-to-meet-in-dushanbe', 'Announced the meeting for mid-September in Dushanbe.'),
    ],
  },
  {
    id: 'check-consultative-meeting-place',
    about: 'central-asia-consultative-meeting-2023',
    field: 'place',
    aspect: 'place',
    verdict: 'refines',
    value: text('The Palace of the Nation in Dushanbe'),
    summary: 'The Tajik presidential office places the meeting in the Palace of the Nation in Dushanbe.',
    citations: [note('tajik-president-2023-09-14-fifth-consultative-meeting', 'Names the Palace of the Nation as the venue.')],
  },
  {
    id: 'check-consultative-meeting-participants',
    about: 'central-asia-consultative-meeting-2023',
    field: 'actors',
    aspect: 'participants',
    verdict: 'refines',
    value: text(
      'Rahmon (host, Tajikistan), Tokayev (Kazakhstan), Japarov (Kyrgyzstan), Serdar Berdimuhamedov (Turkmenistan), Mirziyoyev (Uzbekistan); Azerbaijan’s president Aliyev as guest of honour; the UN’s Kakha Imnadze',
    ),
    summary:
      'The five Central Asian presidents took part, with Azerbaijan’s president as guest of honour and the UN Secretary-General’s special representative present; it was the fifth such meeting, after Astana 2018, Tashkent 2019, Avaza 2021 and Cholpon-Ata 2022.',
    citations: [
      note('tajik-president-2023-09-14-fifth-consultative-meeting', 'Lists the heads of state and the guest of honour.'),
      note('nca-2023-09-15-consultative-meeting-outcomes', 'Lists the participants, the five documents signed and the earlier meetings.'),
    ],
  },
  // Rahmon's remarks.
  {
    id: 'check-rahmon-terrorist-activity-wording',
    about: 'rahmon-terrorist-activity-increase',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary:
      'English renderings of Rahmon’s speech at the meeting of 14 September have him say that the activity of terrorist groups in Afghanistan is increasing.',
    citations: [
      note('ghroona-2023-09-rahmon-terrorist-activity', 'Renders the remark on rising terrorist activity in Afghanistan, made at the summit.', 'headline'),
      note('zorkul-novosti-2023-09-rahmon-concerns', 'Renders the same remark from the speech.', 'headline'),
    ],
  },
  {
    id: 'check-rahmon-breakthrough-attempts-wording',
    about: 'rahmon-border-breakthrough-attempts-recent-years',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary: 'The renderings of the speech have Rahmon say that terrorist groups have in recent years tried to cross Tajikistan’s border illegally.',
    citations: [
      note('ghroona-2023-09-rahmon-terrorist-activity', 'Renders the remark on attempts to break through the state border.'),
      note('zorkul-novosti-2023-09-rahmon-concerns', 'Renders the same remark.'),
    ],
  },
  {
    id: 'check-rahmon-two-attempts-figure',
    about: 'rahmon-prevented-border-breakthroughs',
    field: 'statement',
    aspect: 'figure',
    verdict: 'confirms',
    summary:
      'Two independent English renderings of the speech have Rahmon say that Tajikistan recently stopped two attempts by militants to break through the border, aimed at attacks in the capital and other regions; one Russian group’s rendering speaks of one attempt by Jamaat Ansarullah.',
    citations: [
      note('ghroona-2023-09-rahmon-terrorist-activity', 'Renders “two attempts”, prevented not long ago.'),
      note('zorkul-novosti-2023-09-rahmon-concerns', 'Renders “two attempts” too.'),
      note('russia-islworld-2023-09-14-rahmon-drug-smuggling', 'Renders the thwarting of one Jamaat Ansarullah attempt on the Afghan border.'),
    ],
  },
  {
    id: 'check-rahmon-two-attempts-which',
    about: 'rahmon-prevented-border-breakthroughs',
    field: 'about',
    aspect: 'identity',
    verdict: 'refines',
    value: record('tajikistan-border-incursion-2023-04'),
    summary:
      'Wire copy calls the September incident the second of its kind in 2023; the first was in late April, when the security service said it killed two militants who had entered from Afghanistan. So the two attempts are most plausibly April and August–September 2023. Rahmon did not name them.',
    adds: ['tajikistan-border-incursion-2023-04'],
    inferred: [
      {
        field: 'value',
        reasoning: 'Rahmon speaks of two attempts; wire reports count two incursions in 2023; matching the two is our reading, not his words.',
      },
    ],
    citations: [
      note('rferl-2023-09-06-tajikistan-militants-killed', 'Calls the September incident the second this year.'),
      note('dawn-2023-09-07-tajikistan-claims-killing-militants', 'Recalls the late-April killing of two militants from Afghanistan.'),
      note('afghanistan-times-2023-09-tajikistan-thwarts-infiltration', 'Also counts the September incident as the second this year.'),
    ],
  },
  {
    id: 'check-border-breach-attempts-value',
    about: 'tajikistan-border-breach-attempts-prevented',
    field: 'value',
    aspect: 'figure',
    verdict: 'confirms',
    value: figure(2, 'attempt', 'exact', 'two attempts'),
    summary: 'Two renderings of the speech give two attempts.',
    citations: [
      note('ghroona-2023-09-rahmon-terrorist-activity', 'Renders two attempts.'),
      note('zorkul-novosti-2023-09-rahmon-concerns', 'Renders two attempts.'),
    ],
  },
  {
    id: 'check-border-breach-attempts-period',
    about: 'tajikistan-border-breach-attempts-prevented',
    field: 'period',
    aspect: 'date',
    verdict: 'contradicts',
    value: during({ start: '2023-04-21', end: '2023-09-05', precision: 'range', text: 'late April to 5 September 2023' }),
    summary:
      'If the two attempts are the incursions of late April and of August–September 2023 (the only two that wire reports count that year), the period runs from late April, about four and a half months before the speech, not the three months the record reads into “not long ago”.',
    adds: ['tajikistan-border-incursion-2023-04'],
    inferred: [
      { field: 'value', reasoning: 'Rests on matching Rahmon’s two attempts to the two incursions wire reports count in 2023; he did not name them.' },
    ],
    citations: [
      note('dawn-2023-09-07-tajikistan-claims-killing-militants', 'Recalls the late-April incursion, two militants killed.'),
      note('rferl-2023-09-06-tajikistan-militants-killed', 'Dates the September crossing to the night of 29–30 August and counts it the second this year.'),
    ],
  },
  {
    id: 'check-rahmon-narcotics-seizures-wording',
    about: 'rahmon-narcotics-seizures',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary: 'Renderings of Rahmon’s speech have him give about five tonnes of drugs seized, in 2022.',
    citations: [
      note('zorkul-novosti-2023-09-rahmon-concerns', 'Renders the remark on about five tonnes seized in 2022.'),
      note('russia-islworld-2023-09-14-rahmon-drug-smuggling', 'Renders the remark on drug smuggling and seizures.', 'headline'),
    ],
  },
  {
    id: 'check-narcotics-seized-increase',
    about: 'tajikistan-narcotics-seized',
    field: 'comparison.change',
    aspect: 'figure',
    verdict: 'confirms',
    value: figure(22.2, 'percent', 'exact', '4,991 kg against 4,083 kg'),
    summary:
      'The Drug Control Agency’s totals give 4,991 kg seized in 2022 (figure of August 2023) against 4,083 kg in 2021: an increase of 22.2%, which matches “a 22% increase compared to 2021”. With the agency’s earlier February 2023 totals for 2022 (4,165 kg, or just over 4,000 kg) the increase would be about 2% or nil.',
    inferred: [{ field: 'value', reasoning: 'Computed by us: 4,991 / 4,083.274 = 1.222.' }],
    citations: [
      note('interfax-2023-08-02-dca-seizures-2022', 'Gives 4 t 991 kg for 2022.'),
      note('asia-plus-2022-02-17-seizures-2021', 'Gives 4 t 83 kg 274 g for 2021.'),
      note('interfax-2023-02-03-drug-smuggling-rise', 'Gives the earlier 2022 total of 4 t 165 kg.'),
    ],
  },
  {
    id: 'check-narcotics-seized-period',
    about: 'tajikistan-narcotics-seized',
    field: 'period',
    aspect: 'date',
    verdict: 'refines',
    value: during({ ...year(2022), text: 'in 2022' }),
    summary: 'Renderings of Rahmon’s speech date the “about five tonnes” to 2022, and the Drug Control Agency’s 2022 total is 4,991 kg.',
    citations: [
      note('zorkul-novosti-2023-09-rahmon-concerns', 'Renders the seizures as those of 2022.'),
      note('russia-islworld-2023-09-14-rahmon-drug-smuggling', 'Renders the figure as seized in 2022.'),
    ],
  },
  {
    id: 'check-narcotics-seized-value-august-2023',
    about: 'tajikistan-narcotics-seized',
    field: 'value',
    aspect: 'figure',
    verdict: 'confirms',
    value: figure(4.991, 'tonne', 'exact', '4 t 991 kg'),
    summary:
      'The Drug Control Agency’s director gave 4 t 991 kg seized by all Tajik agencies in 2022, at a press conference of 2 August 2023: “about five tonnes”.',
    adds: ['tajikistan-narcotics-seized-2022', 'tajikistan-drug-control-agency'],
    citations: [
      note('interfax-2023-08-02-dca-seizures-2022', 'Gives 4 t 991 kg for 2022.'),
      note('interfax-2023-08-03-dushanbe-drug-production-rose', 'Gives the same total.'),
    ],
  },
  {
    id: 'check-narcotics-seized-value-february-2023-interfax',
    about: 'tajikistan-narcotics-seized',
    field: 'value',
    aspect: 'figure',
    verdict: 'contradicts',
    value: figure(4.165, 'tonne', 'exact', '4 t 165 kg'),
    summary:
      'At its annual press conference of 3 February 2023 the same agency gave 4 t 165 kg for 2022, as Interfax reported it, barely more than in 2021. Kept beside the August figure: two primary values, neither preferred.',
    adds: ['tajikistan-narcotics-seized-2022-feb-2023-interfax'],
    citations: [note('interfax-2023-02-03-drug-smuggling-rise', 'Gives 4 t 165 kg for 2022 against 4 t 83 kg for 2021.')],
  },
  {
    id: 'check-narcotics-seized-value-february-2023-azda',
    about: 'tajikistan-narcotics-seized',
    field: 'value',
    aspect: 'figure',
    verdict: 'contradicts',
    value: figure(4.00016, 'tonne', 'exact', '4 t 0.16 kg'),
    summary:
      'Azda TV’s report of the same February 2023 press conference gives just over 4 tonnes for 2022, 83 kg less than in 2021. A third value for the same year.',
    adds: ['tajikistan-narcotics-seized-2022-feb-2023-azda'],
    citations: [note('azda-2023-02-more-than-4-tonnes-seized', 'Gives just over 4 tonnes for 2022, 83 kg below 2021.')],
  },
  {
    id: 'check-narcotics-baseline-2021-value',
    about: 'tajikistan-narcotics-seized-baseline-2021',
    field: 'value',
    aspect: 'figure',
    verdict: 'refines',
    value: figure(4.083274, 'tonne', 'exact', '4 t 83 kg 274 g'),
    summary: 'The derived baseline (about 4.1 t) matches the Drug Control Agency’s reported 2021 total of 4,083.274 kg, up 68.4% on 2020.',
    adds: ['tajikistan-narcotics-seized-2021'],
    citations: [
      note('asia-plus-2022-02-17-seizures-2021', 'Gives 4 t 83 kg 274 g for 2021, by agency.'),
      note('sputnik-2022-02-18-tajikistan-drug-traffic-rise', 'Reports the 2021 rise.'),
    ],
  },
  {
    id: 'check-narcotics-seizures-incident-date',
    about: 'tajik-border-narcotics-seizures',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: during({ ...year(2022), text: 'in 2022' }),
    summary: 'The seizures Rahmon cited are those of calendar year 2022.',
    citations: [
      note('zorkul-novosti-2023-09-rahmon-concerns', 'Renders the seizures as those of 2022.'),
      note('interfax-2023-08-02-dca-seizures-2022', 'Gives the 2022 total.'),
    ],
  },
  {
    id: 'check-narcotics-seizures-incident-place',
    about: 'tajik-border-narcotics-seizures',
    field: 'place',
    aspect: 'place',
    verdict: 'contradicts',
    value: record('tajikistan-territory'),
    summary:
      'The agency’s total is for the whole country and all agencies, not for the border alone; in 2021 the Khatlon region on the Afghan border accounted for 58.6% of it. “Along the border” is Rahmon’s framing.',
    citations: [
      note('interfax-2023-08-02-dca-seizures-2022', 'Gives a national total for all law-enforcement agencies.'),
      note('sputnik-2022-02-18-tajikistan-drug-traffic-rise', 'Gives the Khatlon region’s share of the 2021 total.'),
    ],
  },
  {
    id: 'check-narcotics-seizures-incident-agency',
    about: 'tajik-border-narcotics-seizures',
    field: 'actors',
    aspect: 'attribution',
    verdict: 'refines',
    value: record('tajikistan-drug-control-agency'),
    summary:
      'The figures are compiled and announced by the Drug Control Agency under the President; the seizures themselves were made by the Interior Ministry, the State Committee for National Security, the agency, the anti-corruption agency and customs.',
    adds: ['tajikistan-drug-control-agency'],
    citations: [
      note('asia-plus-2022-02-17-seizures-2021', 'Splits the 2021 total by agency.'),
      note('interfax-2023-08-02-dca-seizures-2022', 'The agency’s director gave the 2022 total.'),
    ],
  },
  // The Badakhshan incident.
  {
    id: 'check-badakhshan-killing-date',
    about: 'badakhshan-border-incursion-2023-09',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: on('2023-09-05', 'the morning of 5 September 2023'),
    summary:
      'The militants were surrounded and killed on the morning of 5 September 2023 after refusing to surrender; the State Committee for National Security announced it on 6 September.',
    citations: [
      note('rferl-2023-09-06-tajikistan-militants-killed', 'Dates the killing to 5 September.'),
      note('trend-2023-09-06-three-terrorists-killed', 'Dates the operation to 5 September.'),
      note('vecherka-2023-09-militants-liquidated', 'Dates the killing to the morning of 5 September.'),
    ],
  },
  {
    id: 'check-badakhshan-crossing-date',
    about: 'badakhshan-border-incursion-2023-09',
    field: 'description',
    aspect: 'date',
    verdict: 'refines',
    value: during({ start: '2023-08-29', end: '2023-08-30', precision: 'range', text: 'the night of 29 to 30 August 2023' }),
    summary:
      'The militants crossed the border on the night of 29 to 30 August 2023, a week before they were killed: the crossing the article leaves undated was in August, not “earlier this month”.',
    adds: ['badakhshan-border-crossing-2023-08'],
    citations: [
      note('rferl-2023-09-06-tajikistan-militants-killed', 'Dates the crossing to the night of 29–30 August.'),
      note('trend-2023-09-06-three-terrorists-killed', 'Dates the crossing to the night of 29–30 August.'),
      note('vecherka-2023-09-militants-liquidated', 'Dates the crossing and the killing.'),
    ],
  },
  {
    id: 'check-rahmon-referred-to-badakhshan',
    about: 'kabulnow-rahmon-referred-to-badakhshan',
    field: 'statement',
    aspect: 'identity',
    verdict: 'refines',
    value: text(
      'The Badakhshan incident is most plausibly one of Rahmon’s two attempts; the other is the late-April 2023 incursion, in which two militants were killed.',
    ),
    summary: 'Wire copy counts two incursions in 2023, April and August–September; Rahmon named neither.',
    adds: ['tajikistan-border-incursion-2023-04'],
    inferred: [{ field: 'value', reasoning: 'Matching Rahmon’s two attempts to the two incursions wire reports count in 2023 is our reading, not his words.' }],
    citations: [
      note('rferl-2023-09-06-tajikistan-militants-killed', 'Calls the September incident the second this year.'),
      note('dawn-2023-09-07-tajikistan-claims-killing-militants', 'Recalls the late-April incursion.'),
    ],
  },
  {
    id: 'check-badakhshan-place',
    about: 'badakhshan-border-incursion-2023-09',
    field: 'place',
    aspect: 'place',
    verdict: 'refines',
    value: record('kevron'),
    summary: 'Near the village of Kevron in Darvoz district of Gorno-Badakhshan, on the border with Afghanistan.',
    adds: ['kevron', 'darvoz-district'],
    citations: [
      note('vecherka-2023-09-militants-liquidated', 'Names Kevron, Darvoz district.'),
      note('upl-2023-09-terrorists-planned-attack-independence-day', 'Names Darvoz district.'),
      note('amu-tv-2023-09-tajik-forces-kill-three', 'Names Kevron in Darvaz.'),
    ],
  },
  {
    id: 'check-badakhshan-fatalities',
    about: 'badakhshan-border-incursion-2023-09',
    field: 'fatalities',
    aspect: 'figure',
    verdict: 'confirms',
    value: figure(3, 'person', 'exact', 'three militants'),
    summary: 'Three militants were killed; no Tajik losses are reported.',
    citations: [
      note('rferl-2023-09-06-tajikistan-militants-killed', 'Three militants killed.'),
      note('trend-2023-09-06-three-terrorists-killed', 'Three killed.'),
      note('dawn-2023-09-07-tajikistan-claims-killing-militants', 'Three killed.'),
    ],
  },
  {
    id: 'check-badakhshan-perpetrator',
    about: 'badakhshan-border-incursion-2023-09',
    field: 'actors.0.actor',
    aspect: 'attribution',
    verdict: 'confirms',
    summary:
      'The State Committee for National Security said the three were members of Jamaat Ansarullah, banned in Tajikistan: Tajik natives on the wanted list; a criminal case was opened.',
    citations: [
      note('vecherka-2023-09-militants-liquidated', 'Names Jamaat Ansarullah.'),
      note('amu-tv-2023-09-tajik-forces-kill-three', 'Names Jamaat Ansarullah.'),
      note('afghanistan-times-2023-09-tajikistan-thwarts-infiltration', 'Names Jamaat Ansarullah.'),
    ],
  },
  {
    id: 'check-badakhshan-responder',
    about: 'badakhshan-border-incursion-2023-09',
    field: 'actors.1.actor',
    aspect: 'attribution',
    verdict: 'refines',
    value: record('tajikistan-state-committee-for-national-security'),
    summary: 'An anti-terrorist unit of the State Committee for National Security (GKNB, in Tajik KDAM) did it and announced it, not the Interior Ministry.',
    adds: ['tajikistan-state-committee-for-national-security'],
    citations: [
      note('rferl-2023-09-06-tajikistan-militants-killed', 'Names the KDAM security service.'),
      note('trend-2023-09-06-three-terrorists-killed', 'Names an anti-terrorist group of the State Committee for National Security.'),
    ],
  },
  {
    id: 'check-badakhshan-names-of-dead',
    about: 'badakhshan-border-incursion-2023-09',
    field: 'fatalities',
    aspect: 'identity',
    verdict: 'unverified',
    summary: 'None of the reports read names the three dead; they are described only as Tajik natives on the wanted list.',
    sought: 'The names of the three militants, in English and Russian reports of the GKNB statement (Kevron, Darvoz).',
    citations: [note('vecherka-2023-09-militants-liquidated', 'Describes the dead without naming them.')],
  },
  {
    id: 'check-militants-intended-attacks-date',
    about: 'tajik-authorities-militants-intended-terrorist-acts',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: on('2023-09-06'),
    summary: 'The statement was issued by the State Committee for National Security and carried by the state agencies Khovar and Kabar on 6 September 2023.',
    citations: [
      note('rferl-2023-09-06-tajikistan-militants-killed', 'Report of 6 September on the statement.'),
      note('trend-2023-09-06-three-terrorists-killed', 'Report of 6 September on the statement.'),
    ],
  },
  {
    id: 'check-militants-intended-attacks-claimant',
    about: 'tajik-authorities-militants-intended-terrorist-acts',
    field: 'claimant',
    aspect: 'attribution',
    verdict: 'refines',
    value: record('tajikistan-state-committee-for-national-security'),
    summary: 'The Tajik authorities who said so were the State Committee for National Security.',
    citations: [note('trend-2023-09-06-three-terrorists-killed', 'Attributes the statement to the State Committee for National Security.')],
  },
  {
    id: 'check-militants-intended-attacks-aim',
    about: 'tajik-authorities-militants-intended-terrorist-acts',
    field: 'statement',
    aspect: 'wording',
    verdict: 'refines',
    value: text(
      'A terrorist act in Tajikistan ahead of Independence Day (9 September); notebooks with maps, diagrams, explosives instructions and lists of crowded places and government buildings were found, and a cache of arms, literature and money had been laid in advance inside Tajikistan.',
    ),
    summary: 'The security committee named the target date and the evidence of planning.',
    citations: [
      note('upl-2023-09-terrorists-planned-attack-independence-day', 'An attack planned for Independence Day.', 'headline'),
      note('vecherka-2023-09-militants-liquidated', 'Describes the notebooks and the cache.'),
    ],
  },
  {
    id: 'check-militants-seized-items',
    about: 'tajik-authorities-militants-intended-terrorist-acts',
    field: 'statement',
    aspect: 'wording',
    verdict: 'refines',
    value: text(
      '5 Kalashnikov rifles, 2 M-16 rifles, 1 M-4 carbine, 4 pistols, 13 hand grenades, magazines and cartridges, night-vision binoculars, 30 packs of explosives, 162 detonators, remote detonators, USD 10,000 in cash, medical supplies and body armour.',
    ),
    summary:
      'What the security committee listed as seized, as AKIpress carried it: the M-16s and the M-4 are the “American assault rifles”, the night-vision binoculars the “night-vision goggles”.',
    citations: [note('amu-tv-2023-09-tajik-forces-kill-three', 'Lists the items seized, quoting AKIpress, which quotes the committee.')],
  },
  {
    id: 'check-militants-weapons-left-by-us',
    about: 'tajik-authorities-militants-intended-terrorist-acts',
    field: 'statement',
    aspect: 'attribution',
    verdict: 'unverified',
    summary:
      'No report of the Tajik statement read says the weapons were left behind by the US; the link is the article’s (“said to have been”), not the committee’s as far as found.',
    sought: 'A Tajik official statement that the seized weapons were left by the US in Afghanistan, in English and Russian.',
    citations: [note('amu-tv-2023-09-tajik-forces-kill-three', 'Lists the weapons without saying where they came from.')],
  },
  {
    id: 'check-bans-jamaat-ansarullah',
    about: 'tajikistan-bans-jamaat-ansarullah',
    field: 'type',
    aspect: 'wording',
    verdict: 'confirms',
    summary: 'The security committee’s statement describes Jamaat Ansarullah as banned in Tajikistan.',
    citations: [note('vecherka-2023-09-militants-liquidated', 'Calls the group banned in Tajikistan.')],
  },
  // The SCO RATS Council.
  {
    id: 'check-sco-rats-council-date',
    about: 'sco-rats-council-2023-09',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: on('2023-09-08', 'Friday 8 September 2023'),
    summary: 'The council met on Friday 8 September 2023, as the Kazakh foreign ministry had announced on 5 September.',
    citations: [
      note('kazinform-2023-09-05-astana-to-host-rats-council', 'Announces the session for 8 September.'),
      note('kazinform-2023-09-08-sco-attacks', 'Reports the session on 8 September.'),
    ],
  },
  {
    id: 'check-sco-rats-council-place',
    about: 'sco-rats-council-2023-09',
    field: 'place',
    aspect: 'place',
    verdict: 'refines',
    value: record('astana'),
    summary: 'It met in Astana, Kazakhstan chairing; the record had no place.',
    adds: ['astana'],
    citations: [note('kazinform-2023-09-05-astana-to-host-rats-council', 'The Kazakh capital hosts the session.', 'headline')],
  },
  {
    id: 'check-sco-rats-council-session',
    about: 'sco-rats-council-2023-09',
    field: 'title',
    aspect: 'identity',
    verdict: 'refines',
    value: text('40th session of the Council of the SCO Regional Anti-Terrorist Structure'),
    summary: 'The 40th session; Iran attended for the first time as a full member, Belarus and Mongolia as observers; the next council is to meet in China.',
    citations: [
      note('kazinform-2023-09-05-astana-to-host-rats-council', 'Calls it the 40th session.', 'headline'),
      note('kazinform-2023-09-08-sco-joint-exercises', 'Reports the decisions of the session.'),
    ],
  },
  {
    id: 'check-sco-members-threat-wording',
    about: 'sco-members-rising-terror-threat',
    field: 'claimant',
    aspect: 'attribution',
    verdict: 'unverified',
    summary:
      'The Afghan threat is documented for the host’s speaker (the Kazakh KNB deputy chairman); no report read shows a statement of the SCO members as a whole on Afghanistan at the council, whose summary lists other business (earlier decisions, work plans, passenger data, terrorist financing, illicit arms, joint exercises in China in 2024).',
    sought: 'An SCO-wide statement on the terrorist threat from Afghanistan at the council of 8 September 2023.',
    citations: [
      note('aif-2023-09-11-sco-security-services', 'Lists the services present and the business discussed.'),
      note('kazinform-2023-09-08-sco-joint-exercises', 'Lists the council’s decisions.'),
    ],
  },
  {
    id: 'check-sco-members-threat-date',
    about: 'sco-members-rising-terror-threat',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: on('2023-09-08'),
    summary: 'The council where the concerns were voiced met on 8 September 2023.',
    citations: [note('kazinform-2023-09-08-sco-attacks', 'Reports the session of 8 September.')],
  },
  {
    id: 'check-knb-deputy-identity',
    about: 'kazakhstan-knb-deputy-chairman',
    field: 'name',
    aspect: 'identity',
    verdict: 'refines',
    value: record('ruslan-seissembayev'),
    summary: 'The deputy chairman who spoke was Ruslan Seissembayev; the committee’s chairman Ermek Sagimbayev also took part.',
    adds: ['ruslan-seissembayev'],
    citations: [note('kazinform-2023-09-08-sco-attacks', 'Names Ruslan Seissembayev.'), note('interfax-2023-09-08-knb-afghanistan-threat', 'Names him too.')],
  },
  {
    id: 'check-knb-deputy-claim-claimant',
    about: 'kazakhstan-knb-deputy-sco-attacks',
    field: 'claimant',
    aspect: 'identity',
    verdict: 'refines',
    value: record('ruslan-seissembayev'),
    summary: 'The speaker was Ruslan Seissembayev, at the 40th RATS Council session in Astana.',
    adds: ['ruslan-seissembayev'],
    citations: [note('kazinform-2023-09-08-sco-attacks', 'Names the speaker and says he spoke at the session.')],
  },
  {
    id: 'check-knb-deputy-claim-date',
    about: 'kazakhstan-knb-deputy-sco-attacks',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: on('2023-09-08'),
    summary: 'He spoke on 8 September 2023, at the council; Kazinform says so outright.',
    citations: [note('kazinform-2023-09-08-sco-attacks', 'Dated 8 September; made at the session.')],
  },
  {
    id: 'check-knb-deputy-claim-iskp',
    about: 'kazakhstan-knb-deputy-sco-attacks',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary:
      'In the same speech he said terrorist groups in Afghanistan threaten SCO states, that the Taliban have not built effective control, and, as Al-Vefagh reports it, that the Khorasan branch of ISIS is the largest growing threat to Central Asia. Kazinform’s English report of the speech does not mention Afghanistan.',
    citations: [
      note('interfax-2023-09-08-knb-afghanistan-threat', 'The Afghan threat to SCO states, and the Taliban’s lack of control.', 'headline'),
      note('al-vefagh-2023-09-kazakhstan-isis-khorasan', 'ISIS-Khorasan as the largest growing threat to Central Asia.'),
    ],
  },
  {
    id: 'check-sco-attacks-figure',
    about: 'sco-high-profile-terror-attacks-3y',
    field: 'value',
    aspect: 'figure',
    verdict: 'confirms',
    value: figure(80, 'attack', 'at-least', 'at least 80'),
    summary:
      'Seissembayev, citing experts, gave at least 80 terrorist attacks in SCO countries over the past three years: 18 in 2022 and 47 in 2023 so far (which leaves at least 15 for the earlier part of the window); over 400 civilians killed and about 940 injured.',
    adds: ['sco-terrorist-attacks-2022', 'sco-terrorist-attacks-2023'],
    citations: [note('kazinform-2023-09-08-sco-attacks', 'At least 80 attacks in three years, 18 in 2022, 47 in 2023.')],
  },
  {
    id: 'check-sco-attacks-indicator',
    about: 'sco-high-profile-terror-attacks-3y',
    field: 'indicator',
    aspect: 'identity',
    verdict: 'contradicts',
    value: record('terrorist-attacks'),
    summary: 'The speech counts terrorist attacks, attributed to experts, with no qualifier: “high-profile” is the article’s word.',
    adds: ['terrorist-attacks'],
    citations: [note('kazinform-2023-09-08-sco-attacks', 'Counts terrorist attacks without calling them high-profile.')],
  },
  // The US statements and the Washington Post.
  {
    id: 'check-us-assessment-date',
    about: 'us-authorities-iskp-assessment-2023-09',
    field: 'date',
    aspect: 'date',
    verdict: 'contradicts',
    value: on('2023-09-08', 'Friday 8 September 2023'),
    summary:
      'The US assessment that fits is the briefing by two senior officials on Friday 8 September 2023, the week before the summit’s; the NCTC director’s statement of Monday 11 September was about al-Qaeda.',
    adds: ['us-officials-afghanistan-briefing-2023-09-08'],
    citations: [
      note('cnn-2023-09-08-al-qaeda-unlikely-to-revive', 'Reports the briefing of Friday 8 September.'),
      note('daryo-2023-09-10-al-qaeda-resurgence-unlikely', 'Dates the assessment to 8 September.'),
      note('washington-post-2023-09-ignatius-taliban-al-qaeda', 'Cites the NCTC director’s statement of 11 September on al-Qaeda.'),
    ],
  },
  {
    id: 'check-us-iskp-incapable-wording',
    about: 'us-authorities-iskp-incapable',
    field: 'statement',
    aspect: 'wording',
    verdict: 'contradicts',
    value: text(
      'Al-Qaeda’s revival in Afghanistan is unlikely; ISIS-K has been degraded by Taliban operations and many of its leaders have left, but it still attacks high-profile targets in Afghanistan and remains a threat, though a different one from al-Qaeda before 9/11.',
    ),
    summary:
      'No US official in the reports read says ISKP cannot mount operations in the foreseeable future: the “unlikely” finding was about al-Qaeda, and of ISIS-K the officials said it is degraded but still a threat. The article seems to have moved the al-Qaeda finding onto ISKP. The officials also called the UN monitors’ June report out of step with US intelligence.',
    citations: [
      note('cnn-2023-09-08-al-qaeda-unlikely-to-revive', 'Al-Qaeda unlikely to revive; ISIS threat remains.', 'headline'),
      note('daryo-2023-09-10-al-qaeda-resurgence-unlikely', 'Al-Qaeda’s resurgence unlikely.', 'headline'),
    ],
  },
  {
    id: 'check-us-iskp-incapable-date',
    about: 'us-authorities-iskp-incapable',
    field: 'date',
    aspect: 'date',
    verdict: 'contradicts',
    value: on('2023-09-08'),
    summary: 'The officials spoke on 8 September 2023.',
    citations: [note('cnn-2023-09-08-al-qaeda-unlikely-to-revive', 'Reports the briefing of Friday 8 September.')],
  },
  {
    id: 'check-us-iskp-incapable-claimant',
    about: 'us-authorities-iskp-incapable',
    field: 'claimant',
    aspect: 'attribution',
    verdict: 'refines',
    value: text(
      'Two senior US officials, unnamed, at a press briefing on 8 September 2023; NCTC Director Christine Abizaid in a statement of 11 September 2023 (on al-Qaeda).',
    ),
    summary: 'Who the US authorities were.',
    citations: [
      note('cnn-2023-09-08-al-qaeda-unlikely-to-revive', 'Two senior officials briefed reporters.'),
      note('washington-post-2023-09-ignatius-taliban-al-qaeda', 'Cites the NCTC director’s statement of 11 September.'),
    ],
  },
  {
    id: 'check-washington-post-report-kind',
    about: 'washington-post-us-taliban-intelligence-report',
    field: 'title',
    aspect: 'identity',
    verdict: 'refines',
    value: text('An opinion column by David Ignatius, “The Taliban has all but destroyed al-Qaeda in Afghanistan”, not a news report'),
    summary: 'The Post item is an opinion column, relayed by TOLOnews in mid-September 2023.',
    citations: [
      note('washington-post-2023-09-ignatius-taliban-al-qaeda', 'The column, on a mirror copy.', 'headline'),
      note('tolonews-2023-09-ignatius-column', 'Reports the column.'),
    ],
  },
  {
    id: 'check-washington-post-report-date',
    about: 'washington-post-us-taliban-intelligence-report',
    field: 'date',
    aspect: 'date',
    verdict: 'unverified',
    summary:
      'No copy read prints the column’s date; it cites the NCTC statement of 11 September, so it is from that day on, which is consistent with Thursday 14 September.',
    sought: 'The publication day of the Ignatius column, in English and Russian relays.',
    citations: [note('tolonews-2023-09-ignatius-column', 'Reports the column without its date.')],
  },
  {
    id: 'check-washington-post-shares-intelligence-wording',
    about: 'washington-post-us-shares-intelligence',
    field: 'statement',
    aspect: 'wording',
    verdict: 'refines',
    value: text('Citing senior officials, the CIA shares counter-terrorism information with the Taliban, but not targeting data or actionable intelligence.'),
    summary:
      'The column also says Taliban raids removed at least eight ISIS-K leaders and that core al-Qaeda members in Afghanistan number fewer than a dozen.',
    citations: [
      note('washington-post-2023-09-ignatius-taliban-al-qaeda', 'The CIA shares counter-terrorism information, not targeting data.'),
      note('tolonews-2023-09-ignatius-column', 'Relays the same point.'),
    ],
  },
  {
    id: 'check-us-shares-intelligence-who',
    about: 'united-states-shares-intelligence-with-taliban',
    field: 'from',
    aspect: 'attribution',
    verdict: 'refines',
    value: text('The CIA'),
    summary: 'The sharer is the CIA, and the sharing excludes targeting data.',
    citations: [note('tolonews-2023-09-ignatius-column', 'Names the CIA as sharing information.')],
  },
  // The UN monitoring reports.
  {
    id: 'check-un-report-date',
    about: 'un-monitoring-report-release',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: on('2023-06-09', 'Friday 9 June 2023'),
    summary:
      'The report meant is most likely the 14th report of the 1988 Committee’s monitoring team, published on Friday 9 June 2023; the Taliban rejected it on 11 June.',
    citations: [
      note('hasht-e-subh-2023-06-un-report-20-groups', 'Says the report was published on Friday 9 June.'),
      note('ariana-2023-06-11-iea-unsc-report-biased', 'The Taliban’s rejection of 11 June.'),
    ],
  },
  {
    id: 'check-un-report-which',
    about: 'un-monitoring-report-release',
    field: 'title',
    aspect: 'identity',
    verdict: 'refines',
    value: text(
      'The 14th report of the Analytical Support and Sanctions Monitoring Team to the Security Council Committee established under resolution 1988 (2011), June 2023',
    ),
    summary:
      'The June 2023 report is the one with the “greater freedom of manoeuvre” finding; the list of Central Asian groups comes from the 1267 team’s 31st report of February 2023 (and its 32nd, S/2023/549 of 25 July 2023, is a further candidate).',
    citations: [
      note('voa-2023-afghanistan-terrorism-incubator', 'Cites the June report’s freedom-of-manoeuvre finding.'),
      note('the-hindu-2023-02-15-afghanistan-primary-source-of-threat', 'Reports the February 2023 report naming the Central Asian groups.'),
      note('un-monitoring-team-2023-07-25-s-2023-549', 'The 32nd report of the 1267 team.'),
    ],
  },
  {
    id: 'check-un-report-symbol',
    about: 'un-monitoring-report-release',
    field: 'title',
    aspect: 'identity',
    verdict: 'unverified',
    summary: 'The document symbol of the June 2023 report was not found in any page read.',
    sought: 'The UN document symbol (expected S/2023/370) of the 14th 1988-team report.',
    citations: [note('hasht-e-subh-2023-06-un-report-20-groups', 'Reports the report without its symbol.')],
  },
  {
    id: 'check-un-report-freedom-of-manoeuvre',
    about: 'un-monitoring-report-taliban-terror-ties',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary:
      'The June 2023 report says terrorist groups have greater freedom of manoeuvre under the Taliban, that the terrorist threat is rising in Afghanistan and the region, and that the Taliban have not met their Doha counter-terrorism commitments.',
    citations: [
      note('voa-2023-afghanistan-terrorism-incubator', 'Quotes the finding.'),
      note('daryo-2023-06-17-terrorist-threat-growing', 'Reports the rising threat.', 'headline'),
      note('ariana-2023-06-11-iea-unsc-report-biased', 'Carries the report’s finding.'),
    ],
  },
  {
    id: 'check-un-report-named-groups',
    about: 'un-monitoring-report-taliban-terror-ties',
    field: 'statement',
    aspect: 'attribution',
    verdict: 'refines',
    value: text(
      'The June 2023 report calls the Taliban’s relationship with al-Qaida and the TTP strong and symbiotic; the Central Asian groups (ETIM/TIP, IMU, Jamaat Ansarullah and others) are named in the 1267 team’s report of February 2023 as enjoying greater freedom of movement for want of a Taliban security strategy.',
    ),
    summary: 'The article blends two reports: the relays of the June report read do not name IMU, ETIM or Jamaat Ansarullah.',
    citations: [
      note('hasht-e-subh-2023-06-un-report-20-groups', 'Relationship with about 20 groups; al-Qaida and the TTP.', 'headline'),
      note('the-hindu-2023-02-15-afghanistan-primary-source-of-threat', 'Names the Central Asian groups.'),
    ],
  },
  {
    id: 'check-un-report-claim-date',
    about: 'un-monitoring-report-taliban-terror-ties',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: on('2023-06-09'),
    summary: 'The report was published on 9 June 2023.',
    citations: [note('hasht-e-subh-2023-06-un-report-20-groups', 'Says the report was published on Friday 9 June.')],
  },
  ...(['taliban-ties-with-imu', 'taliban-ties-with-etim', 'taliban-ties-with-jamaat-ansarullah'] as const).map((relation): Check => ({
    id: `check-${relation}`,
    about: relation,
    field: 'type',
    aspect: 'wording',
    verdict: 'refines',
    value: text(
      'Named by the 1267 monitoring team (February 2023) among groups with greater freedom of movement in Afghanistan, not as in a robust relationship with the Taliban',
    ),
    summary: 'What the UN monitors said of this group.',
    citations: [note('the-hindu-2023-02-15-afghanistan-primary-source-of-threat', 'Names the group among those with greater freedom of movement.')],
  })),
  // UNODC.
  {
    id: 'check-unodc-report-date',
    about: 'unodc-afghanistan-opium-report-2023',
    field: 'date',
    aspect: 'date',
    verdict: 'contradicts',
    value: on('2023-06-25', 'Sunday 25 June 2023'),
    summary:
      'The pairing of 6,200 tonnes in 2022 with 80% of global production is from UNODC’s World Drug Report 2023, released on Sunday 25 June 2023 (KabulNow itself reported it then), not “earlier this month” in September; no September release with these figures was found.',
    citations: [
      note('kabulnow-2023-06-afghanistan-80-percent-opium', 'The June 2023 report of the same figures.', 'headline'),
      note('bayan-2023-06-26-80-percent-opium', 'Reports the World Drug Report on 26 June.'),
    ],
  },
  {
    id: 'check-unodc-report-which',
    about: 'unodc-afghanistan-opium-report-2023',
    field: 'title',
    aspect: 'identity',
    verdict: 'refines',
    value: text('UNODC World Drug Report 2023'),
    summary: 'The publication is the World Drug Report 2023; the 6,200-tonne estimate itself was first published in UNODC’s survey of 1 November 2022.',
    adds: ['unodc-opium-survey-2022-release'],
    citations: [
      note('bayan-2023-06-26-80-percent-opium', 'Attributes the figures to the World Drug Report.'),
      note('app-2022-11-02-opium-cultivation-soars', 'The November 2022 survey.'),
    ],
  },
  {
    id: 'check-unodc-claim-date',
    about: 'unodc-afghanistan-opium-2022',
    field: 'date',
    aspect: 'date',
    verdict: 'contradicts',
    value: on('2023-06-25'),
    summary: 'UNODC stated the pairing on 25 June 2023.',
    citations: [note('bayan-2023-06-26-80-percent-opium', 'Reports the release of 25 June.')],
  },
  {
    id: 'check-opium-supply-figure',
    about: 'afghanistan-opium-supply-2022',
    field: 'value',
    aspect: 'figure',
    verdict: 'confirms',
    value: figure(6200, 'tonne', 'exact', '6,200 tons'),
    summary:
      '6,200 tonnes of opium produced in Afghanistan in 2022, about 10% less than in 2021 because of drought; first given in November 2022, when cultivation had risen by a third to 233,000 ha.',
    citations: [
      note('bayan-2023-06-26-80-percent-opium', 'Gives 6,200 tonnes for 2022.'),
      note('app-2022-11-02-opium-cultivation-soars', 'Gives 6,200 tonnes and the rise in cultivation.'),
      note('wion-2022-11-02-opium-cultivation-up', 'Gives the same figures.'),
    ],
  },
  {
    id: 'check-opiate-share-definition',
    about: 'afghanistan-share-of-global-opiate-production-2022',
    field: 'value',
    aspect: 'wording',
    verdict: 'refines',
    value: text(
      'Afghanistan’s estimated share of global opium production in 2022, from the World Drug Report 2023; not the share of global opiate users that the November 2022 survey put at about 80%',
    ),
    summary: 'The 80% is the World Drug Report 2023’s share of production; the November 2022 survey’s 80% measured another thing.',
    citations: [
      note('kabulnow-2023-06-afghanistan-80-percent-opium', 'Gives 80% of the world’s opium in 2022.', 'headline'),
      note('wion-2022-11-02-opium-cultivation-up', 'Gives the other 80% measure.'),
    ],
  },
  // The Taliban ban.
  {
    id: 'check-drug-ban-date',
    about: 'taliban-drug-ban-2022',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: on('2022-04-03', 'Sunday 3 April 2022'),
    summary: 'The ban was announced in Kabul on Sunday 3 April 2022.',
    citations: [
      note('dpa-2022-04-03-taliban-bans-poppy', 'Reports the ban on 3 April 2022.'),
      note('xinhua-2022-04-03-supreme-leader-bans-poppy', 'Reports the decree on 3 April 2022.'),
      note('afp-2022-04-04-taliban-chief-bans-poppy', 'Reports the announcement of the day before.'),
    ],
  },
  {
    id: 'check-drug-ban-announcer',
    about: 'taliban-drug-ban-2022',
    field: 'actors',
    aspect: 'attribution',
    verdict: 'refines',
    value: record('hibatullah-akhundzada'),
    summary:
      'A decree of the supreme leader Hibatullah Akhundzada, read out in Kabul by the chief spokesman Zabihullah Mujahid to reporters, diplomats and officials.',
    adds: ['hibatullah-akhundzada', 'zabihullah-mujahid'],
    citations: [
      note('afp-2022-04-04-taliban-chief-bans-poppy', 'The supreme leader’s decree, read by the spokesman.', 'headline'),
      note('media-line-2022-04-04-no-more-opium', 'The supreme leader’s ban.'),
    ],
  },
  {
    id: 'check-drug-ban-scope',
    about: 'taliban-drug-ban-2022',
    field: 'title',
    aspect: 'wording',
    verdict: 'confirms',
    summary: 'The decree bans poppy cultivation nationwide and the use, transport, trade, export and import of all narcotics: “plantation and trade”.',
    citations: [
      note('media-line-2022-04-04-no-more-opium', 'Lists the cultivation and trade bans.'),
      note('dpa-2022-04-03-taliban-bans-poppy', 'Lists the same scope.'),
    ],
  },
  // Mirziyoyev and Uzbekistan.
  {
    id: 'check-mirziyoyev-railway-wording',
    about: 'mirziyoyev-transport-routes-railway',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary:
      'In his speech at the Consultative Meeting of 14 September he backed the Trans-Afghan Railway and restoring Afghanistan’s internal transport routes.',
    citations: [
      note('amu-tv-2023-09-uzbek-president-afghanistan-security', 'Reports the railway and transport remarks.'),
      note('uzbek-president-2023-09-14-proposals-central-asia', 'The presidential press service’s account of the speech.'),
    ],
  },
  {
    id: 'check-mirziyoyev-railway-date',
    about: 'mirziyoyev-transport-routes-railway',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: on('2023-09-14'),
    summary: 'Said at the Consultative Meeting, 14 September 2023.',
    citations: [note('uzbek-president-2023-09-14-proposals-central-asia', 'The speech at the meeting of 14 September.')],
  },
  {
    id: 'check-mirziyoyev-dialogue-wording',
    about: 'mirziyoyev-dialogue-with-afghanistan',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary:
      'Same speech: dialogue with Afghanistan on border security, water use and trade, and a proposed group of Central Asian special representatives on Afghanistan. The security meant is border security.',
    citations: [note('amu-tv-2023-09-uzbek-president-afghanistan-security', 'Reports the dialogue remarks.')],
  },
  {
    id: 'check-mirziyoyev-dialogue-date',
    about: 'mirziyoyev-dialogue-with-afghanistan',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: on('2023-09-14'),
    summary: 'Said at the Consultative Meeting, 14 September 2023.',
    citations: [note('amu-tv-2023-09-uzbek-president-afghanistan-security', 'The speech at the summit.')],
  },
  {
    id: 'check-uzbekistan-trade-potential-wording',
    about: 'uzbekistan-afghan-trade-potential',
    field: 'statement',
    aspect: 'wording',
    verdict: 'unverified',
    summary:
      'The accounts read mention integrating Afghanistan into regional economic processes and the railway, but none has the remark on trade through landlocked Afghanistan.',
    sought: 'Mirziyoyev’s or Uzbekistan’s wording on the potential for trade through landlocked Afghanistan, September 2023.',
    citations: [note('daryo-2023-09-15-mirziyoyev-initiatives', 'Reports the proposals of the speech.')],
  },
  {
    id: 'check-mirziyoyev-qush-tepa-occasion',
    about: 'mirziyoyev-qush-tepa-water-balance',
    field: 'incident',
    aspect: 'identity',
    verdict: 'refines',
    value: record('ifas-heads-of-state-meeting-2023-09'),
    summary:
      'The remark that Qosh Tepa could radically change the water regime and balance of Central Asia was made on 15 September 2023 at the IFAS heads-of-state council in Dushanbe, the day after the Consultative Meeting, not at it; he called Afghanistan a new water user bound by no obligations and proposed a joint working group on the canal.',
    adds: ['ifas-heads-of-state-meeting-2023-09'],
    citations: [
      note('qalampir-2023-09-15-mirziyoyev-qoshtepa', 'The remark at the IFAS meeting of 15 September.', 'headline'),
      note('uzbek-mfa-2023-09-15-ifas-council', 'The speech at the IFAS council.'),
      note('golos-tj-2023-09-mirziyoyev-qosh-tepa', 'Relays the remark.'),
    ],
  },
  {
    id: 'check-mirziyoyev-qush-tepa-date',
    about: 'mirziyoyev-qush-tepa-water-balance',
    field: 'date',
    aspect: 'date',
    verdict: 'refines',
    value: on('2023-09-15', 'Friday 15 September 2023'),
    summary: 'Said on 15 September 2023.',
    citations: [note('qalampir-2023-09-15-mirziyoyev-qoshtepa', 'Report of 15 September on the remark made that day.')],
  },
  ...(
    [
      ['check-mirziyoyev-railway-occasion', 'mirziyoyev-transport-routes-railway'],
      ['check-mirziyoyev-dialogue-occasion', 'mirziyoyev-dialogue-with-afghanistan'],
    ] as const
  ).map(([id, claim]): Check => ({
    id,
    about: claim,
    field: 'incident',
    aspect: 'identity',
    verdict: 'refines',
    value: record('central-asia-consultative-meeting-2023'),
    summary: 'Said in his speech at the Consultative Meeting of 14 September 2023: the occasion the article leaves unstated is confirmed.',
    citations: [
      note('uzbek-president-2023-09-14-proposals-central-asia', 'The press service’s account of his speech at the meeting.'),
      note('amu-tv-2023-09-uzbek-president-afghanistan-security', 'Reports the speech at the summit.'),
    ],
  })),
  // The Central Asian states' concerns.
  {
    id: 'check-central-asian-states-worried',
    about: 'central-asian-states-worried-terror-threat',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary:
      'Rahmon and Mirziyoyev both named Afghanistan’s situation among the chief factors for Central Asian security at the summit, and Kazakhstan’s security committee named the Afghan threat the week before.',
    citations: [
      note('ghroona-2023-09-rahmon-terrorist-activity', 'Rahmon on rising terrorist activity in Afghanistan.'),
      note('amu-tv-2023-09-uzbek-president-afghanistan-security', 'Mirziyoyev on Afghanistan and Central Asian security.', 'headline'),
      note('interfax-2023-09-08-knb-afghanistan-threat', 'The Kazakh committee on the Afghan threat.'),
    ],
  },
  {
    id: 'check-central-asian-states-spillover',
    about: 'central-asian-states-fear-spillover',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary: 'Rahmon spoke of attempts to break through the border, and Mirziyoyev called for dialogue with Afghanistan on border security.',
    citations: [
      note('zorkul-novosti-2023-09-rahmon-concerns', 'Rahmon on attempts to cross the border.'),
      note('amu-tv-2023-09-uzbek-president-afghanistan-security', 'Mirziyoyev on dialogue about border security.'),
    ],
  },
  {
    id: 'check-central-asian-states-cooperation',
    about: 'central-asian-states-afghan-cooperation-critical',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary:
      'Mirziyoyev called the situation in Afghanistan one of the most important factors for the region’s security and called for open dialogue with its authorities and its integration into regional economic processes.',
    citations: [
      note('amu-tv-2023-09-uzbek-president-afghanistan-security', 'Reports the remarks.'),
      note('uzbek-president-2023-09-14-proposals-central-asia', 'The press service’s account.'),
    ],
  },
  // The Taliban.
  {
    id: 'check-taliban-contained-iskp-wording',
    about: 'taliban-contained-iskp',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary:
      'The chief spokesman said on 26 August 2023 that Taliban operations had destroyed ISIS’s operational capability and reduced its activity in Afghanistan to zero over the past year; around 9 September he answered the US assessment that no terrorist group exists on Afghan soil.',
    citations: [
      note('anadolu-2023-08-27-taliban-rebuffs-un-report', 'The spokesman’s reply of 26 August.'),
      note('tolonews-2023-09-09-al-qaeda-unlikely-to-revive', 'The spokesman’s reply to the US assessment.'),
    ],
  },
  {
    id: 'check-taliban-contained-iskp-claimant',
    about: 'taliban-contained-iskp',
    field: 'claimant',
    aspect: 'attribution',
    verdict: 'refines',
    value: record('zabihullah-mujahid'),
    summary: 'Said by the chief spokesman, Zabihullah Mujahid.',
    adds: ['zabihullah-mujahid'],
    citations: [note('anadolu-2023-08-27-taliban-rebuffs-un-report', 'Names the spokesman.')],
  },
  {
    id: 'check-taliban-territory-wording',
    about: 'taliban-territory-not-used-against-others',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary: 'A formula the Taliban repeat: on 11 June 2023 in rejecting the UN monitors’ report, on 9 August 2023, and around 9 September 2023.',
    citations: [
      note('bayan-2023-06-11-mujahid-report-baseless', 'The rejection of 11 June.'),
      note('tkg-2023-08-09-soil-not-a-threat', 'The statement of 9 August.', 'headline'),
      note('tolonews-2023-09-09-al-qaeda-unlikely-to-revive', 'The reply of about 9 September.'),
    ],
  },
  {
    id: 'check-taliban-territory-claimant',
    about: 'taliban-territory-not-used-against-others',
    field: 'claimant',
    aspect: 'attribution',
    verdict: 'refines',
    value: record('zabihullah-mujahid'),
    summary: 'Said by the chief spokesman, Zabihullah Mujahid.',
    citations: [note('tkg-2023-08-09-soil-not-a-threat', 'Names the spokesman.', 'headline')],
  },
  // Qosh Tepa.
  {
    id: 'check-qush-tepa-concerns',
    about: 'kabulnow-qush-tepa-water-concerns',
    field: 'statement',
    aspect: 'wording',
    verdict: 'confirms',
    summary:
      'The downstream concern is documented: the Ashgabat meeting of Turkmenistan, Tajikistan and Uzbekistan on 4 August 2023 took up water, and Uzbekistan planned a delegation to Afghanistan on the canal.',
    citations: [
      note('uza-2023-08-water-security-format', 'The trilateral meeting on water.'),
      note('intellinews-2023-10-19-uzbek-delegation-qosh-tepa', 'The planned Uzbek delegation.', 'headline'),
    ],
  },
  {
    id: 'check-qush-tepa-construction-state',
    about: 'qush-tepa-canal-construction',
    field: 'date',
    aspect: 'date',
    verdict: 'confirms',
    summary:
      'Under construction when the article was written: ground was broken on 30 March 2022 in Kaldar district (Balkh), and the first phase (108 km) was completed on 11 October 2023. The Washington Post dates the start of works to 2021, under the previous government: a disagreement kept as such.',
    citations: [
      note('cawater-2023-qosh-tepa-construction', 'Groundbreaking on 30 March 2022.'),
      note('anadolu-2023-10-12-qosh-tepa-first-phase', 'First phase completed.', 'headline'),
      note('washington-post-2023-08-qosh-tepa-canal', 'Dates the start to 2021.'),
    ],
  },
  {
    id: 'check-qush-tepa-builder',
    about: 'qush-tepa-canal-construction',
    field: 'actors.0.actor',
    aspect: 'attribution',
    verdict: 'refines',
    value: text('The National Development Company of the Taliban administration, state-owned and domestically funded'),
    summary: 'Who builds the canal.',
    citations: [note('washington-post-2023-08-qosh-tepa-canal', 'Names the builder.'), note('salamnews-2023-03-28-canal-first-stages', 'Names the builder.')],
  },
  {
    id: 'check-qush-tepa-route',
    about: 'qush-tepa-canal',
    field: 'name',
    aspect: 'place',
    verdict: 'refines',
    value: text(
      'Intake on the Amu Darya in Kaldar district, Balkh province; through Jowzjan to Andkhoy district, Faryab province; planned length 285 km (the Washington Post gives about 185 km)',
    ),
    summary: 'The canal’s course and length; two primary figures for its length are kept.',
    citations: [
      note('cawater-2023-qosh-tepa-construction', 'Intake in Kaldar district.'),
      note('salamnews-2023-03-28-canal-first-stages', 'Length and route.'),
      note('washington-post-2023-08-qosh-tepa-canal', 'Gives 115 miles.'),
    ],
  },
  // Relations between actors that the primary sources bear on.
  ...(
    [
      [
        'emomali-rahmon-leads-tajikistan',
        'tajik-president-2023-09-14-fifth-consultative-meeting',
        'The Tajik presidential office’s release presents Rahmon as President of Tajikistan, chairing the meeting.',
      ],
      [
        'shavkat-mirziyoyev-leads-uzbekistan',
        'uzbek-president-2023-09-14-proposals-central-asia',
        'The Uzbek presidential press service reports Mirziyoyev’s speech as President of Uzbekistan.',
      ],
      [
        'tajikistan-member-of-central-asian-states',
        'nca-2023-09-15-consultative-meeting-outcomes',
        'Tajikistan’s president hosted the meeting of the five Central Asian heads of state.',
      ],
      [
        'uzbekistan-member-of-central-asian-states',
        'nca-2023-09-15-consultative-meeting-outcomes',
        'Uzbekistan’s president took part as one of the five Central Asian heads of state.',
      ],
      [
        'jamaat-ansarullah-hostile-to-tajikistan',
        'upl-2023-09-terrorists-planned-attack-independence-day',
        'The security committee said the group’s militants planned an attack in Tajikistan on Independence Day.',
      ],
      [
        'tajikistan-borders-afghanistan',
        'rferl-2023-09-06-tajikistan-militants-killed',
        'The militants crossed into Tajikistan from Afghanistan, over their shared border.',
      ],
      [
        'central-asian-states-concerned-about-afghanistan',
        'amu-tv-2023-09-uzbek-president-afghanistan-security',
        'At the summit the Uzbek and Tajik presidents named Afghanistan among the chief factors for the region’s security.',
      ],
      [
        'sco-rats-part-of-sco',
        'kazinform-2023-09-05-astana-to-host-rats-council',
        'The Regional Anti-Terrorist Structure’s council is the SCO’s body of security services.',
      ],
      [
        'kazakhstan-member-of-sco',
        'aif-2023-09-11-sco-security-services',
        'Lists Kazakhstan’s security service among the SCO members’ services at the council.',
      ],
    ] as const
  ).map(([relation, source, summary]): Check => ({
    id: `check-${relation}`,
    about: relation,
    field: 'type',
    aspect: 'wording',
    verdict: 'confirms',
    summary,
    citations: [note(source, summary)],
  })),
  {
    id: 'check-uzbekistan-diplomatic-ties-taliban',
    about: 'uzbekistan-diplomatic-ties-taliban',
    field: 'type',
    aspect: 'wording',
    verdict: 'refines',
    value: text(
      'Uzbekistan’s president calls for continuous open dialogue with the current Afghan authorities and cooperation resting on a shared understanding of interests',
    ),
    summary: 'What the ties are, in Mirziyoyev’s speech of 14 September 2023.',
    citations: [note('amu-tv-2023-09-uzbek-president-afghanistan-security', 'Reports the call for dialogue with the Afghan authorities.')],
  },
  // Records the article dates from general knowledge only.
  {
    id: 'check-us-withdrawal',
    about: 'us-withdrawal-from-afghanistan',
    field: 'date',
    aspect: 'date',
    verdict: 'unverified',
    summary: 'No primary source on the US withdrawal was read; the record rests on the article alone.',
    sought: NONE_SEARCHED,
    citations: cite('purportedly left behind by the US during the Afghanistan exit'),
  },
];

import type { Incident } from '../src/schema/index.js';
import { cite } from './cite.js';
import {
  BADAKHSHAN_KILLING_DAYS,
  RATS_COUNCIL_WEEK,
  SEIZURE_PERIOD,
  SUMMIT_DAY,
  TALIBAN_ERA_TO_PUBLICATION,
  US_STATEMENT_DAYS,
  atPublication,
  published,
  stated,
} from './dates.js';

const SPEAKERS_AT_SUMMIT_INFERENCE =
  'The article reports Mirziyoyev’s and Uzbekistan’s remarks after its account of the summit, in the same past tense as Rahmon’s remarks there, but does not say where or when they were made; that he spoke at the summit is likely, not stated.';

/** The Kazakh official's statement, placed at the council; repeated on his claim. */
export const KAZAKH_OFFICIAL_AT_COUNCIL =
  'The article reports the statement in its paragraph on last week’s SCO anti-terrorist council, right after the members’ concerns there; it does not say outright that it was made at the council.';

const US_STATEMENT_BOUND =
  '"Earlier this week" against the publication interval gives 11–17 September 2023; "These security concerns come after the US authorities said", and the concerns were voiced at the summit of 14 September, so the statement came on the 14th at the latest.';

/** Why "last week’s" is the ISO week before the summit's; repeated on each record dated by it. */
export const LAST_WEEK_INFERENCE =
  '"Last week’s" against the publication interval (14–17 September 2023) with ISO weeks (Monday to Sunday) is 4–10 September 2023, the week before the summit’s. With Sunday or Saturday weeks the publication window would shrink to the summit’s own week as well, and "last week" would still be the week before it (3–9 or 2–8 September).';

export const incidents: Incident[] = [
  {
    id: 'central-asia-consultative-meeting-2023',
    type: 'meeting',
    title: '5th Consultative Meeting of the Heads of States of Central Asia',
    date: SUMMIT_DAY,
    place: 'dushanbe',
    actors: [
      { actor: 'tajikistan', role: 'host' },
      { actor: 'central-asian-states', role: 'participant' },
      { actor: 'emomali-rahmon', role: 'speaker' },
      { actor: 'shavkat-mirziyoyev', role: 'speaker' },
    ],
    inferred: [
      {
        field: 'actors.0',
        reasoning: 'The text gives only the venue, "in Dushanbe, the capital of Tajikistan"; that Tajikistan hosted the meeting is inferred from it.',
      },
      { field: 'actors.3', reasoning: SPEAKERS_AT_SUMMIT_INFERENCE },
    ],
    citations: cite(
      'the 5th Consultative Meeting of the Heads of States of Central Asia, held on Thursday, September 14, in Dushanbe, the capital of Tajikistan',
    ),
  },
  {
    id: 'badakhshan-border-incursion-2023-09',
    type: 'clash',
    title: 'Tajik security forces reportedly kill three Jamaat Ansarullah militants in Badakhshan',
    date: BADAKHSHAN_KILLING_DAYS,
    place: 'badakhshan-tajikistan',
    actors: [
      { actor: 'jamaat-ansarullah', role: 'perpetrator' },
      { actor: 'tajik-security-forces', role: 'responder' },
    ],
    fatalities: { value: 3, unit: 'person', qualifier: 'exact', text: 'killed three militants' },
    description:
      'Tajik security forces reportedly killed three militants of the banned Jamaat Ansarullah who had illegally entered Tajik territory from Afghanistan. The date is the killing’s: the text does not date the entry, only that it came before. According to the Tajik authorities, the militants intended terrorist acts after smuggling explosives and weapons. The three dead are the militants.',
    notes:
      'The id keeps its published name; the record is the incident the article dates, the killing. The militants’ earlier crossing is undated in the text and is not given a date here.',
    inferred: [
      {
        field: 'date.end',
        reasoning:
          '"Earlier this month" against the publication interval gives 1–17 September 2023; Rahmon referred to the incident in his speech of 14 September, so it happened on the 14th at the latest.',
      },
      {
        field: 'actors.0',
        reasoning: 'The militants are "of the banned Jamaat Ansarullah"; the group as perpetrator stands for its three militants.',
      },
    ],
    citations: cite(
      'an incident earlier this month in the country’s southeastern province of Badakhshan where Tajik security forces reportedly killed three militants of the banned Jamaat Ansarullah who had illegally entered Tajik territory from Afghanistan',
      'Tajik authorities said the militants intended to carry out “terrorist acts” after smuggling explosives and weapons',
    ),
  },
  {
    id: 'us-withdrawal-from-afghanistan',
    type: 'military-withdrawal',
    title: 'US exit from Afghanistan',
    date: { ...stated('2021'), text: 'during the Afghanistan exit' },
    place: 'afghanistan-territory',
    actors: [{ actor: 'united-states', role: 'subject' }],
    inferred: [
      {
        field: 'date',
        reasoning:
          'The text gives no date for "the Afghanistan exit". General knowledge, not the source: the US withdrawal from Afghanistan ended on 30 August 2021; the record claims only the year.',
      },
    ],
    citations: cite('left behind by the US during the Afghanistan exit'),
  },
  {
    id: 'us-authorities-iskp-assessment-2023-09',
    type: 'statement',
    title: 'US authorities assess that ISKP cannot mount operations in the foreseeable future',
    date: US_STATEMENT_DAYS,
    actors: [
      { actor: 'us-authorities', role: 'speaker' },
      { actor: 'iskp', role: 'subject' },
    ],
    inferred: [{ field: 'date.end', reasoning: US_STATEMENT_BOUND }],
    citations: cite(
      'These security concerns come after the US authorities said earlier this week that their analysis shows the Islamic State–Khorasan Province (ISKP) is incapable of mounting operations in the foreseeable future',
    ),
  },
  {
    id: 'washington-post-us-taliban-intelligence-report',
    type: 'report-release',
    title: 'The Washington Post reports that the US shares counter-terrorism intelligence with the Taliban',
    date: published('on Thursday'),
    actors: [
      { actor: 'washington-post', role: 'publisher' },
      { actor: 'united-states', role: 'subject' },
      { actor: 'taliban', role: 'subject' },
    ],
    citations: cite('The Washington Post reported on Thursday that the US shares counter-terrorism intelligence with the Taliban.'),
  },
  {
    id: 'sco-rats-council-2023-09',
    type: 'meeting',
    title: 'SCO Regional Anti-Terrorist Structure Council',
    date: RATS_COUNCIL_WEEK,
    actors: [
      { actor: 'sco-regional-anti-terrorist-structure', role: 'host' },
      { actor: 'shanghai-cooperation-organization', role: 'participant' },
      { actor: 'kazakhstan-knb-deputy-chairman', role: 'speaker' },
    ],
    inferred: [
      { field: 'date', reasoning: LAST_WEEK_INFERENCE },
      { field: 'actors.2', reasoning: KAZAKH_OFFICIAL_AT_COUNCIL },
    ],
    citations: cite('In last week’s SCO Regional Anti-Terrorist Structure Council, the Shanghai Cooperation Organization members also expressed concerns'),
  },
  {
    id: 'un-monitoring-report-release',
    type: 'report-release',
    title: 'UN Security Council monitoring report on the Taliban’s ties with terrorist groups',
    date: TALIBAN_ERA_TO_PUBLICATION,
    actors: [
      { actor: 'un-security-council', role: 'author' },
      { actor: 'taliban', role: 'subject' },
    ],
    inferred: [
      {
        field: 'date',
        reasoning:
          'The text gives no date. The report describes the Taliban in power, so it is from after their return on 15 August 2021 (general knowledge), and it precedes the article.',
      },
    ],
    citations: cite('The UN Security Council monitoring report stated that the Taliban maintains a robust relationship with terror groups'),
  },
  {
    id: 'tajik-border-narcotics-seizures',
    type: 'seizure',
    title: 'Tajik authorities seized about five tonnes of narcotics along the border with Afghanistan, according to Rahmon',
    date: SEIZURE_PERIOD,
    place: 'tajikistan-afghanistan-border',
    actors: [{ actor: 'tajik-authorities', role: 'responder' }],
    description:
      'Known only from Rahmon’s remarks (claim rahmon-narcotics-seizures); seizures over a period the text does not state. The figure is observation tajikistan-narcotics-seized.',
    inferred: [
      {
        field: 'date',
        reasoning:
          'The text gives no period. Compared with 2021, the seizures are from after 2021; reported in the speech of 14 September 2023, from no later than that.',
      },
    ],
    citations: cite('Tajik authorities seized about five tonnes of narcotics along the border with Afghanistan'),
  },
  {
    id: 'unodc-afghanistan-opium-report-2023',
    type: 'report-release',
    title: 'UNODC reports Afghanistan’s 2022 opium supply',
    date: published('earlier this month'),
    actors: [
      { actor: 'unodc', role: 'author' },
      { actor: 'afghanistan', role: 'subject' },
    ],
    citations: cite('Earlier this month, the UN Office on Drugs and Crime reported that Afghanistan supplied 6,200 tons of opium in 2022'),
  },
  {
    id: 'taliban-drug-ban-2022',
    type: 'policy-announcement',
    title: 'The Taliban announce a ban on plantation and trade',
    date: stated('April 2022'),
    place: 'afghanistan-territory',
    actors: [{ actor: 'taliban', role: 'announcer' }],
    citations: cite('the Taliban ban on plantation and trade announced in April 2022'),
  },
  {
    id: 'qush-tepa-canal-construction',
    type: 'construction',
    title: 'Construction of the Qush Tepa canal',
    date: atPublication('under construction'),
    place: 'qush-tepa-canal',
    actors: [{ actor: 'afghanistan', role: 'builder' }],
    description: 'Under construction when the article was written; the article gives no start date.',
    notes: 'An ongoing state rather than a dated event; coded as an incident so that the canal claims have an event to point to.',
    inferred: [
      { field: 'date', reasoning: 'The text says only that the canal is "under construction" when it writes, so the date is the publication interval.' },
      { field: 'actors.0', reasoning: 'The builder is read from the possessive "Afghanistan’s Qush Tepa canal"; the text names no builder.' },
    ],
    citations: cite('Afghanistan’s Qush Tepa canal under construction has spurred concerns over Uzbekistan and Turkmenistan downstream'),
  },
];

import type { Claim, Position } from '../src/schema/index.js';
import { cite } from './cite.js';
import {
  BADAKHSHAN_KILLING_DAYS,
  RATS_COUNCIL_WEEK,
  SUMMIT_DAY,
  TALIBAN_ERA_TO_PUBLICATION,
  US_STATEMENT_DAYS,
  atPublication,
  between,
  published,
} from './dates.js';
import { KAZAKH_OFFICIAL_AT_COUNCIL, LAST_WEEK_INFERENCE } from './incidents.js';

/** The propositions claims take sides on; claims on opposite sides of one are contradictions. */
const TOPICS = {
  iskpThreatRising: { topic: 'iskp-threat-rising', question: 'Is the threat from ISKP rising?' },
  terrorThreatFromAfghanistanRising: {
    topic: 'terror-threat-from-afghanistan-rising',
    question: 'Is the terrorist threat from Afghanistan to its neighbours rising?',
  },
  terrorGroupsFreeInAfghanistan: {
    topic: 'terror-groups-free-in-afghanistan',
    question: 'Do terrorist groups operate from Afghanistan with the Taliban’s tolerance?',
  },
} as const;

/** What a position asserts, where and when: claims contradict only where their scopes meet. */
type Scope = NonNullable<Position['scope']>;

function affirms(topic: keyof typeof TOPICS, scope: Scope): Position {
  return { ...TOPICS[topic], stance: 'affirms', scope };
}

function denies(topic: keyof typeof TOPICS, scope: Scope): Position {
  return { ...TOPICS[topic], stance: 'denies', scope };
}

/** Dated to the publication interval because the text dates it only by its own tense. */
function presentTense(word: string): Claim['inferred'] {
  return [{ field: 'date', reasoning: `Undated; reported in the present tense ("${word}"), so dated to the publication interval.` }];
}

/** Dates a claim to the summit, and ties it to the summit, for one reason given twice. */
function atSummit(reasoning: string): Claim['inferred'] {
  return [
    { field: 'date', reasoning },
    { field: 'incident', reasoning },
  ];
}

const TAJIK_MEDIA = [{ description: 'cited in a Tajik media' }];

const QUOTE_AT_SUMMIT = atSummit(
  'The quote follows the account of Rahmon’s remarks at the summit of 14 September 2023, and the article goes on "In his remarks, Mr. Rahmon also…"; it does not say outright that the quoted words were said there.',
);

/** Mirziyoyev's and Uzbekistan's remarks: the text neither dates nor places them. */
const UNDATED_REMARKS: Claim['inferred'] = [
  {
    field: 'date',
    reasoning:
      'The text neither dates nor places the remarks; it reports them in the past tense after its account of the summit of 14 September 2023, in a passage on relations with the Taliban’s Afghanistan. They are dated from the Taliban’s return (15 August 2021, general knowledge) to the end of the publication interval; the summit is a likely occasion but not stated.',
  },
];
const UNDATED_REMARKS_DATE = { ...TALIBAN_ERA_TO_PUBLICATION, text: 'said (undated)' };

const rahmon: Claim[] = [
  {
    id: 'rahmon-terrorist-activity-increase',
    claimant: 'emomali-rahmon',
    about: ['afghanistan'],
    statement: 'Terrorist groups have increased their activities inside Afghanistan.',
    date: SUMMIT_DAY,
    incident: 'central-asia-consultative-meeting-2023',
    position: affirms('terrorThreatFromAfghanistanRising', { aspect: 'trend', place: 'afghanistan-territory', text: 'inside Afghanistan' }),
    citations: cite(
      'Tajikistan President Emomali Rahmon highlighted the increase in activities of terrorist groups inside Afghanistan at the 5th Consultative Meeting of the Heads of States of Central Asia',
    ),
  },
  {
    id: 'rahmon-border-breakthrough-attempts-recent-years',
    claimant: 'emomali-rahmon',
    about: ['tajikistan', 'tajikistan-afghanistan-border'],
    statement: 'In recent years various terrorist groups have tried to break through and illegally cross Tajikistan’s state border.',
    date: SUMMIT_DAY,
    incident: 'central-asia-consultative-meeting-2023',
    via: TAJIK_MEDIA,
    inferred: [
      ...QUOTE_AT_SUMMIT!,
      {
        field: 'about.1',
        reasoning:
          'Rahmon says only "the state border"; the Tajik–Afghan border is read from the article’s context (threats from Afghanistan, militants who entered from Afghanistan). His words name neither Afghanistan nor any increase, so the claim takes no position on a rising threat from Afghanistan.',
      },
    ],
    citations: cite(
      '“In recent years, we have encountered attempts by various terrorist groups to break through and illegally cross the state border,” Tajik president, Imam Ali Rahmon was cited in a Tajik media saying',
    ),
  },
  {
    id: 'rahmon-prevented-border-breakthroughs',
    claimant: 'emomali-rahmon',
    about: ['tajikistan'],
    statement:
      'Tajikistan recently prevented two attempts by militants to break through its border; they aimed to commit a series of terrorist attacks in the capital and other regions.',
    date: SUMMIT_DAY,
    incident: 'central-asia-consultative-meeting-2023',
    via: TAJIK_MEDIA,
    inferred: QUOTE_AT_SUMMIT,
    notes: 'The link to the Badakhshan incident is the article’s, not Rahmon’s: see claim kabulnow-rahmon-referred-to-badakhshan.',
    citations: cite(
      'Not long ago we prevented two attempts by militants to break through the border. They aimed to commit a series of terrorist attacks in the capital and other regions of Tajikistan.',
    ),
  },
  {
    id: 'kabulnow-rahmon-referred-to-badakhshan',
    claimant: 'kabulnow',
    about: ['rahmon-prevented-border-breakthroughs', 'badakhshan-border-incursion-2023-09'],
    statement: 'Rahmon’s remark about prevented border breakthroughs referred to the Badakhshan incident earlier this month.',
    date: atPublication('was referring to'),
    notes: 'The article does not say whether the incident was one of Rahmon’s two attempts or both.',
    inferred: [{ field: 'date', reasoning: 'The article’s own gloss, made when it was written: dated to the publication interval.' }],
    citations: cite('Mr. Rahmon was referring to an incident earlier this month'),
  },
  {
    id: 'rahmon-narcotics-seizures',
    claimant: 'emomali-rahmon',
    about: ['tajik-authorities', 'tajik-border-narcotics-seizures'],
    statement: 'The drug trade is surging; Tajik authorities seized about five tonnes of narcotics along the border with Afghanistan.',
    date: SUMMIT_DAY,
    incident: 'central-asia-consultative-meeting-2023',
    notes:
      '"Signaling a 22% increase compared to 2021" may be Rahmon’s figure or the article’s gloss; the text does not say, so the statement leaves it out and the observation tajikistan-narcotics-seized marks its attribution as uncertain.',
    citations: cite(
      'In his remarks, Mr. Rahmon also highlighted the surge in the drug trade and said that Tajik authorities seized about five tonnes of narcotics along the border with Afghanistan, signaling a 22% increase compared to 2021.',
    ),
  },
];

const onTheThreat: Claim[] = [
  {
    id: 'central-asian-states-worried-terror-threat',
    claimant: 'central-asian-states',
    about: ['afghanistan'],
    statement: 'Afghanistan’s Central Asian neighbours are increasingly worried about terrorism threats from Afghanistan and their regional implications.',
    date: atPublication('say'),
    inferred: presentTense('say'),
    position: affirms('terrorThreatFromAfghanistanRising', { aspect: 'trend', text: 'emanating from Afghanistan and their regional implications' }),
    citations: cite(
      'Afghanistan’s Central Asian neighbors say they are growingly worried about terrorism threats emanating from Afghanistan and their regional implications.',
    ),
  },
  {
    id: 'central-asian-states-fear-spillover',
    claimant: 'central-asian-states',
    about: ['afghanistan'],
    statement: 'The Central Asian states fear a potential spillover into the borders they share with Afghanistan.',
    date: atPublication('mounting fears'),
    via: [{ actor: 'kabulnow', description: 'the article’s own characterisation of the states’ fears' }],
    inferred: [
      { field: 'date', reasoning: 'Undated; the article characterises the fears as current ("mounting fears"), so dated to the publication interval.' },
    ],
    position: affirms('terrorThreatFromAfghanistanRising', { aspect: 'trend', text: 'a potential spillover into borders they share with Afghanistan' }),
    citations: cite('Despite mounting fears among the Central Asian states of a potential spillover into borders they share with Afghanistan'),
  },
  {
    id: 'tajik-authorities-militants-intended-terrorist-acts',
    claimant: 'tajik-authorities',
    about: ['jamaat-ansarullah', 'badakhshan-border-incursion-2023-09', 'united-states'],
    statement:
      'The militants intended to carry out terrorist acts after smuggling explosives and weapons, including American assault rifles and night-vision goggles said to have been left behind by the US when it left Afghanistan.',
    date: between(BADAKHSHAN_KILLING_DAYS, atPublication('said'), 'said (undated)'),
    notes: '"Purportedly" is the article’s hedge on where the weapons came from.',
    inferred: [
      {
        field: 'date',
        reasoning:
          'Undated; made after the killing in Badakhshan ("earlier this month": from 1 September 2023) and before the article (17 September 2023 at the latest).',
      },
    ],
    citations: cite(
      'Tajik authorities said the militants intended to carry out “terrorist acts” after smuggling explosives and weapons—including American assault rifles and night-vision goggles purportedly left behind by the US during the Afghanistan exit.',
    ),
  },
  {
    id: 'us-authorities-iskp-incapable',
    claimant: 'us-authorities',
    about: ['iskp'],
    statement: 'US analysis shows that ISKP is incapable of mounting operations in the foreseeable future.',
    date: US_STATEMENT_DAYS,
    incident: 'us-authorities-iskp-assessment-2023-09',
    inferred: [
      {
        field: 'date.end',
        reasoning:
          '"Earlier this week" against the publication interval gives 11–17 September 2023; the concerns voiced at the summit of 14 September "come after" the statement, so it is from the 14th at the latest.',
      },
    ],
    position: denies('iskpThreatRising', { aspect: 'capability', text: 'incapable of mounting operations in the foreseeable future' }),
    citations: cite(
      'These security concerns come after the US authorities said earlier this week that their analysis shows the Islamic State–Khorasan Province (ISKP) is incapable of mounting operations in the foreseeable future',
    ),
  },
  {
    id: 'washington-post-us-shares-intelligence',
    claimant: 'washington-post',
    about: ['united-states', 'taliban'],
    statement: 'The US shares counter-terrorism intelligence with the Taliban.',
    date: published('on Thursday'),
    incident: 'washington-post-us-taliban-intelligence-report',
    citations: cite('The Washington Post reported on Thursday that the US shares counter-terrorism intelligence with the Taliban.'),
  },
  {
    id: 'sco-members-rising-terror-threat',
    claimant: 'sco-member-states',
    about: ['afghanistan'],
    statement: 'SCO members are concerned about the rising threat of terrorism from Afghanistan.',
    date: RATS_COUNCIL_WEEK,
    incident: 'sco-rats-council-2023-09',
    inferred: [{ field: 'date', reasoning: LAST_WEEK_INFERENCE }],
    position: affirms('terrorThreatFromAfghanistanRising', { aspect: 'trend', text: 'the rising threat of terrorism from Afghanistan' }),
    citations: cite('the Shanghai Cooperation Organization members also expressed concerns over the rising threat of terrorism from Afghanistan'),
  },
  {
    id: 'kazakhstan-knb-deputy-sco-attacks',
    claimant: 'kazakhstan-knb-deputy-chairman',
    about: ['shanghai-cooperation-organization', 'iskp'],
    statement:
      'There have been at least 80 high-profile terror attacks in SCO member countries in the last three years, and threats from the ISKP are rising in the region.',
    date: RATS_COUNCIL_WEEK,
    incident: 'sco-rats-council-2023-09',
    position: affirms('iskpThreatRising', { aspect: 'trend', text: 'in the region' }),
    inferred: [
      { field: 'incident', reasoning: `${KAZAKH_OFFICIAL_AT_COUNCIL} Its date is the council’s.` },
      { field: 'date', reasoning: LAST_WEEK_INFERENCE },
    ],
    citations: cite(
      'Kazakhstan’s Deputy Chairman of the National Security Committee said there have been at least 80 high-profile terror attacks in SCO member countries in the last three years, adding that threats from the ISKP are rising in the region.',
    ),
  },
  {
    id: 'taliban-contained-iskp',
    claimant: 'taliban',
    about: ['iskp', 'afghanistan'],
    statement: 'The Taliban has contained the ISKP threat in Afghanistan.',
    date: atPublication('says'),
    position: denies('iskpThreatRising', { aspect: 'control', place: 'afghanistan-territory', text: 'contained the ISKP threat in Afghanistan' }),
    inferred: presentTense('says'),
    citations: cite('the Taliban says it has contained the ISKP threat in Afghanistan'),
  },
  {
    id: 'taliban-territory-not-used-against-others',
    claimant: 'taliban',
    about: ['afghanistan'],
    statement: 'The Taliban will not allow Afghanistan’s territory to be used against any country.',
    date: atPublication('says'),
    position: denies('terrorGroupsFreeInAfghanistan', {
      aspect: 'presence',
      place: 'afghanistan-territory',
      text: 'will not allow its territory to be used against any country',
    }),
    inferred: presentTense('says'),
    citations: cite('the Taliban says it has contained the ISKP threat in Afghanistan and will not allow its territory to be used against any country'),
  },
  {
    id: 'un-monitoring-report-taliban-terror-ties',
    claimant: 'un-security-council',
    about: ['taliban', 'islamic-movement-of-uzbekistan', 'east-turkestan-islamic-movement', 'jamaat-ansarullah'],
    statement:
      'The Taliban maintains a robust relationship with terror groups, including the Central Asian IMU, ETIM and Jamaat Ansarullah, which keep expanding their operations and enjoy greater freedom of manoeuvre in Afghanistan.',
    date: TALIBAN_ERA_TO_PUBLICATION,
    incident: 'un-monitoring-report-release',
    via: [{ description: 'the UN Security Council monitoring report' }],
    position: affirms('terrorGroupsFreeInAfghanistan', {
      aspect: 'presence',
      place: 'afghanistan-territory',
      text: '“greater freedom of maneuver” in Afghanistan',
    }),
    inferred: [
      {
        field: 'date',
        reasoning:
          'The text gives no date. The report describes the Taliban in power, so it is from after their return on 15 August 2021 (general knowledge), and it precedes the article.',
      },
    ],
    citations: cite(
      'The UN Security Council monitoring report stated that the Taliban maintains a robust relationship with terror groups, including Central Asian outfits i.e., the Islamic Movement of Uzbekistan, the East Turkestan Islamic Movement, and Jamaat Ansarullah, as they continue to expand their operational activities and enjoy “greater freedom of maneuver” in Afghanistan.',
    ),
  },
];

const onDrugsAndDevelopment: Claim[] = [
  {
    id: 'unodc-afghanistan-opium-2022',
    claimant: 'unodc',
    about: ['afghanistan'],
    statement: 'Afghanistan supplied 6,200 tons of opium in 2022, an estimated 80% of global opiate production.',
    notes: '"Despite the Taliban ban on plantation and trade announced in April 2022" is the article’s framing, not attributed to UNODC.',
    date: published('earlier this month'),
    incident: 'unodc-afghanistan-opium-report-2023',
    citations: cite(
      'the UN Office on Drugs and Crime reported that Afghanistan supplied 6,200 tons of opium in 2022, an estimated 80% of global opiate production, despite the Taliban ban on plantation and trade announced in April 2022',
    ),
  },
  {
    id: 'central-asian-states-afghan-cooperation-critical',
    claimant: 'central-asian-states',
    about: ['afghanistan'],
    statement: 'Central Asian countries consider Afghanistan’s cooperation critical to their security and growth.',
    date: atPublication('consider'),
    via: [{ actor: 'kabulnow', description: 'the article’s own characterisation' }],
    inferred: presentTense('consider'),
    citations: cite('Central Asian countries consider Afghanistan’s cooperation critical to their security and growth.'),
  },
  {
    id: 'uzbekistan-afghan-trade-potential',
    claimant: 'uzbekistan',
    about: ['afghanistan'],
    statement: 'There is ample potential to develop trade relations through landlocked Afghanistan.',
    date: UNDATED_REMARKS_DATE,
    inferred: UNDATED_REMARKS,
    citations: cite('touted ample potential to develop trade relations through the landlocked Afghanistan'),
  },
  {
    id: 'mirziyoyev-transport-routes-railway',
    claimant: 'shavkat-mirziyoyev',
    about: ['afghanistan', 'trans-afghan-railway'],
    statement: 'It is very important to restore Afghanistan’s internal transport routes and to promote the Trans-Afghan Railway project.',
    date: UNDATED_REMARKS_DATE,
    inferred: UNDATED_REMARKS,
    citations: cite(
      'Uzbekistan President Shavkat Mirziyoyev said it is very important to restore Afghanistan’s internal transport routes along with promoting the Trans-Afghan Railway project.',
    ),
  },
  {
    id: 'mirziyoyev-dialogue-with-afghanistan',
    claimant: 'shavkat-mirziyoyev',
    about: ['afghanistan'],
    statement: 'Dialogue with Afghanistan on security, water issues and trade is important.',
    date: UNDATED_REMARKS_DATE,
    inferred: UNDATED_REMARKS,
    citations: cite('He also underlined the importance of dialogue with Afghanistan on security, water issues, and trade developments.'),
  },
  {
    id: 'kabulnow-qush-tepa-water-concerns',
    claimant: 'kabulnow',
    about: ['qush-tepa-canal', 'uzbekistan', 'turkmenistan'],
    statement:
      'The Qush Tepa canal under construction has spurred concerns for Uzbekistan and Turkmenistan downstream, raising risks of scarcity in their water supply.',
    date: atPublication('has spurred'),
    inferred: presentTense('has spurred'),
    citations: cite(
      'Afghanistan’s Qush Tepa canal under construction has spurred concerns over Uzbekistan and Turkmenistan downstream, raising risks of scarcity in their water supply.',
    ),
  },
  {
    id: 'mirziyoyev-qush-tepa-water-balance',
    claimant: 'shavkat-mirziyoyev',
    about: ['qush-tepa-canal', 'central-asia'],
    statement: 'The Qush Tepa canal will radically change the water balance in Central Asia.',
    date: UNDATED_REMARKS_DATE,
    inferred: UNDATED_REMARKS,
    citations: cite('Mirziyoyev said the canal will radically change the water balance in Central Asia.'),
  },
];

export const claims: Claim[] = [...rahmon, ...onTheThreat, ...onDrugsAndDevelopment];

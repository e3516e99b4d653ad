import type { Claim, Position } from '../src/schema/index.js';
import { cite } from './cite.js';
import {
  RATS_COUNCIL_WEEK,
  SUMMIT_DAY,
  TALIBAN_ERA_TO_PUBLICATION,
  atPublication,
  fuzzyDate,
  published,
} from './dates.js';

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

function affirms(topic: keyof typeof TOPICS): Position {
  return { ...TOPICS[topic], stance: 'affirms' };
}

function denies(topic: keyof typeof TOPICS): Position {
  return { ...TOPICS[topic], stance: 'denies' };
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

const REMARKS_AT_SUMMIT = atSummit(
  'The article reports Mirziyoyev’s and Uzbekistan’s remarks in its account of the summit of 14 September 2023, in the same past tense as Rahmon’s remarks there, but does not say where or when they were made.',
);

const rahmon: Claim[] = [
  {
    id: 'rahmon-terrorist-activity-increase',
    claimant: 'emomali-rahmon',
    about: ['afghanistan'],
    statement: 'Terrorist groups have increased their activities inside Afghanistan.',
    date: SUMMIT_DAY,
    incident: 'central-asia-consultative-meeting-2023',
    position: affirms('terrorThreatFromAfghanistanRising'),
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
    inferred: QUOTE_AT_SUMMIT,
    position: affirms('terrorThreatFromAfghanistanRising'),
    citations: cite(
      '“In recent years, we have encountered attempts by various terrorist groups to break through and illegally cross the state border,” Tajik president, Imam Ali Rahmon was cited in a Tajik media saying',
    ),
  },
  {
    id: 'rahmon-prevented-border-breakthroughs',
    claimant: 'emomali-rahmon',
    about: ['tajikistan', 'badakhshan-border-incursion-2023-09'],
    statement:
      'Tajikistan recently prevented two attempts by militants to break through its border; they aimed to commit a series of terrorist attacks in the capital and other regions.',
    date: SUMMIT_DAY,
    incident: 'central-asia-consultative-meeting-2023',
    via: TAJIK_MEDIA,
    inferred: QUOTE_AT_SUMMIT,
    notes: 'The article says Rahmon was referring to the Badakhshan incident; it does not say whether that incident was one of the two attempts or both.',
    citations: cite(
      'Not long ago we prevented two attempts by militants to break through the border. They aimed to commit a series of terrorist attacks in the capital and other regions of Tajikistan.',
      'Mr. Rahmon was referring to an incident earlier this month',
    ),
  },
  {
    id: 'rahmon-narcotics-seizures',
    claimant: 'emomali-rahmon',
    about: ['tajik-authorities', 'tajik-border-narcotics-seizures'],
    statement:
      'The drug trade is surging; Tajik authorities seized about five tonnes of narcotics along the border with Afghanistan, a 22% increase compared to 2021.',
    date: SUMMIT_DAY,
    incident: 'central-asia-consultative-meeting-2023',
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
    position: affirms('terrorThreatFromAfghanistanRising'),
    citations: cite(
      'Afghanistan’s Central Asian neighbors say they are growingly worried about terrorism threats emanating from Afghanistan and their regional implications.',
    ),
  },
  {
    id: 'central-asian-states-fear-spillover',
    claimant: 'central-asian-states',
    about: ['afghanistan', 'tajikistan-afghanistan-border'],
    statement: 'The Central Asian states fear a spillover of terrorism into the borders they share with Afghanistan.',
    date: atPublication('mounting fears'),
    via: [{ actor: 'kabulnow', description: 'the article’s own characterisation of the states’ fears' }],
    position: affirms('terrorThreatFromAfghanistanRising'),
    citations: cite('Despite mounting fears among the Central Asian states of a potential spillover into borders they share with Afghanistan'),
  },
  {
    id: 'tajik-authorities-militants-intended-terrorist-acts',
    claimant: 'tajik-authorities',
    about: ['jamaat-ansarullah', 'badakhshan-border-incursion-2023-09', 'united-states'],
    statement:
      'The militants intended to carry out terrorist acts after smuggling explosives and weapons, including American assault rifles and night-vision goggles said to have been left behind by the US when it left Afghanistan.',
    date: fuzzyDate('2023-09-01', '2023-09-20'),
    notes: '"Purportedly" is the article’s hedge on where the weapons came from.',
    inferred: [
      {
        field: 'date',
        reasoning: 'Undated; made after the incident (from 1 September 2023 at the earliest) and before the article (20 September 2023 at the latest).',
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
    date: published('earlier this week'),
    incident: 'us-authorities-iskp-assessment-2023-09',
    position: denies('iskpThreatRising'),
    citations: cite(
      'the US authorities said earlier this week that their analysis shows the Islamic State–Khorasan Province (ISKP) is incapable of mounting operations in the foreseeable future',
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
    claimant: 'shanghai-cooperation-organization',
    about: ['afghanistan'],
    statement: 'SCO members are concerned about the rising threat of terrorism from Afghanistan.',
    date: RATS_COUNCIL_WEEK,
    incident: 'sco-rats-council-2023-09',
    position: affirms('terrorThreatFromAfghanistanRising'),
    citations: cite(
      'the Shanghai Cooperation Organization members also expressed concerns over the rising threat of terrorism from Afghanistan',
    ),
  },
  {
    id: 'kazakhstan-knb-deputy-sco-attacks',
    claimant: 'kazakhstan-knb-deputy-chairman',
    about: ['shanghai-cooperation-organization', 'iskp'],
    statement:
      'There have been at least 80 high-profile terror attacks in SCO member countries in the last three years, and threats from the ISKP are rising in the region.',
    date: RATS_COUNCIL_WEEK,
    incident: 'sco-rats-council-2023-09',
    position: affirms('iskpThreatRising'),
    inferred: [
      {
        field: 'incident',
        reasoning:
          'The article reports the statement in its paragraph on last week’s SCO anti-terrorist council, right after the members’ concerns there; it does not say outright that it was made at the council. Its date is the council’s.',
      },
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
    position: denies('iskpThreatRising'),
    inferred: [
      { field: 'date', reasoning: 'Undated; reported in the present tense ("says"), so dated to the publication interval.' },
    ],
    citations: cite('the Taliban says it has contained the ISKP threat in Afghanistan'),
  },
  {
    id: 'taliban-territory-not-used-against-others',
    claimant: 'taliban',
    about: ['afghanistan'],
    statement: 'The Taliban will not allow Afghanistan’s territory to be used against any country.',
    date: atPublication('says'),
    position: denies('terrorGroupsFreeInAfghanistan'),
    inferred: [
      { field: 'date', reasoning: 'Undated; reported in the present tense ("says"), so dated to the publication interval.' },
    ],
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
    position: affirms('terrorGroupsFreeInAfghanistan'),
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
    inferred: [
      { field: 'date', reasoning: 'Undated; reported in the present tense ("consider"), so dated to the publication interval.' },
    ],
    citations: cite('Central Asian countries consider Afghanistan’s cooperation critical to their security and growth.'),
  },
  {
    id: 'uzbekistan-afghan-trade-potential',
    claimant: 'uzbekistan',
    about: ['afghanistan'],
    statement: 'There is ample potential to develop trade relations through landlocked Afghanistan.',
    date: SUMMIT_DAY,
    incident: 'central-asia-consultative-meeting-2023',
    inferred: REMARKS_AT_SUMMIT,
    citations: cite('touted ample potential to develop trade relations through the landlocked Afghanistan'),
  },
  {
    id: 'mirziyoyev-transport-routes-railway',
    claimant: 'shavkat-mirziyoyev',
    about: ['afghanistan', 'trans-afghan-railway'],
    statement: 'It is very important to restore Afghanistan’s internal transport routes and to promote the Trans-Afghan Railway project.',
    date: SUMMIT_DAY,
    incident: 'central-asia-consultative-meeting-2023',
    inferred: REMARKS_AT_SUMMIT,
    citations: cite(
      'Uzbekistan President Shavkat Mirziyoyev said it is very important to restore Afghanistan’s internal transport routes along with promoting the Trans-Afghan Railway project.',
    ),
  },
  {
    id: 'mirziyoyev-dialogue-with-afghanistan',
    claimant: 'shavkat-mirziyoyev',
    about: ['afghanistan'],
    statement: 'Dialogue with Afghanistan on security, water issues and trade is important.',
    date: SUMMIT_DAY,
    incident: 'central-asia-consultative-meeting-2023',
    inferred: REMARKS_AT_SUMMIT,
    citations: cite('He also underlined the importance of dialogue with Afghanistan on security, water issues, and trade developments.'),
  },
  {
    id: 'kabulnow-qush-tepa-water-concerns',
    claimant: 'kabulnow',
    about: ['qush-tepa-canal', 'uzbekistan', 'turkmenistan'],
    statement: 'The Qush Tepa canal under construction has raised concerns in Uzbekistan and Turkmenistan downstream about scarcity in their water supply.',
    date: atPublication('has spurred'),
    citations: cite(
      'Afghanistan’s Qush Tepa canal under construction has spurred concerns over Uzbekistan and Turkmenistan downstream, raising risks of scarcity in their water supply.',
    ),
  },
  {
    id: 'mirziyoyev-qush-tepa-water-balance',
    claimant: 'shavkat-mirziyoyev',
    about: ['qush-tepa-canal', 'central-asia'],
    statement: 'The Qush Tepa canal will radically change the water balance in Central Asia.',
    date: SUMMIT_DAY,
    incident: 'central-asia-consultative-meeting-2023',
    inferred: REMARKS_AT_SUMMIT,
    citations: cite('Mirziyoyev said the canal will radically change the water balance in Central Asia.'),
  },
];

export const claims: Claim[] = [...rahmon, ...onTheThreat, ...onDrugsAndDevelopment];

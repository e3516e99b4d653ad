import type { Claim } from '../src/schema/index.js';
import { cite } from './cite.js';
import { RATS_COUNCIL_WEEK, SUMMIT_DAY, atPublication } from './dates.js';

export const claims: Claim[] = [
  {
    id: 'rahmon-prevented-border-breakthroughs',
    claimant: 'emomali-rahmon',
    about: ['tajikistan', 'badakhshan-border-incursion-2023-09'],
    statement:
      'Tajikistan recently prevented two attempts by militants to break through its border; they aimed to commit terrorist attacks in the capital and other regions.',
    date: SUMMIT_DAY,
    via: [{ description: 'cited in a Tajik media' }],
    incident: 'central-asia-consultative-meeting-2023',
    citations: cite(
      'Not long ago we prevented two attempts by militants to break through the border. They aimed to commit a series of terrorist attacks in the capital and other regions of Tajikistan.',
      'Imam Ali Rahmon was cited in a Tajik media saying',
    ),
  },
  {
    id: 'taliban-contained-iskp',
    claimant: 'taliban',
    about: ['iskp', 'afghanistan'],
    statement: 'The Taliban says it has contained the ISKP threat in Afghanistan and will not allow its territory to be used against any country.',
    date: atPublication('says'),
    position: { topic: 'iskp-threat-rising', question: 'Is the threat from ISKP rising?', stance: 'denies' },
    citations: cite(
      'the Taliban says it has contained the ISKP threat in Afghanistan and will not allow its territory to be used against any country',
    ),
    inferred: [
      {
        field: 'date',
        reasoning: 'The article gives no date for the statement and reports it in the present tense ("says"), so it is dated to the publication interval.',
      },
    ],
  },
  {
    id: 'kazakhstan-knb-deputy-sco-attacks',
    claimant: 'kazakhstan-knb-deputy-chairman',
    about: ['shanghai-cooperation-organization', 'iskp'],
    statement:
      'There have been at least 80 high-profile terror attacks in SCO member countries in the last three years, and threats from the ISKP are rising in the region.',
    date: RATS_COUNCIL_WEEK,
    position: { topic: 'iskp-threat-rising', question: 'Is the threat from ISKP rising?', stance: 'affirms' },
    citations: cite(
      'Kazakhstan’s Deputy Chairman of the National Security Committee said there have been at least 80 high-profile terror attacks in SCO member countries in the last three years, adding that threats from the ISKP are rising in the region.',
    ),
  },
];

import type { Relation } from '../src/schema/index.js';
import { cite } from './cite.js';
import { TALIBAN_ERA_TO_PUBLICATION } from './dates.js';

const UN_REPORT_TIES =
  'The UN Security Council monitoring report stated that the Taliban maintains a robust relationship with terror groups, including Central Asian outfits i.e., the Islamic Movement of Uzbekistan, the East Turkestan Islamic Movement, and Jamaat Ansarullah';

function talibanTiesWith(group: string, id: string): Relation {
  return {
    id,
    type: 'ties-with',
    from: 'taliban',
    to: group,
    claim: 'un-monitoring-report-taliban-terror-ties',
    date: TALIBAN_ERA_TO_PUBLICATION,
    description: 'A "robust relationship", according to the UN Security Council monitoring report.',
    citations: cite(UN_REPORT_TIES),
  };
}

export const relations: Relation[] = [
  {
    id: 'emomali-rahmon-leads-tajikistan',
    type: 'leader-of',
    from: 'emomali-rahmon',
    to: 'tajikistan',
    description: 'President of Tajikistan.',
    citations: cite('Tajikistan President Emomali Rahmon'),
  },
  {
    id: 'shavkat-mirziyoyev-leads-uzbekistan',
    type: 'leader-of',
    from: 'shavkat-mirziyoyev',
    to: 'uzbekistan',
    description: 'President of Uzbekistan.',
    citations: cite('Uzbekistan President Shavkat Mirziyoyev'),
  },
  {
    id: 'tajikistan-bans-jamaat-ansarullah',
    type: 'bans',
    from: 'tajikistan',
    to: 'jamaat-ansarullah',
    citations: cite('the banned Jamaat Ansarullah'),
    inferred: [
      {
        field: 'from',
        reasoning:
          'The text calls the group "banned" in a sentence about Tajik forces and Tajik territory without naming who banned it; Tajikistan is the state the sentence is about.',
      },
    ],
  },
  {
    id: 'jamaat-ansarullah-hostile-to-tajikistan',
    type: 'hostile-to',
    from: 'jamaat-ansarullah',
    to: 'tajikistan',
    claim: 'tajik-authorities-militants-intended-terrorist-acts',
    description: 'Its militants entered Tajikistan intending terrorist acts, according to the Tajik authorities.',
    citations: cite('Tajik authorities said the militants intended to carry out “terrorist acts”'),
  },
  {
    id: 'tajikistan-borders-afghanistan',
    type: 'shares-border-with',
    from: 'tajikistan',
    to: 'afghanistan',
    citations: cite('Tajik authorities seized about five tonnes of narcotics along the border with Afghanistan'),
  },
  {
    id: 'central-asian-states-border-afghanistan',
    type: 'shares-border-with',
    from: 'central-asian-states',
    to: 'afghanistan',
    description: 'Said of the group as a whole; the article does not say which of its states border Afghanistan.',
    citations: cite('borders they share with Afghanistan'),
  },
  {
    id: 'central-asian-states-concerned-about-afghanistan',
    type: 'concerned-about',
    from: 'central-asian-states',
    to: 'afghanistan',
    claim: 'central-asian-states-worried-terror-threat',
    description: 'Worried about terrorism threats emanating from Afghanistan.',
    citations: cite('Afghanistan’s Central Asian neighbors say they are growingly worried about terrorism threats emanating from Afghanistan'),
  },
  {
    id: 'tajikistan-member-of-central-asian-states',
    type: 'member-of',
    from: 'tajikistan',
    to: 'central-asian-states',
    inferred: [
      {
        field: 'type',
        reasoning:
          'Not stated outright: the meeting of the "Heads of States of Central Asia" is held in Tajikistan’s capital and Tajikistan’s president speaks there, as a Central Asian state’s head.',
      },
    ],
    citations: cite('Heads of States of Central Asia, held on Thursday, September 14, in Dushanbe, the capital of Tajikistan'),
  },
  {
    id: 'uzbekistan-member-of-central-asian-states',
    type: 'member-of',
    from: 'uzbekistan',
    to: 'central-asian-states',
    inferred: [
      {
        field: 'type',
        reasoning: 'Not stated outright: the article turns from "Central Asian countries" straight to Uzbekistan as one of them, without saying so.',
      },
    ],
    citations: cite('Central Asian countries consider Afghanistan’s cooperation critical to their security and growth. Uzbekistan'),
  },
  {
    id: 'uzbekistan-diplomatic-ties-taliban',
    type: 'diplomatic-ties',
    from: 'uzbekistan',
    to: 'taliban',
    description: '"Relatively friendly diplomatic ties", in the article’s own words.',
    citations: cite('Uzbekistan, which has maintained relatively friendly diplomatic ties with the Taliban'),
  },
  {
    id: 'united-states-shares-intelligence-with-taliban',
    type: 'shares-intelligence-with',
    from: 'united-states',
    to: 'taliban',
    claim: 'washington-post-us-shares-intelligence',
    description:
      'Counter-terrorism intelligence, as reported by The Washington Post. Undated: the text says when the report came out (the claim’s date), not since when the sharing holds.',
    citations: cite('the US shares counter-terrorism intelligence with the Taliban'),
  },
  talibanTiesWith('islamic-movement-of-uzbekistan', 'taliban-ties-with-imu'),
  talibanTiesWith('east-turkestan-islamic-movement', 'taliban-ties-with-etim'),
  talibanTiesWith('jamaat-ansarullah', 'taliban-ties-with-jamaat-ansarullah'),
  {
    id: 'taliban-controls-afghanistan',
    type: 'controls',
    from: 'taliban',
    to: 'afghanistan',
    description: 'The Taliban speak of Afghanistan as "its territory" and ban plantation and trade there.',
    inferred: [
      {
        field: 'type',
        reasoning:
          'No one in the text claims the Taliban control Afghanistan. It is read from the Taliban speaking of Afghanistan as "its territory" and announcing a ban there; the Taliban’s pledge is not a claim of control, so the relation rests on no claim.',
      },
    ],
    citations: cite('will not allow its territory to be used against any country', 'the Taliban ban on plantation and trade'),
  },
  {
    id: 'sco-rats-part-of-sco',
    type: 'part-of',
    from: 'sco-regional-anti-terrorist-structure',
    to: 'shanghai-cooperation-organization',
    citations: cite('SCO Regional Anti-Terrorist Structure Council'),
  },
  {
    id: 'kazakhstan-member-of-sco',
    type: 'member-of',
    from: 'kazakhstan',
    to: 'shanghai-cooperation-organization',
    inferred: [
      {
        field: 'type',
        reasoning:
          'Not stated outright: Kazakhstan’s security official speaks at the SCO’s anti-terrorist council about attacks "in SCO member countries", as a member’s representative.',
      },
    ],
    citations: cite(
      'the Shanghai Cooperation Organization members also expressed concerns',
      'Kazakhstan’s Deputy Chairman of the National Security Committee said',
    ),
  },
  {
    id: 'un-security-council-part-of-un',
    type: 'part-of',
    from: 'un-security-council',
    to: 'united-nations',
    citations: cite('The UN Security Council'),
  },
  {
    id: 'unodc-part-of-un',
    type: 'part-of',
    from: 'unodc',
    to: 'united-nations',
    citations: cite('the UN Office on Drugs and Crime'),
  },
];

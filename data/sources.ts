import type { Source } from '../src/schema/index.js';
import { KABULNOW } from './cite.js';

/**
 * The article prints no date; the address gives September 2023. The text narrows it to 14–17
 * September 2023 (Thursday to Sunday of the summit's ISO week):
 * - it reports the summit "held on Thursday, September 14" in the past tense, so it was written
 *   on 14 September at the earliest;
 * - "These security concerns come after the US authorities said earlier this week": the concerns
 *   were voiced at the summit of 14 September, so "this week" holds the 14th, and with Monday
 *   weeks the article is from that week, on the 17th at the latest;
 * - it dates the summit and The Washington Post's report by bare weekday ("on Thursday") but the
 *   SCO council as "last week’s", a contrast that works only if the 14th is in the current week.
 * docs/data.md gives the full reasoning.
 */
export const sources: Source[] = [
  {
    id: KABULNOW,
    title: 'Central Asia Voice Terrorism Concerns as US Projects Confidence in Taliban',
    publisher: 'KabulNow',
    url: 'https://kabulnow.com/2023/09/central-asia-voice-terrorism-concerns-as-us-projects-confidence-in-taliban/',
    published: {
      start: '2023-09-14',
      end: '2023-09-17',
      precision: 'range',
      text: 'September 2023 (address); day not printed',
      edtf: '2023-09-14/2023-09-17',
    },
    language: 'en',
    kind: 'secondary',
    accessed: '2026-11-30',
    textHeld: true,
    textNotes: 'Verbatim as retrieved, including typographic quotes, dashes and a no-break space. Author not printed; photo credit: News Central Asia.',
    inferred: [
      {
        field: 'published',
        reasoning:
          'The address gives September 2023. The summit "held on Thursday, September 14" is reported in the past tense, so the article is from 14 September or later. "These security concerns come after the US authorities said earlier this week": the concerns were voiced at the summit, so the summit falls in the article’s "this week"; and the article dates the summit and The Washington Post’s report by bare weekday ("on Thursday") but the SCO council as "last week’s", which works only if 14 September is in the current week. With ISO weeks (Monday to Sunday) the article is therefore from 14–17 September 2023.',
      },
    ],
  },
];

/** The publication date the article's relative phrases are resolved against. */
export const PUBLISHED = sources[0]!.published;

import type { Source } from '../src/schema/index.js';
import { KABULNOW } from './cite.js';

/**
 * The article prints no date; the address gives September 2023. The text narrows it:
 * - it reports the summit "held on Thursday, September 14" in the past tense, so it was written
 *   on 14 September at the earliest;
 * - it dates other events of the same week by weekday alone ("The Washington Post reported on
 *   Thursday", "earlier this week"), which a news text does only within the week that follows,
 *   so it was written before the next Thursday, 21 September.
 * Hence 14–20 September 2023. docs/data.md gives the full reasoning.
 */
export const sources: Source[] = [
  {
    id: KABULNOW,
    title: 'Central Asia Voice Terrorism Concerns as US Projects Confidence in Taliban',
    publisher: 'KabulNow',
    url: 'https://kabulnow.com/2023/09/central-asia-voice-terrorism-concerns-as-us-projects-confidence-in-taliban/',
    published: {
      start: '2023-09-14',
      end: '2023-09-20',
      precision: 'range',
      text: 'September 2023 (address); day not printed',
      edtf: '2023-09-14/2023-09-20',
    },
    language: 'en',
    kind: 'secondary',
    accessed: '2026-11-30',
    textHeld: true,
    textNotes:
      'Verbatim as retrieved, including typographic quotes, dashes and a no-break space. Author not printed; photo credit: News Central Asia.',
    inferred: [
      {
        field: 'published',
        reasoning:
          'The address gives September 2023. The summit "held on Thursday, September 14" is reported in the past tense, so the article is from 14 September or later; it dates events of the same week by weekday alone ("reported on Thursday", "earlier this week"), so it is from before the following Thursday, 21 September.',
      },
    ],
  },
];

/** The publication date the article's relative phrases are resolved against. */
export const PUBLISHED = sources[0]!.published;

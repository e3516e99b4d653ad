import type { Citation } from '../src/schema/index.js';

/** Id of the KabulNow article, the dataset's first source. */
export const KABULNOW = 'kabulnow-2023-09-central-asia-terrorism-concerns';

/**
 * Cites the KabulNow article verbatim. The build finds each quote in the text (white space
 * aside) and adds its paragraph number; a quote it cannot find fails the build.
 */
export function cite(...quotes: string[]): Citation[] {
  return quotes.map((quote) => ({ source: KABULNOW, quote }));
}

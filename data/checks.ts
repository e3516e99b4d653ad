import type { Check } from '../src/schema/index.js';

/**
 * What primary sources say about each statement of the article. Sources are in
 * data/primary-sources.ts; the method is in docs/corroboration.md.
 */
export const checks: Check[] = [];

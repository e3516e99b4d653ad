import * as z from 'zod';
import { IdSchema } from './id.js';
import { citationRule } from './rules/record-rules.js';
import { markRule } from './rules/rule-calls.js';

/**
 * Refinement-free citation schema; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * Object.keys(CitationBaseSchema.extend({ page: z.number() }).shape);
 * // => ['source', 'quote', 'paragraph', 'summary', 'locator', 'page']
 * ```
 */
export const CitationBaseSchema = z.strictObject({
  /** Id of the Source record cited. */
  source: IdSchema,
  /**
   * A verbatim excerpt of the source's text; only white space may differ. Only for a source whose
   * text the repository may hold (`textHeld`); `createDataset` refuses it on any other.
   */
  quote: z.string().min(1).regex(/\S/, { error: 'a quote must hold more than white space' }).optional(),
  /** Where in the source: the 1-based paragraph number of the source text. */
  paragraph: z.number().int().positive().optional(),
  /** What the source says there, in our own words, never its sentences: for a source we may not quote. */
  summary: z.string().min(1).optional(),
  /** Where in the source, in words: a section, paragraph or page, e.g. `para. 4` or `p. 12`. */
  locator: z.string().min(1).optional(),
});

/**
 * A citation of a source that supports a record: either a verbatim `quote` (only of a source
 * with `textHeld`), or a `summary` in our own words with a `locator`, never both.
 *
 * @example
 * ```ts
 * CitationSchema.parse({ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'at least 80' });
 * // => { source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'at least 80' }
 * CitationSchema.safeParse({ source: 'kazinform-2023-09-08-sco-attacks', quote: 'x', summary: 'y' }).success; // => false
 * ```
 */
export const CitationSchema = markRule(
  CitationBaseSchema.superRefine((citation, ctx) => citationRule(citation, ctx)),
  citationRule,
);

/**
 * A citation of a source: a verbatim quote, or a summary with a locator.
 *
 * @example
 * ```ts
 * const [first]: Citation[] = getRelation('tajikistan-bans-jamaat-ansarullah')?.citations ?? [];
 * first?.source; // => 'kabulnow-2023-09-central-asia-terrorism-concerns'
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Citation extends z.infer<typeof CitationSchema> {}

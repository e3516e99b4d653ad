import { z } from 'zod';
import { IdSchema } from './id.js';

/**
 * A verbatim quote from a source that supports a record. Citations carry no refinements, so this
 * one schema is both the one to use and the one to `.extend()`.
 *
 * @example
 * ```ts
 * CitationSchema.parse({ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'at least 80' });
 * // => { source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'at least 80' }
 * Object.keys(CitationSchema.extend({ page: z.number() }).shape); // => ['source', 'quote', 'paragraph', 'page']
 * ```
 */
export const CitationSchema = z.strictObject({
  /** Id of the Source record quoted. */
  source: IdSchema,
  /** A verbatim excerpt of the source's text; only white space may differ. */
  quote: z.string().min(1).regex(/\S/, { error: 'a quote must hold more than white space' }),
  /** Where in the source: the 1-based paragraph number of the source text. */
  paragraph: z.number().int().positive().optional(),
});

/**
 * A verbatim quote from a source.
 *
 * @example
 * ```ts
 * const [first]: Citation[] = getRelation('tajikistan-bans-jamaat-ansarullah')?.citations ?? [];
 * first?.source; // => 'kabulnow-2023-09-central-asia-terrorism-concerns'
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Citation extends z.infer<typeof CitationSchema> {}

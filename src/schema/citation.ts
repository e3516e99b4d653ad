import { z } from 'zod';
import { IdSchema } from './id.js';

/**
 * Refinement-free citation schema (citations carry no refinements, so it is also the full one).
 *
 * @example
 * ```ts
 * Object.keys(CitationBaseSchema.extend({ page: z.number() }).shape); // => ['source', 'quote', 'paragraph', 'page']
 * ```
 */
export const CitationBaseSchema = z.strictObject({
  /** Id of the Source record quoted. */
  source: IdSchema,
  /** A verbatim excerpt of the source's text; only white space may differ. */
  quote: z.string().min(1).regex(/\S/, { error: 'a quote must hold more than white space' }),
  /** Where in the source: the 1-based paragraph number of the source text. */
  paragraph: z.number().int().positive().optional(),
});

/**
 * A verbatim quote from a source that supports a record.
 *
 * @example
 * ```ts
 * CitationSchema.parse({ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'at least 80' });
 * // => { source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'at least 80' }
 * ```
 */
export const CitationSchema = CitationBaseSchema;

/**
 * A verbatim quote from a source.
 *
 * @example
 * ```ts
 * const [first]: Citation[] = getRelation('tajikistan-bans-jamaat-ansarullah')?.citations ?? [];
 * first?.source; // => 'kabulnow-2023-09-central-asia-terrorism-concerns'
 * ```
 */
export type Citation = z.infer<typeof CitationSchema>;

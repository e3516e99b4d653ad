import { z } from 'zod';
import { FuzzyDateSchema } from './fuzzy-date.js';
import { IdSchema } from './id.js';
import { InferenceSchema } from './record-base.js';

/**
 * A publication that records cite. Sources carry no refinements, so this one schema is both the
 * one to use and the one to `.extend()`.
 *
 * @example
 * ```ts
 * SourceSchema.parse({
 *   id: 'kabulnow-2023-09-central-asia-terrorism-concerns',
 *   title: 'Central Asia Voice Terrorism Concerns as US Projects Confidence in Taliban',
 *   publisher: 'KabulNow',
 *   url: 'https://kabulnow.com/2023/09/central-asia-voice-terrorism-concerns-as-us-projects-confidence-in-taliban/',
 *   published: { start: '2023-09-14', end: '2023-09-20', precision: 'range' },
 * }).publisher; // => 'KabulNow'
 * const MySource = SourceSchema.extend({ paywalled: z.boolean() });
 * Object.keys(MySource.shape).includes('paywalled'); // => true
 * ```
 */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url(),
  /** Publication date; when the source does not print it, an interval inferred from the text. */
  published: FuzzyDateSchema,
  author: z.string().min(1).optional(),
  /** BCP 47 language tag, e.g. `en`. */
  language: z.string().min(2).optional(),
  /**
   * The full text. When present, `createDataset` checks every citation quote against it. The
   * published package leaves it out and ships only the quotes and the address.
   */
  text: z.string().optional(),
  /** How the source text was obtained and anything odd about it. */
  textNotes: z.string().min(1).optional(),
  /** Fields whose values are inferred rather than printed, with reasoning. */
  inferred: z.array(InferenceSchema).optional(),
});

/**
 * A publication that records cite.
 *
 * @example
 * ```ts
 * const source: Source | undefined = getSource('kabulnow-2023-09-central-asia-terrorism-concerns');
 * source?.publisher; // => 'KabulNow'
 * source?.text; // => undefined (the package ships quotes, not the article)
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Source extends z.infer<typeof SourceSchema> {}

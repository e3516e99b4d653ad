import * as z from 'zod';
import { idSchema } from './id.js';
import { citationRule } from './rules/record-rules.js';
import { markRule } from './rules/rule-calls.js';
import { once } from './once.js';

export const citationBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** Id of the Source record cited. */
    source: idSchema(),
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
  }),
);

export const citationSchema = /* @__PURE__ */ once(() =>
  markRule(
    citationBaseSchema().superRefine((citation, ctx) => citationRule(citation, ctx)),
    citationRule,
  ),
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
export interface Citation extends z.infer<ReturnType<typeof citationSchema>> {}

import * as z from 'zod';
import { fuzzyDateSchema } from './fuzzy-date.js';
import { idSchema } from './id.js';
import { sourceRule } from './rules/record-rules.js';
import { markRule } from './rules/rule-calls.js';
import { isoDateSchema } from './fuzzy-date.js';
import { inferenceSchema } from './record-base.js';
import { SOURCE_COPIES, SOURCE_KINDS } from './vocabulary.js';
import { once } from './once.js';

export const sourceBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    id: idSchema(),
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url(),
    /** Publication date; when the source does not print it, an interval inferred from the text. */
    published: fuzzyDateSchema(),
    author: z.string().min(1).optional(),
    /** BCP 47 language tag, e.g. `en`. */
    language: z.string().min(2).optional(),
    /** What the source is; `secondary` for commentary, the other kinds count as primary. */
    kind: z.enum(SOURCE_KINDS).optional(),
    /** How the copy read reached us; absent means the publisher's own site. */
    copy: z.enum(SOURCE_COPIES).optional(),
    /** The site the copy was read on, when it is a relay or mirror of the publisher's. */
    host: z.string().min(1).optional(),
    /** The day the source was read at `url`. */
    accessed: isoDateSchema().optional(),
    /**
     * `true` when the repository may hold the source's full text, so citations of it may quote it
     * verbatim. For every other source citations carry a locator and a summary in our own words,
     * never a quote: `createDataset` refuses a quote on a source that has neither `textHeld: true`
     * nor its `text`. It stays on the published record even though the package leaves the text out.
     */
    textHeld: z.boolean().optional(),
    /**
     * The full text, never on a source with `textHeld: false`. When present, `createDataset` checks every
     * citation quote against it. The published package leaves it out and ships only the quotes and
     * the address.
     */
    text: z.string().optional(),
    /** How the source text was obtained and anything odd about it. */
    textNotes: z.string().min(1).optional(),
    /** Fields whose values are inferred rather than printed, with reasoning. */
    inferred: z.array(inferenceSchema()).optional(),
  }),
);

export const sourceSchema = /* @__PURE__ */ once(() => refineSource(sourceBaseSchema()));

/**
 * The fields of a source that {@link refineSource}'s rules read: a schema it refines must
 * produce them (any source schema extended from ours does).
 *
 * @example
 * ```ts
 * const fields: SourceRuleFields = { textHeld: false };
 * refineSource(z.object({ textHeld: z.boolean().optional() })).safeParse(fields).success; // => true
 * ```
 */
export interface SourceRuleFields {
  text?: string | undefined;
  textHeld?: boolean | undefined;
  copy?: string | undefined;
  host?: string | undefined;
}

/**
 * Adds the source rules to a source schema, such as one extended with your own fields: no
 * `text` on a source with `textHeld: false`, and `host` only on a relay or mirror copy.
 *
 * @example
 * ```ts
 * const Mine = refineSource(SourceBaseSchema.extend({ paywalled: z.boolean() }));
 * const source = { id: 's', title: 'T', publisher: 'P', url: 'https://example.org/', published: { start: '2024-01-01', end: '2024-01-01', precision: 'day' } };
 * Mine.safeParse({ ...source, paywalled: false, textHeld: false, text: 'Full text' }).success; // => false
 * Mine.safeParse({ ...source, paywalled: false }).success; // => true
 * ```
 */
export function refineSource<T extends z.ZodType<SourceRuleFields>>(schema: T): T {
  return markRule(
    schema.superRefine((source, ctx) => sourceRule(source, ctx)),
    sourceRule,
  );
}

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
export interface Source extends z.infer<ReturnType<typeof sourceBaseSchema>> {}

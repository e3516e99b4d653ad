import * as z from 'zod';
import { FuzzyDateSchema } from './fuzzy-date.js';
import { IdSchema } from './id.js';
import { RecordBaseSchema, refineRecord } from './record-base.js';
import { SCOPE_ASPECTS, STANCES } from './vocabulary.js';

/**
 * One link in the chain a claim reached the source through, e.g. "cited in a Tajik media".
 *
 * @example
 * ```ts
 * ClaimChannelSchema.parse({ description: 'cited in a Tajik media' });
 * // => { description: 'cited in a Tajik media' }
 * ```
 */
export const ClaimChannelSchema = z.strictObject({
  /** Id of the actor relaying the claim, when the source names one. */
  actor: IdSchema.optional(),
  /** The source's description of the channel. */
  description: z.string().min(1),
});

/**
 * One link in a claim's chain of transmission.
 *
 * @example
 * ```ts
 * const [channel]: ClaimChannel[] = getClaim('rahmon-prevented-border-breakthroughs')?.via ?? [];
 * channel; // => { description: 'cited in a Tajik media' }
 * ```
 */
export type ClaimChannel = z.infer<typeof ClaimChannelSchema>;

/**
 * What a position asserts, where and when. Two claims on opposite sides of a topic contradict
 * each other only where their scopes meet: same aspect, places and periods not disjoint.
 *
 * @example
 * ```ts
 * PositionScopeSchema.parse({ aspect: 'capability', text: 'in the foreseeable future' }).aspect;
 * // => 'capability'
 * ```
 */
export const PositionScopeSchema = z.strictObject({
  /** What is asserted: a `trend`, a `capability`, `control`, or `presence`. */
  aspect: z.enum(SCOPE_ASPECTS),
  /** Id of the place the assertion is limited to, when the words limit it to one. */
  place: IdSchema.optional(),
  /** The period the assertion is about, when the words give one. */
  period: FuzzyDateSchema.optional(),
  /** The source's words that set the scope, e.g. "in Afghanistan". */
  text: z.string().min(1).optional(),
});

/**
 * What a position asserts, where and when.
 *
 * @example
 * ```ts
 * const scope: PositionScope | undefined = getClaim('taliban-contained-iskp')?.position?.scope;
 * [scope?.aspect, scope?.place]; // => ['control', 'afghanistan-territory']
 * ```
 */
export interface PositionScope extends z.infer<typeof PositionScopeSchema> {}

/**
 * The proposition a claim takes a side on. Claims sharing a `topic` with opposite stances
 * contradict each other.
 *
 * @example
 * ```ts
 * PositionSchema.parse({ topic: 'iskp-threat-rising', question: 'Is the ISKP threat rising?', stance: 'affirms' }).stance;
 * // => 'affirms'
 * ```
 */
export const PositionSchema = z.strictObject({
  /** Kebab-case key of the proposition, shared by every claim on it. */
  topic: IdSchema,
  /** The proposition as a yes/no question. */
  question: z.string().min(1),
  stance: z.enum(STANCES),
  /** What, where and when the claim asserts; without it, the claim's scope is unstated. */
  scope: PositionScopeSchema.optional(),
});

/**
 * The side a claim takes on a proposition.
 *
 * @example
 * ```ts
 * const position: Position | undefined = getClaim('taliban-contained-iskp')?.position;
 * [position?.topic, position?.stance]; // => ['iskp-threat-rising', 'denies']
 * ```
 */
export type Position = z.infer<typeof PositionSchema>;

/**
 * Refinement-free shape of a {@link Claim}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyClaim = ClaimBaseSchema.extend({ verified: z.boolean() });
 * Object.keys(MyClaim.shape).includes('verified'); // => true
 * ```
 */
export const ClaimBaseSchema = z.strictObject({
  ...RecordBaseSchema.shape,
  /** Id of the actor who asserted it. */
  claimant: IdSchema,
  /** Ids of the records the claim is about. */
  about: z.array(IdSchema).min(1),
  /** What was asserted, in neutral paraphrase; the citations hold the source's words. */
  statement: z.string().min(1),
  /** When it was asserted. */
  date: FuzzyDateSchema,
  /** How it reached the source, nearest the claimant first. */
  via: z.array(ClaimChannelSchema).optional(),
  /** Id of the incident (speech, report, meeting) in which it was asserted. */
  incident: IdSchema.optional(),
  position: PositionSchema.optional(),
});

/**
 * Who asserted what about whom, when, and through whom it reached the source.
 *
 * @example
 * ```ts
 * ClaimSchema.parse({
 *   id: 'example-claim', claimant: 'taliban', about: ['iskp'],
 *   statement: 'The Taliban says it has contained the ISKP threat.',
 *   date: { start: '2023-09-14', end: '2023-09-20', precision: 'range' },
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'the Taliban says it has contained the ISKP threat' }],
 * }).claimant; // => 'taliban'
 * ```
 */
export const ClaimSchema = refineRecord(ClaimBaseSchema);

/**
 * Who asserted what about whom.
 *
 * @example
 * ```ts
 * const claim: Claim | undefined = getClaim('taliban-contained-iskp');
 * [claim?.claimant, claim?.about]; // => ['taliban', ['iskp', 'afghanistan']]
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Claim extends z.infer<typeof ClaimBaseSchema> {}

import * as z from 'zod';
import { fuzzyDateSchema } from './fuzzy-date.js';
import { idSchema } from './id.js';
import { recordBaseSchema, refineRecord } from './record-base.js';
import { SCOPE_ASPECTS, STANCES } from './vocabulary.js';
import { once } from './once.js';

export const claimChannelSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** Id of the actor relaying the claim, when the source names one. */
    actor: idSchema().optional(),
    /** The source's description of the channel. */
    description: z.string().min(1),
  }),
);

/**
 * One link in a claim's chain of transmission.
 *
 * @example
 * ```ts
 * const [channel]: ClaimChannel[] = getClaim('rahmon-prevented-border-breakthroughs')?.via ?? [];
 * channel; // => { description: 'cited in a Tajik media' }
 * ```
 */
export type ClaimChannel = z.infer<ReturnType<typeof claimChannelSchema>>;

export const positionScopeSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** What is asserted: a `trend`, a `capability`, `control`, or `presence`. */
    aspect: z.enum(SCOPE_ASPECTS),
    /** Id of the place the assertion is limited to, when the words limit it to one. */
    place: idSchema().optional(),
    /** The period the assertion is about, when the words give one. */
    period: fuzzyDateSchema().optional(),
    /** The source's words that set the scope, e.g. "in Afghanistan". */
    text: z.string().min(1).optional(),
  }),
);

/**
 * What a position asserts, where and when.
 *
 * @example
 * ```ts
 * const scope: PositionScope | undefined = getClaim('taliban-contained-iskp')?.position?.scope;
 * [scope?.aspect, scope?.place]; // => ['control', 'afghanistan-territory']
 * ```
 */
export interface PositionScope extends z.infer<ReturnType<typeof positionScopeSchema>> {}

export const positionSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** Kebab-case key of the proposition, shared by every claim on it. */
    topic: idSchema(),
    /** The proposition as a yes/no question. */
    question: z.string().min(1),
    stance: z.enum(STANCES),
    /** What, where and when the claim asserts; without it, the claim's scope is unstated. */
    scope: positionScopeSchema().optional(),
  }),
);

/**
 * The side a claim takes on a proposition.
 *
 * @example
 * ```ts
 * const position: Position | undefined = getClaim('taliban-contained-iskp')?.position;
 * [position?.topic, position?.stance]; // => ['iskp-threat-rising', 'denies']
 * ```
 */
export type Position = z.infer<ReturnType<typeof positionSchema>>;

export const claimBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    ...recordBaseSchema().shape,
    /** Id of the actor who asserted it. */
    claimant: idSchema(),
    /** Ids of the records the claim is about. */
    about: z.array(idSchema()).min(1),
    /** What was asserted, in neutral paraphrase; the citations hold the source's words. */
    statement: z.string().min(1),
    /** When it was asserted. */
    date: fuzzyDateSchema(),
    /** How it reached the source, nearest the claimant first. */
    via: z.array(claimChannelSchema()).optional(),
    /** Id of the incident (speech, report, meeting) in which it was asserted. */
    incident: idSchema().optional(),
    position: positionSchema().optional(),
  }),
);

export const claimSchema = /* @__PURE__ */ once(() => refineRecord(claimBaseSchema()));

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
export interface Claim extends z.infer<ReturnType<typeof claimBaseSchema>> {}

import * as z from 'zod';
import { citationSchema } from './citation.js';
import { idSchema } from './id.js';
import { withdrawalRule } from './rules/record-rules.js';
import { markRule } from './rules/rule-calls.js';
import { RECORD_STATUSES } from './vocabulary.js';
import { once } from './once.js';

export const inferenceSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** Dotted path of the inferred field, e.g. `period` or `value.unit`. */
    field: z.string().min(1),
    /** Why the text supports the inferred value. */
    reasoning: z.string().min(1),
  }),
);

/**
 * A field whose value is inferred, with its reasoning.
 *
 * @example
 * ```ts
 * const [inference]: Inference[] = getSource('kabulnow-2023-09-central-asia-terrorism-concerns')?.inferred ?? [];
 * inference?.field; // => 'published'
 * ```
 */
export type Inference = z.infer<ReturnType<typeof inferenceSchema>>;

export const externalIdSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** The scheme, e.g. `iso-3166-1-alpha-2`, `iso-3166-1-alpha-3`, `iso-3166-2`. */
    scheme: z.string().min(1),
    value: z.string().min(1),
  }),
);

/**
 * An identifier in an external scheme.
 *
 * @example
 * ```ts
 * const ids: ExternalId[] = getActor('tajikistan')?.externalIds ?? [];
 * ids.find((x) => x.scheme === 'iso-3166-1-alpha-3')?.value; // => 'TJK'
 * ```
 */
export type ExternalId = z.infer<ReturnType<typeof externalIdSchema>>;

export const withdrawalSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    reason: z.string().min(1),
    successor: idSchema().optional(),
  }),
);

/**
 * Why a record was withdrawn, and its successor if any.
 *
 * @example
 * ```ts
 * const withdrawal: Withdrawal = { reason: 'merged into tajikistan', successor: 'tajikistan' };
 * WithdrawalSchema.parse(withdrawal).successor; // => 'tajikistan'
 * ```
 */
export type Withdrawal = z.infer<ReturnType<typeof withdrawalSchema>>;

export const recordBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    id: idSchema(),
    /** At least one verbatim quote supporting the record. */
    citations: z.array(citationSchema()).min(1, { error: 'needs at least one citation' }),
    /** Fields whose values are inferred rather than stated, with reasoning. */
    inferred: z.array(inferenceSchema()).optional(),
    /** Coding notes. */
    notes: z.string().min(1).optional(),
    /** `withdrawn` marks a tombstone kept so the id is never lost; absent means active. */
    status: z.enum(RECORD_STATUSES).optional(),
    /** Required when `status` is `withdrawn`. */
    withdrawal: withdrawalSchema().optional(),
  }),
);

/**
 * Fields every sourced record shares.
 *
 * @example
 * ```ts
 * const base: RecordBase | undefined = getActor('tajikistan');
 * base?.citations[0]?.paragraph; // => 3
 * ```
 */
export type RecordBase = z.infer<ReturnType<typeof recordBaseSchema>>;

/**
 * Adds the cross-field rule every record shares: `withdrawal` is present exactly when the
 * record is withdrawn. Our refined schemas (`ActorSchema`, …) already carry it; use it on a
 * record schema of your own built from a `XBaseSchema`, as {@link refineRelation} for relations.
 *
 * @example
 * ```ts
 * const MyActor = refineRecord(ActorBaseSchema.extend({ founded: z.number().optional() }));
 * const actor = getActor('tajikistan')!;
 * MyActor.safeParse({ ...actor, status: 'withdrawn' }).success; // => false
 * MyActor.safeParse({ ...actor, founded: 1991 }).success; // => true
 * ```
 */
export function refineRecord<T extends z.ZodType<{ status?: string | undefined; withdrawal?: unknown }>>(schema: T): T {
  return markRule(
    schema.superRefine((record, ctx) => withdrawalRule(record, ctx)),
    withdrawalRule,
  );
}

import * as z from 'zod';
import { FuzzyDateSchema } from './fuzzy-date.js';
import { IdSchema } from './id.js';
import { relationRule } from './rules/record-rules.js';
import { markRule } from './rules/rule-calls.js';
import { RecordBaseSchema, refineRecord } from './record-base.js';
import { RELATION_TYPES } from './vocabulary.js';

/**
 * Refinement-free shape of a {@link Relation}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyRelation = RelationBaseSchema.extend({ strength: z.number().min(0).max(1) });
 * Object.keys(MyRelation.shape).includes('strength'); // => true
 * ```
 */
export const RelationBaseSchema = z.strictObject({
  ...RecordBaseSchema.shape,
  type: z.enum(RELATION_TYPES),
  /** Id of the actor the relation starts from ("from is member-of to"). */
  from: IdSchema,
  /** Id of the actor the relation points to. */
  to: IdSchema,
  /** Id of the claim the relation rests on, when someone asserted it. */
  claim: IdSchema.optional(),
  /** When the relation is said to hold. */
  date: FuzzyDateSchema.optional(),
  description: z.string().min(1).optional(),
});

/**
 * A typed edge between two actors. Refined with the shared record rules and `from ≠ to`.
 *
 * @example
 * ```ts
 * RelationSchema.parse({
 *   id: 'example-relation', type: 'shares-border-with', from: 'tajikistan', to: 'afghanistan',
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'along the border with Afghanistan' }],
 * }).type; // => 'shares-border-with'
 * ```
 */
export const RelationSchema = refineRelation(refineRecord(RelationBaseSchema));

/**
 * Adds the relation rule `from ≠ to` to a relation schema, such as one extended with your own
 * relation types.
 *
 * @example
 * ```ts
 * const relation = getRelation('tajikistan-bans-jamaat-ansarullah')!;
 * const Mine = refineRelation(RelationBaseSchema.extend({ weight: z.number() }));
 * Mine.safeParse({ ...relation, weight: 1, to: relation.from }).success; // => false
 * ```
 */
export function refineRelation<T extends z.ZodType<{ from?: string; to?: string }>>(schema: T): T {
  return markRule(
    schema.superRefine((relation, ctx) => relationRule(relation, ctx)),
    relationRule,
  );
}

/**
 * A typed edge between two actors.
 *
 * @example
 * ```ts
 * const relation: Relation | undefined = getRelation('tajikistan-bans-jamaat-ansarullah');
 * [relation?.from, relation?.type, relation?.to]; // => ['tajikistan', 'bans', 'jamaat-ansarullah']
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Relation extends z.infer<typeof RelationBaseSchema> {}

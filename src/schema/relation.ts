import * as z from 'zod';
import { fuzzyDateSchema } from './fuzzy-date.js';
import { idSchema } from './id.js';
import { relationRule } from './rules/record-rules.js';
import { markRule } from './rules/rule-calls.js';
import { recordBaseSchema, refineRecord } from './record-base.js';
import { RELATION_TYPES } from './vocabulary.js';
import { once } from './once.js';

export const relationBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    ...recordBaseSchema().shape,
    type: z.enum(RELATION_TYPES),
    /** Id of the actor the relation starts from ("from is member-of to"). */
    from: idSchema(),
    /** Id of the actor the relation points to. */
    to: idSchema(),
    /** Id of the claim the relation rests on, when someone asserted it. */
    claim: idSchema().optional(),
    /** When the relation is said to hold. */
    date: fuzzyDateSchema().optional(),
    description: z.string().min(1).optional(),
  }),
);

export const relationSchema = /* @__PURE__ */ once(() => refineRelation(refineRecord(relationBaseSchema())));

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
export interface Relation extends z.infer<ReturnType<typeof relationBaseSchema>> {}

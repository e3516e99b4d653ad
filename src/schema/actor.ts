import * as z from 'zod';
import { countryCodeSchema, idSchema } from './id.js';
import { recordBaseSchema, externalIdSchema, refineRecord } from './record-base.js';
import { ACTOR_KINDS, ALIAS_ORIGINS } from './vocabulary.js';
import { once } from './once.js';

export const aliasSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    name: z.string().min(1),
    /** `source` when a cited source uses this spelling; `common` for a name readers search for. */
    origin: z.enum(ALIAS_ORIGINS),
    /** e.g. "abbreviation", "transliteration". */
    note: z.string().min(1).optional(),
  }),
);

/**
 * Another name for an actor.
 *
 * @example
 * ```ts
 * const alias: Alias | undefined = getActor('iskp')?.aliases.find((a) => a.name === 'ISIS-K');
 * alias?.origin; // => 'common'
 * ```
 */
export type Alias = z.infer<ReturnType<typeof aliasSchema>>;

export const actorBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    ...recordBaseSchema().shape,
    kind: z.enum(ACTOR_KINDS),
    /** The name used in the records' titles: the most common English spelling. */
    name: z.string().min(1),
    aliases: z.array(aliasSchema()),
    /** ISO 3166-1 alpha-2 code of the country the actor belongs to or is. */
    country: countryCodeSchema().optional(),
    /** The actor this one belongs to (a ministry's state, a president's state). */
    memberOf: idSchema().optional(),
    externalIds: z.array(externalIdSchema()).optional(),
  }),
);

export const actorSchema = /* @__PURE__ */ once(() => refineRecord(actorBaseSchema()));

/**
 * A state, person, group or body that sources name.
 *
 * @example
 * ```ts
 * const actor: Actor | undefined = getActor('tajikistan');
 * [actor?.kind, actor?.name, actor?.country]; // => ['state', 'Tajikistan', 'TJ']
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Actor extends z.infer<ReturnType<typeof actorBaseSchema>> {}

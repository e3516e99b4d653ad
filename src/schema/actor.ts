import * as z from 'zod';
import { CountryCodeSchema, IdSchema } from './id.js';
import { ExternalIdSchema, RecordBaseSchema, refineRecord } from './record-base.js';
import { ACTOR_KINDS, ALIAS_ORIGINS } from './vocabulary.js';

/**
 * Another name for an actor, and whether a source spells it so.
 *
 * @example
 * ```ts
 * AliasSchema.parse({ name: 'ISIS-K', origin: 'common' }); // => { name: 'ISIS-K', origin: 'common' }
 * ```
 */
export const AliasSchema = z.strictObject({
  name: z.string().min(1),
  /** `source` when a cited source uses this spelling; `common` for a name readers search for. */
  origin: z.enum(ALIAS_ORIGINS),
  /** e.g. "abbreviation", "transliteration". */
  note: z.string().min(1).optional(),
});

/**
 * Another name for an actor.
 *
 * @example
 * ```ts
 * const alias: Alias | undefined = getActor('iskp')?.aliases.find((a) => a.name === 'ISIS-K');
 * alias?.origin; // => 'common'
 * ```
 */
export type Alias = z.infer<typeof AliasSchema>;

/**
 * Refinement-free shape of an {@link Actor}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyActor = ActorBaseSchema.extend({ founded: z.number().int() });
 * Object.keys(MyActor.shape).includes('founded'); // => true
 * ```
 */
export const ActorBaseSchema = z.strictObject({
  ...RecordBaseSchema.shape,
  kind: z.enum(ACTOR_KINDS),
  /** The name used in the records' titles: the most common English spelling. */
  name: z.string().min(1),
  aliases: z.array(AliasSchema),
  /** ISO 3166-1 alpha-2 code of the country the actor belongs to or is. */
  country: CountryCodeSchema.optional(),
  /** The actor this one belongs to (a ministry's state, a president's state). */
  memberOf: IdSchema.optional(),
  externalIds: z.array(ExternalIdSchema).optional(),
});

/**
 * A state, person, group or body that sources name. Refined with the shared record rules.
 *
 * @example
 * ```ts
 * ActorSchema.parse({
 *   id: 'tajikistan', kind: 'state', name: 'Tajikistan', aliases: [], country: 'TJ',
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'Tajikistan' }],
 * }).name; // => 'Tajikistan'
 * ```
 */
export const ActorSchema = refineRecord(ActorBaseSchema);

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
export interface Actor extends z.infer<typeof ActorBaseSchema> {}

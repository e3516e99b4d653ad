import * as z from 'zod';
import { FuzzyDateSchema } from './fuzzy-date.js';
import { IdSchema } from './id.js';
import { CountSchema } from './quantity.js';
import { RecordBaseSchema, refineRecord } from './record-base.js';
import { INCIDENT_ROLES, INCIDENT_TYPES } from './vocabulary.js';

/**
 * An actor's part in an incident.
 *
 * @example
 * ```ts
 * IncidentActorSchema.parse({ actor: 'jamaat-ansarullah', role: 'perpetrator' });
 * // => { actor: 'jamaat-ansarullah', role: 'perpetrator' }
 * ```
 */
export const IncidentActorSchema = z.strictObject({
  actor: IdSchema,
  role: z.enum(INCIDENT_ROLES),
});

/**
 * An actor's part in an incident.
 *
 * @example
 * ```ts
 * const [host]: IncidentActor[] = getIncident('central-asia-consultative-meeting-2023')?.actors ?? [];
 * host; // => { actor: 'tajikistan', role: 'host' }
 * ```
 */
export type IncidentActor = z.infer<typeof IncidentActorSchema>;

/**
 * Refinement-free shape of an {@link Incident}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyIncident = IncidentBaseSchema.extend({ severity: z.number().int().min(1).max(5) });
 * Object.keys(MyIncident.shape).includes('severity'); // => true
 * ```
 */
export const IncidentBaseSchema = z.strictObject({
  ...RecordBaseSchema.shape,
  type: z.enum(INCIDENT_TYPES),
  title: z.string().min(1),
  date: FuzzyDateSchema,
  place: IdSchema.optional(),
  actors: z.array(IncidentActorSchema),
  /** Deaths the source states, a whole number; absent when it states none, never 0 for unknown. */
  fatalities: CountSchema.optional(),
  description: z.string().min(1).optional(),
});

/**
 * An event a source reports. Refined with the shared record rules.
 *
 * @example
 * ```ts
 * IncidentSchema.parse({
 *   id: 'example-meeting', type: 'meeting', title: 'A meeting', actors: [],
 *   date: { start: '2023-09-14', end: '2023-09-14', precision: 'day' },
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'held on Thursday, September 14' }],
 * }).type; // => 'meeting'
 * ```
 */
export const IncidentSchema = refineRecord(IncidentBaseSchema);

/**
 * An event a source reports.
 *
 * @example
 * ```ts
 * const incident: Incident | undefined = getIncident('badakhshan-border-incursion-2023-09');
 * [incident?.type, incident?.fatalities?.value]; // => ['clash', 3]
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Incident extends z.infer<typeof IncidentBaseSchema> {}

import * as z from 'zod';
import { fuzzyDateSchema } from './fuzzy-date.js';
import { idSchema } from './id.js';
import { countSchema } from './quantity.js';
import { recordBaseSchema, refineRecord } from './record-base.js';
import { INCIDENT_ROLES, INCIDENT_TYPES } from './vocabulary.js';
import { once } from './once.js';

export const incidentActorSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    actor: idSchema(),
    role: z.enum(INCIDENT_ROLES),
  }),
);

/**
 * An actor's part in an incident.
 *
 * @example
 * ```ts
 * const [host]: IncidentActor[] = getIncident('central-asia-consultative-meeting-2023')?.actors ?? [];
 * host; // => { actor: 'tajikistan', role: 'host' }
 * ```
 */
export type IncidentActor = z.infer<ReturnType<typeof incidentActorSchema>>;

export const incidentBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    ...recordBaseSchema().shape,
    type: z.enum(INCIDENT_TYPES),
    title: z.string().min(1),
    date: fuzzyDateSchema(),
    place: idSchema().optional(),
    actors: z.array(incidentActorSchema()),
    /** Deaths the source states, a whole number; absent when it states none, never 0 for unknown. */
    fatalities: countSchema().optional(),
    description: z.string().min(1).optional(),
  }),
);

export const incidentSchema = /* @__PURE__ */ once(() => refineRecord(incidentBaseSchema()));

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
export interface Incident extends z.infer<ReturnType<typeof incidentBaseSchema>> {}

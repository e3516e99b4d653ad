import type * as z from 'zod';
import { actorSchema } from './actor.js';
import { checkSchema } from './check.js';
import { claimSchema } from './claim.js';
import { incidentSchema } from './incident.js';
import { indicatorSchema } from './indicator.js';
import { observationSchema } from './observation.js';
import { placeSchema } from './place.js';
import { relationSchema } from './relation.js';
import { sourceSchema } from './source.js';
import type { RecordKind, RecordMap } from './record-map.js';
import { once } from './once.js';

export const recordSchemas = /* @__PURE__ */ once(() =>
  Object.freeze({
    source: sourceSchema(),
    actor: actorSchema(),
    place: placeSchema(),
    incident: incidentSchema(),
    indicator: indicatorSchema(),
    observation: observationSchema(),
    claim: claimSchema(),
    relation: relationSchema(),
    check: checkSchema(),
  } as const satisfies { [K in RecordKind]: z.ZodType<RecordMap[K]> }),
);

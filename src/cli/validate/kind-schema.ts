import type * as z from 'zod';
import type { ValidityCheck } from '../../dataset/compiled-validator/validity-check.js';
import type { RecordKind } from '../../schema/record-map.js';
import { defaultSchema } from './default-schema.js';
import { loadSchema } from './load-schema.js';

/**
 * What a run validates one kind with: for our schemas, the validity check generated when the
 * package was built (`quick`, which needs no zod), and the zod schema, loaded when a record
 * fails the check and its issues are wanted. A valid file is checked without loading zod.
 */
export interface KindSchema {
  /** `true` only for a record the schema accepts; `undefined` for schemas of your own. */
  readonly quick: ValidityCheck | undefined;
  /** The zod schema, loaded on the first call. */
  schema(): Promise<z.ZodType>;
}

/** Each kind's generated check, imported when that kind is validated. */
const PREBUILT: { readonly [K in RecordKind]: () => Promise<ValidityCheck | undefined> } = {
  source: async () => (await import('../../generated/validity-checks/source.js')).check,
  actor: async () => (await import('../../generated/validity-checks/actor.js')).check,
  place: async () => (await import('../../generated/validity-checks/place.js')).check,
  incident: async () => (await import('../../generated/validity-checks/incident.js')).check,
  indicator: async () => (await import('../../generated/validity-checks/indicator.js')).check,
  observation: async () => (await import('../../generated/validity-checks/observation.js')).check,
  claim: async () => (await import('../../generated/validity-checks/claim.js')).check,
  relation: async () => (await import('../../generated/validity-checks/relation.js')).check,
  check: async () => (await import('../../generated/validity-checks/check.js')).check,
};

/**
 * The schema `validate` uses for `kind`: ours (with its generated check), or that of the
 * `--schemas` module at `module`, loaded at once so that a module that cannot be loaded is
 * reported before any input is read.
 *
 * @example
 * ```ts
 * const incident = await kindSchema('incident');
 * incident.quick?.(getIncident('badakhshan-border-incursion-2023-09')); // => true
 * (await incident.schema()) === IncidentSchema; // => true
 * ```
 */
export async function kindSchema(kind: RecordKind, module?: string): Promise<KindSchema> {
  if (module !== undefined) {
    const schema = await loadSchema(kind, module);
    return { quick: undefined, schema: () => Promise.resolve(schema) };
  }
  let loading: Promise<z.ZodType> | undefined;
  return { quick: await PREBUILT[kind](), schema: () => (loading ??= defaultSchema(kind)) };
}

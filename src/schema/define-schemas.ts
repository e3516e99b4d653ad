import * as z from 'zod';
import { actorBaseSchema } from './actor.js';
import { checkBaseSchema, refineCheck } from './check.js';
import { claimBaseSchema } from './claim.js';
import { GEO_DECIMALS, GEO_PRECISIONS, placeGeoBaseSchema, type GeoPrecision } from './geo.js';
import { ID_PATTERN } from './id.js';
import { incidentActorSchema, incidentBaseSchema } from './incident.js';
import { indicatorBaseSchema } from './indicator.js';
import { observationBaseSchema } from './observation.js';
import { placeBaseSchema, refinePlaceGeo } from './place.js';
import { refineRecord } from './record-base.js';
import { refineRelation, relationBaseSchema } from './relation.js';
import { refineSource, sourceBaseSchema } from './source.js';
import { datasetSchemaOf, type DatasetSchemaOf } from './dataset-schema.js';
import { RECORD_KINDS, type RecordKind } from './record-map.js';
import { comparisonSchema } from './observation.js';
import { quantitySchemasFor, unitSchema } from './quantity.js';
import { checkOptions } from './check-options.js';
import { describeValue, isFieldObject, isList } from './describe-value.js';
import {
  ACTOR_KINDS,
  INCIDENT_ROLES,
  INCIDENT_TYPES,
  PLACE_KINDS,
  RELATION_TYPES,
  UNITS,
  type ActorKind,
  type IncidentRole,
  type IncidentType,
  type PlaceKind,
  type RelationType,
  type Unit,
} from './vocabulary.js';

type Shape = z.core.$ZodLooseShape;
type Members = readonly string[];

/**
 * Extra fields per record kind, as zod shapes.
 *
 * @example
 * ```ts
 * const fields: ExtraFields = { incident: { severity: z.number().int().optional() } };
 * Object.keys(defineSchemas({ fields }).bases.incident.shape).includes('severity'); // => true
 * ```
 */
export interface ExtraFields extends Partial<Record<RecordKind, Shape>> {}

/**
 * What {@link defineSchemas} adds to ours. Every vocabulary member must be kebab-case; members
 * that we already have are allowed and change nothing.
 *
 * @example
 * ```ts
 * const options: DefineSchemasOptions = { incidentTypes: ['protest'], actorKinds: ['militia'] };
 * defineSchemas(options).vocabulary.actorKinds.includes('militia'); // => true
 * ```
 */
export interface DefineSchemasOptions {
  /** Incident types beyond {@link INCIDENT_TYPES}, e.g. `['protest', 'arrest']`. */
  incidentTypes?: Members;
  /** Actor roles in an incident beyond {@link INCIDENT_ROLES}. */
  incidentRoles?: Members;
  /** Actor kinds beyond {@link ACTOR_KINDS}, e.g. `['militia']`. */
  actorKinds?: Members;
  /** Place kinds beyond {@link PLACE_KINDS}, e.g. `['district']`. */
  placeKinds?: Members;
  /**
   * Geo precision levels beyond {@link GEO_PRECISIONS}, each with the most decimals a point at
   * that level may carry, e.g. `{ water: 2, area: 1 }` (UCDP's `where_prec` 7 and 5).
   */
  geoPrecisions?: Readonly<Record<string, number>>;
  /** Relation types beyond {@link RELATION_TYPES}, e.g. `['funds']`. */
  relationTypes?: Members;
  /** Units beyond {@link UNITS}, e.g. `['sheep', 'us-dollar']`: accepted in every quantity and indicator. */
  units?: Members;
  /** Fields to add to record kinds; make them optional to keep accepting our bundled records. */
  fields?: ExtraFields;
}

/**
 * The members option `K` adds (for `geoPrecisions`, its level names): `never` when `O` has no
 * such key, and any `string` when its type does not say which (options typed
 * `DefineSchemasOptions`, or an optional list), because the members are there at run time all
 * the same. Options that are a union add what any of their objects adds.
 */
type Added<O, K extends keyof DefineSchemasOptions> = O extends unknown ? (K extends keyof O ? AddedBy<O[K]> : never) : never;
/**
 * What an option's value type adds. A key typed `undefined` adds nothing; a type that has
 * collapsed to `never` (two tuples intersected: `{ ...o, units: ['sheep'] }` in a generic
 * wrapper) or `any` says nothing about it, so any string.
 */
type AddedBy<V> = 0 extends 1 & V ? string : [V] extends [never] ? string : [V] extends [undefined] ? never : NamesIn<NonNullable<V>>;
/**
 * The names a list gives (its members) or a `geoPrecisions` object gives (its keys, as the
 * strings `Object.keys` returns: `{ 7: 2 }` adds `'7'`); any string for another type.
 */
type NamesIn<V> = V extends readonly (infer M extends string)[] ? M : V extends Readonly<Record<string, number>> ? `${keyof V & (string | number)}` : string;
/** The extra fields option `O` gives for `K`, or none. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- {} is the empty zod shape: .extend({}) adds no field
type FieldsFor<O, K extends keyof ExtraFields> = O extends { fields: { [P in K]: infer F extends Shape } } ? F : {};

/** A vocabulary: ours followed by the caller's members, as a non-empty tuple zod accepts. */
type Vocabulary<Ours extends Members, Extra extends string> = readonly [Ours[number] | Extra, ...(Ours[number] | Extra)[]];

function vocabulary<Ours extends Members, Extra extends string>(name: string, ours: Ours, extra: readonly Extra[] | undefined): Vocabulary<Ours, Extra> {
  // A string is iterable too: 'protest' would add the members p, r, o, t, e and s.
  if (extra !== undefined && !isList(extra)) throw new TypeError(`defineSchemas: ${name} must be an array of kebab-case strings, got ${describeValue(extra)}`);
  for (const member of extra ?? []) {
    if (typeof member !== 'string' || !ID_PATTERN.test(member)) {
      throw new TypeError(`defineSchemas: ${name} member ${JSON.stringify(member)} must be a kebab-case string such as "border-clash"`);
    }
  }
  return Object.freeze([...new Set<string>([...ours, ...(extra ?? [])])]) as unknown as Vocabulary<Ours, Extra>;
}

/** The options {@link defineSchemas} reads; any other key is a mistake plain JavaScript would not catch. */
const OPTION_KEYS: readonly (keyof DefineSchemasOptions)[] = [
  'incidentTypes',
  'incidentRoles',
  'actorKinds',
  'placeKinds',
  'geoPrecisions',
  'relationTypes',
  'units',
  'fields',
];

function buildSchemas<O extends DefineSchemasOptions>(options: O) {
  checkOptions(options, 'defineSchemas', 'options', OPTION_KEYS);
  if (options.fields !== undefined) checkOptions(options.fields, 'defineSchemas', 'fields', RECORD_KINDS);
  // Any level name may be added, so only the shape is checked.
  if (options.geoPrecisions !== undefined && !isFieldObject(options.geoPrecisions)) {
    throw new TypeError(`defineSchemas: geoPrecisions must be an object, got ${describeValue(options.geoPrecisions)}`);
  }
  const fields = (options.fields ?? {}) as { [K in keyof ExtraFields]-?: FieldsFor<O, K> };
  const incidentTypes = vocabulary('incidentTypes', INCIDENT_TYPES, options.incidentTypes as readonly Added<O, 'incidentTypes'>[] | undefined);
  const incidentRoles = vocabulary('incidentRoles', INCIDENT_ROLES, options.incidentRoles as readonly Added<O, 'incidentRoles'>[] | undefined);
  const actorKinds = vocabulary('actorKinds', ACTOR_KINDS, options.actorKinds as readonly Added<O, 'actorKinds'>[] | undefined);
  const placeKinds = vocabulary('placeKinds', PLACE_KINDS, options.placeKinds as readonly Added<O, 'placeKinds'>[] | undefined);
  const relationTypes = vocabulary('relationTypes', RELATION_TYPES, options.relationTypes as readonly Added<O, 'relationTypes'>[] | undefined);
  const units = vocabulary('units', UNITS, options.units as readonly Added<O, 'units'>[] | undefined);
  const quantities = quantitySchemasFor(units);
  const extraDecimals = options.geoPrecisions ?? {};
  for (const [level, decimals] of Object.entries(extraDecimals)) {
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 8) {
      throw new TypeError(`defineSchemas: geoPrecisions.${level} must be a whole number of decimals from 0 to 8, got ${JSON.stringify(decimals)}`);
    }
  }
  const geoPrecisions = vocabulary('geoPrecisions', GEO_PRECISIONS, Object.keys(extraDecimals) as unknown as readonly Added<O, 'geoPrecisions'>[]);
  const geoDecimals: Record<string, number> = { ...extraDecimals, ...GEO_DECIMALS };

  const IncidentActor = incidentActorSchema().extend({ role: z.enum(incidentRoles) });
  const SourceBase = sourceBaseSchema().extend(fields.source ?? {});
  const ActorBase = actorBaseSchema()
    .extend({ kind: z.enum(actorKinds) })
    .extend(fields.actor ?? {});
  const PlaceGeo = placeGeoBaseSchema().extend({ precision: z.enum(geoPrecisions) });
  const PlaceBase = placeBaseSchema()
    .extend({ kind: z.enum(placeKinds), geo: PlaceGeo.optional() })
    .extend(fields.place ?? {});
  const IncidentBase = incidentBaseSchema()
    .extend({
      type: z.enum(incidentTypes),
      actors: z.array(IncidentActor),
      fatalities: quantities.count.optional(),
    })
    .extend(fields.incident ?? {});
  const IndicatorBase = indicatorBaseSchema()
    .extend({ unit: unitSchema(units) })
    .extend(fields.indicator ?? {});
  const ObservationBase = observationBaseSchema()
    .extend({
      value: quantities.quantity,
      comparison: comparisonSchema().extend({ change: quantities.quantity }).optional(),
    })
    .extend(fields.observation ?? {});
  const ClaimBase = claimBaseSchema().extend(fields.claim ?? {});
  const RelationBase = relationBaseSchema()
    .extend({ type: z.enum(relationTypes) })
    .extend(fields.relation ?? {});
  const CheckBase = checkBaseSchema().extend(fields.check ?? {});

  const schemas = Object.freeze({
    source: refineSource(SourceBase),
    actor: refineRecord(ActorBase),
    place: refinePlaceGeo(refineRecord(PlaceBase), geoDecimals),
    incident: refineRecord(IncidentBase),
    indicator: refineRecord(IndicatorBase),
    observation: refineRecord(ObservationBase),
    claim: refineRecord(ClaimBase),
    relation: refineRelation(refineRecord(RelationBase)),
    check: refineCheck(refineRecord(CheckBase)),
  });
  const DatasetSchema = datasetSchemaOf(schemas);
  // Frozen containers (the zod schemas inside stay zod's): a caller cannot swap a schema out of
  // a set that other code holds.
  return Object.freeze({
    /** One schema per kind, ready for `createDataset(input, { schemas })`. */
    schemas,
    /** Refinement-free objects per kind, for further `.extend()`, `.pick()` and `.omit()`. */
    bases: Object.freeze({
      source: SourceBase,
      actor: ActorBase,
      place: PlaceBase,
      incident: IncidentBase,
      indicator: IndicatorBase,
      observation: ObservationBase,
      claim: ClaimBase,
      relation: RelationBase,
      check: CheckBase,
    }),
    DatasetSchema,
    IncidentActorSchema: IncidentActor,
    vocabulary: Object.freeze({ incidentTypes, incidentRoles, actorKinds, placeKinds, relationTypes, units, geoPrecisions }),
  });
}

type Extend<A extends Shape, B extends Shape> = z.core.util.Extend<A, z.core.util.Writeable<B>>;
type Strict<S extends Shape> = z.ZodObject<S, z.core.$strict>;
type EnumOf<M extends string> = z.ZodEnum<{ [K in M]: K }>;

type IncidentActorOf<O> = Strict<Extend<ReturnType<typeof incidentActorSchema>['shape'], { role: EnumOf<IncidentRole | Added<O, 'incidentRoles'>> }>>;
type SourceBaseOf<O> = Strict<Extend<ReturnType<typeof sourceBaseSchema>['shape'], FieldsFor<O, 'source'>>>;
type ActorBaseOf<O> = Strict<
  Extend<Extend<ReturnType<typeof actorBaseSchema>['shape'], { kind: EnumOf<ActorKind | Added<O, 'actorKinds'>> }>, FieldsFor<O, 'actor'>>
>;
type PlaceGeoOf<O> = Strict<Extend<ReturnType<typeof placeGeoBaseSchema>['shape'], { precision: EnumOf<GeoPrecision | Added<O, 'geoPrecisions'>> }>>;
type PlaceBaseOf<O> = Strict<
  Extend<
    Extend<ReturnType<typeof placeBaseSchema>['shape'], { kind: EnumOf<PlaceKind | Added<O, 'placeKinds'>>; geo: z.ZodOptional<PlaceGeoOf<O>> }>,
    FieldsFor<O, 'place'>
  >
>;
type IncidentBaseOf<O> = Strict<
  Extend<
    Extend<ReturnType<typeof incidentBaseSchema>['shape'], { type: EnumOf<IncidentType | Added<O, 'incidentTypes'>>; actors: z.ZodArray<IncidentActorOf<O>> }>,
    FieldsFor<O, 'incident'>
  >
>;
type IndicatorBaseOf<O> = Strict<Extend<ReturnType<typeof indicatorBaseSchema>['shape'], FieldsFor<O, 'indicator'>>>;
type ObservationBaseOf<O> = Strict<Extend<ReturnType<typeof observationBaseSchema>['shape'], FieldsFor<O, 'observation'>>>;
type ClaimBaseOf<O> = Strict<Extend<ReturnType<typeof claimBaseSchema>['shape'], FieldsFor<O, 'claim'>>>;
type CheckBaseOf<O> = Strict<Extend<ReturnType<typeof checkBaseSchema>['shape'], FieldsFor<O, 'check'>>>;
type RelationBaseOf<O> = Strict<
  Extend<Extend<ReturnType<typeof relationBaseSchema>['shape'], { type: EnumOf<RelationType | Added<O, 'relationTypes'>> }>, FieldsFor<O, 'relation'>>
>;

/**
 * The refinement-free object of each kind that {@link defineSchemas} builds for options `O`.
 *
 * @example
 * ```ts
 * defineSchemas({ placeKinds: ['checkpoint'] }).bases.place.shape.kind.options.at(-1); // => 'checkpoint'
 * ```
 */
export interface DefinedBases<O> {
  source: SourceBaseOf<O>;
  actor: ActorBaseOf<O>;
  place: PlaceBaseOf<O>;
  incident: IncidentBaseOf<O>;
  indicator: IndicatorBaseOf<O>;
  observation: ObservationBaseOf<O>;
  claim: ClaimBaseOf<O>;
  relation: RelationBaseOf<O>;
  check: CheckBaseOf<O>;
}

/**
 * What {@link defineSchemas} returns for options `O`.
 *
 * @example
 * ```ts
 * const mine: DefinedSchemas<{ incidentTypes: ['protest'] }> = defineSchemas({ incidentTypes: ['protest'] });
 * Object.keys(mine); // => ['schemas', 'bases', 'DatasetSchema', 'IncidentActorSchema', 'vocabulary']
 * ```
 */
export interface DefinedSchemas<O extends DefineSchemasOptions> {
  /** One schema per kind, refined with our rules, ready for `createDataset(input, { schemas })`. */
  schemas: DefinedBases<O>;
  /** Refinement-free objects per kind, for further `.extend()`, `.pick()` and `.omit()`. */
  bases: DefinedBases<O>;
  /** A whole dataset: one optional array per kind. */
  DatasetSchema: DatasetSchemaOf<DefinedBases<O>>;
  /** The incident actor `{ actor, role }` with the extended roles. */
  IncidentActorSchema: IncidentActorOf<O>;
  /** Each vocabulary: ours, then yours. */
  vocabulary: {
    incidentTypes: readonly (IncidentType | Added<O, 'incidentTypes'>)[];
    incidentRoles: readonly (IncidentRole | Added<O, 'incidentRoles'>)[];
    actorKinds: readonly (ActorKind | Added<O, 'actorKinds'>)[];
    placeKinds: readonly (PlaceKind | Added<O, 'placeKinds'>)[];
    relationTypes: readonly (RelationType | Added<O, 'relationTypes'>)[];
    units: readonly (Unit | Added<O, 'units'>)[];
    geoPrecisions: readonly (GeoPrecision | Added<O, 'geoPrecisions'>)[];
  };
}

/**
 * Builds the whole set of record schemas with your own vocabulary members and fields added to
 * ours, so you validate your data by our rules without forking. Every refinement of ours
 * (date order, precision fit, `low ≤ value ≤ high`, withdrawal ⇔ status, `from ≠ to`) still
 * applies, and the types follow: pass `schemas` to `createDataset` and queries such as
 * `findIncidents({ type: 'protest' })` accept and return your members. The types see what the
 * options' static type shows: options typed `DefineSchemasOptions` give `string` members, but
 * options typed `object`, or `cond ? full : lite` where TypeScript keeps only `lite`'s type,
 * hide the members they add; type such options `DefineSchemasOptions`.
 *
 * @throws {TypeError} when a vocabulary member is not a kebab-case string, a vocabulary is not
 * an array, or `options` or `fields` has a key that is not one of theirs (`incidentType`,
 * `fields: { incidnet }`): plain JavaScript would otherwise ignore it without a word.
 *
 * @example
 * ```ts
 * // doctest: skip (validates `myData`, records of your own)
 * const mine = defineSchemas({
 *   incidentTypes: ['protest'],
 *   actorKinds: ['militia'],
 *   fields: { incident: { severity: z.number().int().min(1).max(5).optional() } },
 * });
 * mine.vocabulary.incidentTypes.includes('protest'); // => true
 * mine.bases.incident.shape.type.options.at(-1); // => 'protest'
 * const ds = createDataset(myData, { schemas: mine.schemas });
 * ds.findIncidents({ type: 'protest' }); // typed: 'protest' is a valid type here
 * ```
 */
export function defineSchemas<const O extends DefineSchemasOptions>(options: O): DefinedSchemas<O> {
  return buildSchemas(options);
}

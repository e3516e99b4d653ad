/**
 * What the schema entry exports besides the schema objects: the record types, vocabularies and
 * helpers. The main entry re-exports this module whole; the schema entry adds
 * `./schema-objects.js`, whose objects are built when it is imported.
 */
export {
  ACTOR_KINDS,
  ALIAS_ORIGINS,
  DATE_PRECISIONS,
  INCIDENT_ROLES,
  INCIDENT_TYPES,
  PLACE_KINDS,
  QUANTITY_QUALIFIERS,
  RECORD_KINDS,
  RECORD_STATUSES,
  RELATION_TYPES,
  STANCES,
  SYMMETRIC_RELATION_TYPES,
} from '../schema/index.js';
export type {
  ActorKind,
  AliasOrigin,
  DatePrecision,
  IncidentRole,
  IncidentType,
  PlaceKind,
  QuantityQualifier,
  RecordKind,
  RecordStatus,
  RelationType,
  Stance,
} from '../schema/index.js';
export { ID_PATTERN } from '../schema/index.js';
export type { Id, CountryCode, FuzzyDate } from '../schema/index.js';

export type { Quantity, Citation, Source } from '../schema/index.js';
export { refineRecord, refineRelation } from '../schema/index.js';
export type { Inference, ExternalId, Withdrawal, RecordBase } from '../schema/index.js';

export type {
  Actor,
  Alias,
  Place,
  Incident,
  IncidentActor,
  Indicator,
  Comparison,
  Derivation,
  Observation,
  ClaimChannel,
  Position,
  Claim,
  Relation,
} from '../schema/index.js';
export { COLLECTION_OF } from '../schema/index.js';
export type { DatasetInput, DatasetSchemaOf, DatasetCollections, RecordMap, IdMap, CollectionName, CollectionOf } from '../schema/index.js';
export { defineSchemas } from '../schema/index.js';
export type { DefineSchemasOptions, DefinedSchemas, DefinedBases, ExtraFields } from '../schema/index.js';
export { toJsonSchema, jsonSchemas } from '../schema/index.js';
export type { JsonSchemaName, JsonSchemaDocument } from '../schema/index.js';

// Vocabularies and schemas added in the second release: units and counts, claim scopes, sources
// of more than one kind, checks against primary sources, and place geometry.
export { UNITS, COUNTRY_CODES, SCOPE_ASPECTS } from '../schema/index.js';
export type { Unit, PositionScope } from '../schema/index.js';
export { SOURCE_KINDS, SOURCE_COPIES, refineSource } from '../schema/index.js';
export type { SourceKind, SourceCopy, SourceRuleFields } from '../schema/index.js';
export { CHECK_VERDICTS, CHECK_ASPECTS, CHECK_VALUE_KINDS, ASPECT_VALUE_KINDS, refineCheck } from '../schema/index.js';
export type { Check, CheckValue, CheckVerdict, CheckAspect, CheckValueKind, CheckRuleFields } from '../schema/index.js';
export { GEO_PRECISIONS, GEO_DECIMALS, GEO_DERIVATIONS, refinePlaceGeo } from '../schema/index.js';
export type { GeoPrecision, GeoProvenance, LonLat, BBox, PlaceGeo } from '../schema/index.js';

/**
 * `central-asia-security`: the bundled, sourced dataset of Central Asian security actors,
 * incidents, indicators, claims and relations, with query helpers, `createDataset` for your own
 * data, and the schema entry's types, vocabularies and helpers. Browser-safe: nothing here
 * touches Node built-ins. An app that only reads the bundled records imports
 * `central-asia-security/records` instead, which has no zod.
 *
 * The zod schemas themselves (`ActorSchema`, `RECORD_SCHEMAS`, ...) are exported by
 * `central-asia-security/schema` only: re-exported here they would all be built whenever this
 * entry is imported (398 zod objects, about 13 ms), where `createDataset` builds them on its
 * first call.
 *
 * Every name is listed here on purpose (the schema entry's types, vocabularies and helpers in
 * ./schema-surface.ts): this list is the public surface that etc/main.api.md records; a name not
 * listed stays internal.
 *
 * @module
 */
export * from './schema-surface.js';

// The bundled data and its queries.
export { dataset } from './bundled/dataset.js';
export {
  getSource,
  getActor,
  getPlace,
  getIncident,
  getIndicator,
  getObservation,
  getClaim,
  getRelation,
  getRecord,
  isActorId,
  searchActors,
  findIncidents,
  claimsAbout,
  claimsBy,
  contradictions,
  relationsOf,
  series,
  getCheck,
  checksOf,
  disputed,
  statementsOf,
  bestDate,
} from './bundled/queries.js';
export type { CheckedId } from './bundled/queries.js';
export { isBundledId, isSourceId, isPlaceId, isIncidentId, isIndicatorId, isObservationId, isClaimId, isRelationId, isCheckId } from './bundled/guards.js';
export type {
  BundledId,
  BundledRecordMap,
  BundledSource,
  BundledActor,
  BundledPlace,
  BundledIncident,
  BundledIncidentActor,
  BundledIndicator,
  BundledObservation,
  BundledClaim,
  BundledRelation,
  BundledCitation,
  BundledCheck,
} from './bundled/records.js';
export type { BundledIds, ActorId, ClaimId, IncidentId, IndicatorId, ObservationId, PlaceId, RelationId, SourceId, CheckId } from './bundled/ids.js';

// Datasets of your own.
export {
  createDataset,
  safeCreateDataset,
  mergeDatasets,
  createRecordValidator,
  scopeDifferences,
  DatasetValidationError,
  formatIssue,
} from '../dataset/index.js';

// Places on a map.
export { placeWithin, placeNear, distanceKm } from '../dataset/index.js';
export type { NearQuery } from '../dataset/index.js';
export type {
  AnyRecord,
  BestDate,
  Contradiction,
  ContradictionOptions,
  ContradictionPair,
  ScopeDifference,
  CreateDatasetOptions,
  Dataset,
  DateMatch,
  DatesOption,
  Dispute,
  IncidentQuery,
  MergeInput,
  RecordIssue,
  RecordValidator,
  RecordsOf,
  RelationsOfOptions,
  SafeCreateDatasetResult,
  SchemaOverrides,
  SearchActorsOptions,
  SeriesOptions,
  Statement,
  ValidationIssue,
  ValidationIssueCode,
} from '../dataset/index.js';

// Dates.
export { resolveRelativeDate, fuzzyDate, compareFuzzyDates, intersectFuzzyDates, precisionOf, overlaps, within } from '../time/index.js';
export type { ResolveRelativeDateOptions, Tristate, DateWindow, TristateOptions } from '../time/index.js';

// Quantities.
export {
  unitInfo,
  unitsCompatible,
  conversionFactor,
  convertValue,
  convertQuantity,
  roundSignificant,
  formatQuantity,
  unitWord,
  UnitError,
} from '../quantity/index.js';
export type { UnitInfo, UnitDimension, ComputedQuantity, ComputedQualifier, FormatQuantityOptions } from '../quantity/index.js';

// Comparing figures.
export { compare, rate, impliedBaseline, periodLength, DAYS_PER } from '../compare/index.js';
export type { Comparable, CompareOptions, CompareResult, ComparedSide, RateOptions, RateUnit, PeriodLength, ImpliedBaseline } from '../compare/index.js';

// Tables.
export { toRows } from './bundled/tables.js';
export { fromTables } from '../tables/index.js';
export { withDates, observationsView } from '../tables/index.js';
export type { DatedRow, ObservationViewRow } from '../tables/index.js';
export type { TableRowsInput, RebuiltRecords, TableRow } from '../tables/index.js';
export { exportTable, exportTables, TABLE_NAMES, toJson, toNdjson, toDataPackage } from '../tables/index.js';
export { toGeoJson } from '../tables/index.js';
export type { GeoJsonFeatureCollection, GeoJsonFeature, GeoJsonPoint, ToGeoJsonOptions } from '../tables/index.js';
export type {
  ExportTable,
  TableName,
  Row,
  Cell,
  ColumnSpec,
  FieldType,
  ForeignKeySpec,
  TableInput,
  DataPackage,
  DataPackageMetadata,
  DataPackageOptions,
  DataPackageResource,
  DataPackageLicense,
  DataPackageSource,
} from '../tables/index.js';

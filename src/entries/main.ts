/**
 * `central-asia-security`: the bundled, sourced dataset of Central Asian security actors,
 * incidents, indicators, claims and relations, with query helpers, `createDataset` for your own
 * data, and the schemas. Browser-safe: nothing here touches Node built-ins.
 *
 * @module
 */
export * from '../schema/index.js';
export { dataset } from './bundled/dataset.js';
export * from './bundled/queries.js';
export type * from './bundled/ids.js';
export { createDataset, mergeDatasets, createRecordValidator, scopeDifferences, DatasetValidationError, formatIssue, foldText } from '../dataset/index.js';
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
  FieldOf,
  IncidentQuery,
  MergeInput,
  RecordIssue,
  RecordValidator,
  RecordMapLike,
  RecordsOf,
  RelationsOfOptions,
  SchemaOverrides,
  SearchActorsOptions,
  SeriesOptions,
  Statement,
  ValidationIssue,
  ValidationIssueCode,
} from '../dataset/index.js';
export { resolveRelativeDate, fuzzyDate, compareFuzzyDates, intersectFuzzyDates, precisionOf } from '../time/index.js';
export type { ResolveRelativeDateOptions } from '../time/index.js';
export { overlaps, within } from '../time/index.js';
export type { Tristate, DateWindow, TristateOptions } from '../time/index.js';
export {
  unitInfo,
  unitsCompatible,
  conversionFactor,
  convertValue,
  convertQuantity,
  roundSignificant,
  formatQuantity,
  boundsOf,
  applyMonotone,
  UnitError,
} from '../quantity/index.js';
export type { UnitInfo, UnitDimension, Bounds, ComputedQuantity, ComputedQualifier, FormatQuantityOptions } from '../quantity/index.js';
export { compare, rate, impliedBaseline, periodLength, DAYS_PER } from '../compare/index.js';
export type {
  Comparable,
  CompareOptions,
  CompareResult,
  ComparedSide,
  RateOptions,
  RateUnit,
  PeriodLength,
  ImpliedBaseline,
} from '../compare/index.js';
export { toRows } from './bundled/tables.js';
export { exportTable, exportTables, tableRows, TABLE_NAMES, toJson, toNdjson, toDataPackage } from '../tables/index.js';
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

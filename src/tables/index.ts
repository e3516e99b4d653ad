export { exportTable, exportTables, tableRows } from './export-tables.js';
export type { ExportTable } from './export-tables.js';
export { TABLE_NAMES } from './table-spec.js';
export type { TableName, Row, Cell, ColumnSpec, FieldType, ForeignKeySpec, TableInput } from './table-spec.js';
export { toJson, toNdjson } from './serialize.js';
export { toDataPackage } from './datapackage.js';
export { toGeoJson } from './geojson.js';
export type { GeoJsonFeatureCollection, GeoJsonFeature, GeoJsonPoint, ToGeoJsonOptions } from './geojson.js';
export type { DataPackage, DataPackageMetadata, DataPackageOptions, DataPackageResource, DataPackageLicense, DataPackageSource } from './datapackage.js';
// toCsv lives in ./csv.js, outside this index: csv-stringify needs Node's Buffer.
export { fromTables } from './from-tables.js';
export type { TableRowsInput, RebuiltRecords } from './from-tables.js';
export type { TableRow } from './row-types.js';
export { withDates, observationsView } from './dated-rows.js';
export type { DatedRow, ObservationViewRow } from './dated-rows.js';

import type { BBox, LonLat, Place } from '../schema/index.js';
import { describeValue, isFieldObject } from '../schema/describe-value.js';
import { assertTableInput } from './check-input.js';
import { tableFor } from './export-tables.js';
import type { Row, TableInput } from './table-spec.js';

/**
 * A GeoJSON Point (RFC 7946 §3.1.2): `[longitude, latitude]`, WGS 84.
 *
 * @example
 * ```ts
 * const p = toGeoJson(dataset, { kind: 'places' }).features.find((f) => f.id === 'dushanbe')?.geometry as GeoJsonPoint;
 * p; // => { type: 'Point', coordinates: [68.779, 38.536] }
 * ```
 */
export interface GeoJsonPoint {
  type: 'Point';
  coordinates: LonLat;
}

/**
 * A GeoJSON Feature whose properties are one tidy row; `geometry` is `null` when the record has
 * no place with a point (RFC 7946 §3.2 allows unlocated features).
 *
 * @example
 * ```ts
 * toGeoJson(dataset, { kind: 'places' }).features[0]?.properties.id; // => 'central-asia'
 * ```
 */
export interface GeoJsonFeature {
  type: 'Feature';
  id: string;
  /** The place's extent `[west, south, east, north]`, when it has one. */
  bbox?: BBox;
  geometry: GeoJsonPoint | null;
  properties: Row;
}

/**
 * A GeoJSON FeatureCollection (RFC 7946 §3.3).
 *
 * @example
 * ```ts
 * toGeoJson(dataset, { kind: 'incidents' }).type; // => 'FeatureCollection'
 * ```
 */
export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
}

/**
 * Options for {@link toGeoJson}: which table becomes features.
 *
 * @example
 * ```ts
 * const options: ToGeoJsonOptions = { kind: 'incidents' };
 * toGeoJson(dataset, options).features.length === dataset.incidents.length; // => true
 * ```
 */
export interface ToGeoJsonOptions {
  kind: 'incidents' | 'places';
}

/**
 * The places or incidents of a dataset as an RFC 7946 FeatureCollection: one Feature per row
 * of the tidy table (same ids, columns and order as `places.csv` / `incidents.csv`, so
 * `lon`, `lat` and `geo_precision` are among the properties), a Point at the place's
 * representative point (an incident takes its place's), and the place's bbox when it has one.
 * An incident with no place, or a place with no geometry, has `geometry: null`.
 *
 * @throws {TypeError} When `input` is not a dataset (see `exportTables`) or `options` not an object.
 * @throws {RangeError} When `kind` is neither `incidents` nor `places`.
 *
 * @example
 * ```ts
 * const places = toGeoJson(dataset, { kind: 'places' });
 * places.features.find((f) => f.id === 'dushanbe')?.geometry; // => { type: 'Point', coordinates: [68.779, 38.536] }
 * const incidents = toGeoJson(dataset, { kind: 'incidents' });
 * incidents.features.find((f) => f.id === 'badakhshan-border-incursion-2023-09')?.properties.geo_precision; // => 'province'
 * ```
 */
export function toGeoJson(input: TableInput, options: ToGeoJsonOptions): GeoJsonFeatureCollection {
  assertTableInput(input, 'toGeoJson');
  if (!isFieldObject(options)) throw new TypeError(`toGeoJson: options must be { kind: "incidents" | "places" }, got ${describeValue(options)}`);
  const kind = options.kind;
  if (kind !== 'incidents' && kind !== 'places')
    throw new RangeError(`toGeoJson: kind must be "incidents" or "places", got ${JSON.stringify(kind) ?? 'undefined'}`);
  const placesById = new Map<string, Place>(input.places.map((p) => [p.id, p as Place]));
  const features = tableFor('toGeoJson', input, kind).rows.map((row): GeoJsonFeature => {
    const placeId = kind === 'places' ? row.id : row.place;
    const bbox = typeof placeId === 'string' ? placesById.get(placeId)?.geo?.bbox : undefined;
    const located = typeof row.lon === 'number' && typeof row.lat === 'number';
    return {
      type: 'Feature',
      id: String(row.id),
      ...(bbox === undefined ? {} : { bbox: [...bbox] as BBox }),
      geometry: located ? { type: 'Point', coordinates: [row.lon as number, row.lat as number] } : null,
      properties: row,
    };
  });
  return { type: 'FeatureCollection', features };
}

import * as z from 'zod';
import { geoProblems, OUTLINE_DECIMALS } from './rules/geo-rules.js';
import { markRule } from './rules/rule-calls.js';
import { bboxInOrder } from './rules/value-rules.js';
import { once } from './once.js';

export { decimalsOf } from './rules/geo-rules.js';

/**
 * What a place's representative point stands for, finest first: an exact `site` (a post, a
 * bridge), a `village` or other named settlement, a `district` (ADM2), a `province` (ADM1), a
 * `country`, a `region` of several countries, or a `line` (a border, river or route). See
 * docs/data.md, "How places are coded", for how each maps to ACLED's `geo_precision` and UCDP's
 * `where_prec`.
 *
 * @example
 * ```ts
 * GEO_PRECISIONS; // => ['site', 'village', 'district', 'province', 'country', 'region', 'line']
 * ```
 */
export const GEO_PRECISIONS = /* @__PURE__ */ Object.freeze(['site', 'village', 'district', 'province', 'country', 'region', 'line'] as const);

/**
 * A member of {@link GEO_PRECISIONS}.
 *
 * @example
 * ```ts
 * const precision: GeoPrecision = 'province';
 * GEO_DECIMALS[precision]; // => 2
 * ```
 */
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/**
 * The most decimal places a coordinate may carry at each precision: 0.0001° (about 10 m) for a
 * site, 0.001° for a settlement, 0.01° (about 1 km) for a district, province or line, 0.1° for a
 * country or region. A point with more digits claims more than its precision supports.
 *
 * @example
 * ```ts
 * GEO_DECIMALS.province; // => 2
 * ```
 */
export const GEO_DECIMALS: Readonly<Record<GeoPrecision, number>> = /* @__PURE__ */ Object.freeze({
  site: 4,
  village: 3,
  district: 2,
  province: 2,
  country: 1,
  region: 1,
  line: 2,
});

/**
 * How a coordinate was obtained: a gazetteer's own point (`gazetteer-point`), the centroid of
 * a polygon in a named boundary data set (`boundary-centroid`), the data set's curated label
 * point when the centroid lies too near the edge (`label-point`), the middle of a line
 * (`line-midpoint`), vertices taken from a data set's shared boundary (`boundary-line`), a schematic line through
 * gazetteer points (`schematic-line`), or
 * coordinates a cited source gives (`source-coordinates`).
 *
 * @example
 * ```ts
 * GEO_DERIVATIONS.includes('boundary-centroid'); // => true
 * ```
 */
export const GEO_DERIVATIONS = /* @__PURE__ */ Object.freeze([
  'gazetteer-point',
  'boundary-centroid',
  'label-point',
  'line-midpoint',
  'boundary-line',
  'schematic-line',
  'source-coordinates',
] as const);

export const longitudeSchema = /* @__PURE__ */ once(() => z.number().min(-180).max(180));

export const latitudeSchema = /* @__PURE__ */ once(() => z.number().min(-90).max(90));

export const lonLatSchema = /* @__PURE__ */ once(() => z.tuple([longitudeSchema(), latitudeSchema()]));

/**
 * A position `[longitude, latitude]`.
 *
 * @example
 * ```ts
 * const dushanbe: LonLat = [68.779, 38.536];
 * LonLatSchema.parse(dushanbe); // => [68.779, 38.536]
 * ```
 */
export type LonLat = z.infer<ReturnType<typeof lonLatSchema>>;

export const bboxSchema = /* @__PURE__ */ once(() =>
  markRule(
    z
      .tuple([longitudeSchema(), latitudeSchema(), longitudeSchema(), latitudeSchema()])
      .refine((bbox) => bboxInOrder(bbox), { error: 'bbox south is above north', params: { code: 'bbox-order' } }),
    bboxInOrder,
  ),
);

/**
 * A bounding box `[west, south, east, north]`.
 *
 * @example
 * ```ts
 * const gbao: BBox | undefined = getPlace('badakhshan-tajikistan')?.geo?.bbox;
 * gbao?.length; // => 4
 * ```
 */
export type BBox = z.infer<ReturnType<typeof bboxSchema>>;

export const geoProvenanceSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    derivation: z.enum(GEO_DERIVATIONS),
    /** The named data set (with version and scale), e.g. `Natural Earth 4.1.0 admin-0 1:50m (world-atlas@2.0.2)`. */
    dataset: z.string().min(1).optional(),
    /** The feature's id in that data set: a GeoNames id, an ISO 3166 numeric code, Natural Earth's `adm1_code`. */
    feature: z.string().min(1).optional(),
    /** Address of the page that gives or locates the coordinate. */
    url: z.url().optional(),
  }),
);

/**
 * The provenance of a coordinate.
 *
 * @example
 * ```ts
 * const p: GeoProvenance | undefined = getPlace('dushanbe')?.geo?.provenance;
 * p?.feature; // => '1221874'
 * ```
 */
export type GeoProvenance = z.infer<ReturnType<typeof geoProvenanceSchema>>;

export const placeGeoBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** The representative point, `[longitude, latitude]`, rounded to what `precision` supports. */
    point: lonLatSchema(),
    precision: z.enum(GEO_PRECISIONS),
    /** The place's extent, `[west, south, east, north]`, rounded outward to 0.001°. */
    bbox: bboxSchema().optional(),
    /** A simplified line for a border or route, vertices rounded to 0.001°. */
    line: z.array(lonLatSchema()).min(2).optional(),
    /** Where the point came from. */
    provenance: geoProvenanceSchema(),
    /** Where the bbox and line came from, when not from the same data set as the point. */
    outlineProvenance: geoProvenanceSchema().optional(),
  }),
);

/**
 * A place's geometry.
 *
 * @example
 * ```ts
 * getPlace('dushanbe')?.geo?.point; // => [68.779, 38.536]
 * ```
 */
export interface PlaceGeo extends z.infer<ReturnType<typeof placeGeoBaseSchema>> {}

/**
 * Rounds a coordinate to the decimals a precision supports.
 *
 * @example
 * ```ts
 * roundForPrecision([71.02703, 38.53651], 'country'); // => [71, 38.5]
 * roundForPrecision([72.88412, 38.11049], 'province'); // => [72.88, 38.11]
 * ```
 */
export function roundForPrecision(point: LonLat, precision: GeoPrecision, decimals: Readonly<Record<string, number>> = GEO_DECIMALS): LonLat {
  const factor = 10 ** (decimals[precision] ?? OUTLINE_DECIMALS);
  return [Math.round(point[0] * factor) / factor, Math.round(point[1] * factor) / factor];
}

/**
 * The rules a place's geometry obeys beyond its shape, as zod issues under `path`: the point
 * carries no more decimals than its precision supports (`decimals`, ours or those
 * `defineSchemas` extends), the bbox and line no more than 0.001°, the point lies in its bbox, and
 * a `line` has a line or a bbox.
 *
 * @example
 * ```ts
 * const issues: string[] = [];
 * const geo: PlaceGeo = { point: [71.027, 38.5], precision: 'country', provenance: { derivation: 'boundary-centroid', dataset: 'Natural Earth' } };
 * checkPlaceGeo(geo, GEO_DECIMALS, (issue) => issues.push(issue.params.code));
 * issues; // => ['geo-decimals']
 * ```
 */
export function checkPlaceGeo(
  geo: PlaceGeo,
  decimals: Readonly<Record<string, number>>,
  report: (issue: { path: (string | number)[]; message: string; params: { code: string } }) => void,
): void {
  geoProblems(geo, decimals, report);
}

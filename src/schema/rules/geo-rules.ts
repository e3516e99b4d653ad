import type { RuleContext } from './rule-context.js';

/** Decimals allowed for a line's vertices and for a bounding box's edges at any precision. */
export const OUTLINE_DECIMALS = 3;

/** The fields of a place's geometry the rules read. */
interface GeoFields {
  point: readonly number[];
  precision: string;
  bbox?: readonly number[] | undefined;
  line?: readonly (readonly number[])[] | undefined;
  provenance: { derivation: string; feature?: string | undefined; dataset?: string | undefined; url?: string | undefined };
}

/** An issue of a place's geometry, under the geometry's own path. */
export interface GeoIssue {
  path: (string | number)[];
  message: string;
  params: { code: string };
}

/**
 * The number of decimal places a number is written with (`38.5` → 1).
 *
 * @example
 * ```ts
 * decimalsOf(68.779); // => 3
 * decimalsOf(71); // => 0
 * ```
 */
export function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).toLowerCase().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** Whether a point lies in a bbox, edges included; a bbox with west > east crosses the antimeridian. */
function inBBox([lon = NaN, lat = NaN]: readonly number[], [west = NaN, south = NaN, east = NaN, north = NaN]: readonly number[]): boolean {
  const lonInside = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
  return lonInside && lat >= south && lat <= north;
}

/**
 * Reports each rule a place's geometry breaks beyond its shape (see `checkPlaceGeo`, the
 * public name).
 *
 * @example
 * ```ts
 * const codes: string[] = [];
 * geoProblems({ point: [71.027, 38.5], precision: 'country', provenance: { derivation: 'boundary-centroid', dataset: 'NE' } }, GEO_DECIMALS, (issue) => codes.push(issue.params.code));
 * codes; // => ['geo-decimals']
 * ```
 */
export function geoProblems(geo: GeoFields, decimals: Readonly<Record<string, number>>, report: (issue: GeoIssue) => void): void {
  const allowed = decimals[geo.precision] ?? OUTLINE_DECIMALS;
  geo.point.forEach((value, axis) => {
    if (decimalsOf(value) > allowed) {
      report({
        path: ['point', axis],
        message: `${value} has more decimals than precision "${geo.precision}" supports (at most ${allowed}); round it`,
        params: { code: 'geo-decimals' },
      });
    }
  });
  const outline: [string, readonly number[]][] = [
    ...(geo.bbox === undefined ? [] : [['bbox', geo.bbox] as [string, readonly number[]]]),
    ...(geo.line ?? []).map((vertex, i) => [`line.${i}`, vertex] as [string, readonly number[]]),
  ];
  for (const [where, values] of outline) {
    if (values.some((value) => decimalsOf(value) > OUTLINE_DECIMALS)) {
      report({
        path: where.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message: `${where} has more than ${OUTLINE_DECIMALS} decimals`,
        params: { code: 'geo-decimals' },
      });
    }
  }
  if (geo.bbox !== undefined && !inBBox(geo.point, geo.bbox)) {
    report({
      path: ['point'],
      message: `point ${geo.point.join(',')} lies outside its bbox ${geo.bbox.join(',')}`,
      params: { code: 'geo-point-outside-bbox' },
    });
  }
  if (geo.precision === 'line' && geo.line === undefined && geo.bbox === undefined) {
    report({ path: ['precision'], message: 'a point of precision "line" needs the line or a bbox it stands for', params: { code: 'geo-line-extent' } });
  }
  if (geo.provenance.derivation === 'gazetteer-point' && geo.provenance.feature === undefined) {
    report({ path: ['provenance', 'feature'], message: 'a gazetteer point needs the gazetteer id it was taken from', params: { code: 'geo-provenance' } });
  }
  if (geo.provenance.dataset === undefined && geo.provenance.url === undefined) {
    report({ path: ['provenance'], message: 'a coordinate needs the data set or the source address it came from', params: { code: 'geo-provenance' } });
  }
}

/**
 * A place's geometry rule, with the decimals each precision allows.
 *
 * @example
 * ```ts
 * passes(placeGeoRule, { geo: { point: [71.027, 38.5], precision: 'country', provenance: { derivation: 'boundary-centroid', dataset: 'NE' } } }, GEO_DECIMALS); // => false
 * ```
 */
export function placeGeoRule(place: { geo?: GeoFields | undefined }, ctx: RuleContext, decimals: Readonly<Record<string, number>>): void {
  if (place.geo === undefined) return;
  geoProblems(place.geo, decimals, ({ path, message, params }) => ctx.addIssue({ code: 'custom', path: ['geo', ...path], message, params }));
}

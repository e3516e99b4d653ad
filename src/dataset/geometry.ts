import { describeValue } from '../schema/describe-value.js';
import type { BBox, LonLat } from '../schema/index.js';

/**
 * Mean Earth radius in km (IUGG), the sphere the distances here are measured on.
 *
 * @example
 * ```ts
 * EARTH_RADIUS_KM; // => 6371.0088
 * ```
 */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS = Math.PI / 180;

/** A JavaScript caller's point must be two numbers: undefined fails inside, a string computes NaN. */
function checkPoint(point: unknown, name: string): void {
  if (Array.isArray(point) && point.length === 2 && point.every((n) => typeof n === 'number')) return;
  throw new TypeError(
    `distanceKm: ${name} must be a [lon, lat] pair of numbers, got ${Array.isArray(point) ? `an array of ${point.length}` : describeValue(point)}`,
  );
}

/**
 * Great-circle distance in km between two `[lon, lat]` points (haversine, spherical Earth: within
 * about 0.5 % of the ellipsoidal distance).
 *
 * @example
 * ```ts
 * Math.round(distanceKm([68.779, 38.536], [69.216, 41.265])); // => 306
 * ```
 */
export function distanceKm(a: LonLat, b: LonLat): number {
  checkPoint(a, 'a');
  checkPoint(b, 'b');
  const [lon1, lat1] = a;
  const [lon2, lat2] = b;
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A bbox's longitude span as one or two plain intervals (two when it crosses the antimeridian). */
function lonIntervals([west, , east]: Readonly<BBox>): [number, number][] {
  return west <= east
    ? [[west, east]]
    : [
        [west, 180],
        [-180, east],
      ];
}

/**
 * Whether a point lies in a bbox, edges included. A bbox with `west > east` crosses the antimeridian.
 *
 * @example
 * ```ts
 * pointInBBox([68.779, 38.536], [67, 36, 75, 41]); // => true
 * pointInBBox([179.5, 0], [170, -10, -170, 10]); // => true
 * ```
 */
export function pointInBBox([lon, lat]: LonLat, box: Readonly<BBox>): boolean {
  return lat >= box[1] && lat <= box[3] && lonIntervals(box).some(([w, e]) => lon >= w && lon <= e);
}

/**
 * How bbox `inner` relates to bbox `outer`: wholly `inside` it, `disjoint` from it, or `partial`.
 *
 * @example
 * ```ts
 * bboxRelation([70.27, 36.67, 75.17, 39.47], [60, 30, 80, 45]); // => 'inside'
 * bboxRelation([70.27, 36.67, 75.17, 39.47], [72, 30, 80, 45]); // => 'partial'
 * bboxRelation([70.27, 36.67, 75.17, 39.47], [40, 30, 50, 45]); // => 'disjoint'
 * ```
 */
export function bboxRelation(inner: Readonly<BBox>, outer: Readonly<BBox>): 'inside' | 'partial' | 'disjoint' {
  const latInside = inner[1] >= outer[1] && inner[3] <= outer[3];
  const latDisjoint = inner[3] < outer[1] || inner[1] > outer[3];
  const outerLon = lonIntervals(outer);
  const innerLon = lonIntervals(inner);
  const lonInside = innerLon.every(([w, e]) => outerLon.some(([ow, oe]) => w >= ow && e <= oe));
  const lonDisjoint = innerLon.every(([w, e]) => outerLon.every(([ow, oe]) => e < ow || w > oe));
  if (latDisjoint || lonDisjoint) return 'disjoint';
  return latInside && lonInside ? 'inside' : 'partial';
}

/** Points every `step` along each edge of a bbox, corners included, and the largest gap between two. */
function boundarySamples(box: Readonly<BBox>, perEdge: number): { points: LonLat[]; gapKm: number } {
  const [west, south, , north] = box;
  const width = box[2] >= west ? box[2] - west : box[2] - west + 360;
  const points: LonLat[] = [];
  for (let i = 0; i <= perEdge; i++) {
    const t = i / perEdge;
    const lon = ((west + t * width + 540) % 360) - 180;
    const lat = south + t * (north - south);
    points.push([lon, south], [lon, north], [west, lat], [box[2], lat]);
  }
  const stepLon = (width / perEdge) * RADIANS * EARTH_RADIUS_KM * Math.max(Math.cos(south * RADIANS), Math.cos(north * RADIANS));
  const stepLat = ((north - south) / perEdge) * RADIANS * EARTH_RADIUS_KM;
  return { points, gapKm: Math.max(stepLon, stepLat) };
}

/**
 * The least and greatest distance in km from a point to any point of a bbox, measured on the
 * bbox's edges (or 0 when the point is inside) at 256 samples per edge. The result brackets the
 * truth within `toleranceKm` either way, so yes/no decisions built on it can stay honest.
 *
 * @example
 * ```ts
 * const { minKm, maxKm } = distanceRangeKm([68.779, 38.536], [70.27, 36.67, 75.17, 39.47]);
 * [Math.round(minKm), Math.round(maxKm)]; // => [130, 600]
 * ```
 */
export function distanceRangeKm(point: LonLat, box: Readonly<BBox>): { minKm: number; maxKm: number; toleranceKm: number } {
  const { points, gapKm } = boundarySamples(box, 256);
  const distances = points.map((p) => distanceKm(point, p));
  const minKm = pointInBBox(point, box) ? 0 : Math.min(...distances);
  return { minKm, maxKm: Math.max(...distances), toleranceKm: gapKm / 2 };
}

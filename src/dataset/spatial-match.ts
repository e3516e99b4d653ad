import { describeValue, isFieldObject, isList } from '../schema/describe-value.js';
import { bboxSchema, latitudeSchema, longitudeSchema, type BBox, type LonLat, type PlaceGeo } from '../schema/index.js';
import type { Tristate } from '../time/index.js';
import { bboxRelation, distanceKm, distanceRangeKm, pointInBBox } from './geometry.js';

/**
 * A circle for `findIncidents({ near })`: centre longitude and latitude in degrees, radius in km.
 *
 * @example
 * ```ts
 * const aroundDushanbe: NearQuery = { lon: 68.78, lat: 38.54, km: 50 };
 * placeNear(getPlace('dushanbe')!.geo, aroundDushanbe); // => 'yes'
 * ```
 */
export interface NearQuery {
  lon: number;
  lat: number;
  km: number;
}

/** Checks the arguments of an exported spatial test a JavaScript caller may get wrong: a geo (or undefined, for no geometry) and a filter that is given. */
function checkArguments(fn: string, geo: unknown, filter: unknown, filterName: string, shape: string): void {
  if (geo !== undefined && !isFieldObject(geo)) throw new TypeError(`${fn}: geo must be a place's geo or undefined, got ${describeValue(geo)}`);
  if (filter === undefined) throw new TypeError(`${fn}: ${filterName} must be ${shape}, got undefined`);
}

/** Precisions whose point is the place itself, not a stand-in for an area. */
const POINT_LIKE = new Set<string>(['site', 'village']);

/** What is known of where a place lies: a point, an extent, or only a stand-in point. */
function extentOf(geo: PlaceGeo): { point: LonLat } | { bbox: BBox } | undefined {
  if (geo.bbox !== undefined) return { bbox: geo.bbox };
  if (POINT_LIKE.has(geo.precision)) return { point: geo.point };
  return undefined;
}

/**
 * Whether a place lies inside a box `[west, south, east, north]`, as yes / maybe / no. A site or
 * settlement is its point; a coarser place is its bbox: `yes` when the bbox is wholly inside,
 * `no` when it is disjoint, `maybe` when it straddles the edge (the incident may have happened
 * on either side). A coarse place with no bbox, or no geometry at all, is `maybe`.
 *
 * @example
 * ```ts
 * const gbao = getPlace('badakhshan-tajikistan')!.geo;
 * placeWithin(gbao, [60, 30, 80, 45]); // => 'yes'
 * placeWithin(gbao, [72, 30, 80, 45]); // => 'maybe'
 * placeWithin(getPlace('dushanbe')!.geo, [72, 30, 80, 45]); // => 'no'
 * ```
 */
export function placeWithin(geo: PlaceGeo | undefined, box: Readonly<BBox>): Tristate {
  // Exported on its own, so it checks its box as findIncidents does: NaN or an out-of-range box answered 'yes'.
  checkArguments('placeWithin', geo, box, 'box', '[west, south, east, north]');
  checkSpatialQuery({ within: box });
  const extent = geo === undefined ? undefined : extentOf(geo);
  if (extent === undefined) return 'maybe';
  if ('point' in extent) return pointInBBox(extent.point, box) ? 'yes' : 'no';
  const relation = bboxRelation(extent.bbox, box);
  return relation === 'inside' ? 'yes' : relation === 'disjoint' ? 'no' : 'maybe';
}

/**
 * Whether a place lies within `km` of a point, as yes / maybe / no: a site or settlement by its
 * own distance, a coarser place by the nearest and farthest points of its bbox (`yes` only when
 * all of it is within reach, `no` when none of it is). No bbox or no geometry: `maybe`.
 *
 * @example
 * ```ts
 * placeNear(getPlace('dushanbe')!.geo, { lon: 68.78, lat: 38.54, km: 10 }); // => 'yes'
 * placeNear(getPlace('badakhshan-tajikistan')!.geo, { lon: 68.78, lat: 38.54, km: 300 }); // => 'maybe'
 * placeNear(getPlace('badakhshan-tajikistan')!.geo, { lon: 68.78, lat: 38.54, km: 100 }); // => 'no'
 * ```
 */
export function placeNear(geo: PlaceGeo | undefined, near: NearQuery): Tristate {
  checkArguments('placeNear', geo, near, 'near', '{ lon, lat, km }');
  checkSpatialQuery({ near });
  const extent = geo === undefined ? undefined : extentOf(geo);
  if (extent === undefined) return 'maybe';
  const centre: LonLat = [near.lon, near.lat];
  if ('point' in extent) return distanceKm(centre, extent.point) <= near.km ? 'yes' : 'no';
  const { minKm, maxKm, toleranceKm } = distanceRangeKm(centre, extent.bbox);
  if (maxKm + toleranceKm <= near.km) return 'yes';
  if (minKm - toleranceKm > near.km) return 'no';
  return 'maybe';
}

/**
 * Three-valued AND: `no` if any answer is `no`, `yes` if all are `yes`, otherwise `maybe`.
 *
 * @example
 * ```ts
 * allOf(['yes', 'maybe']); // => 'maybe'
 * allOf(['yes', 'no', 'maybe']); // => 'no'
 * ```
 */
export function allOf(answers: readonly Tristate[]): Tristate {
  if (answers.includes('no')) return 'no';
  return answers.every((a) => a === 'yes') ? 'yes' : 'maybe';
}

/**
 * A bad `within` or `near` as an error message shows it: numbers as written (`Infinity`, not
 * JSON's `null`), a bigint with its `n`, a box or point field by field, anything else by its
 * kind. Never `JSON.stringify`, which throws on a bigint and has no bound on a long array.
 */
function shownArgument(value: unknown): string {
  const one = (item: unknown): string => (typeof item === 'number' ? String(item) : typeof item === 'bigint' ? `${item}n` : describeValue(item));
  if (isList(value)) return value.length <= 4 ? `[${Array.from(value, one).join(', ')}]` : `an array of ${value.length} items`;
  if (isFieldObject(value)) return `{ lon: ${one(value['lon'])}, lat: ${one(value['lat'])}, km: ${one(value['km'])} }`;
  return one(value);
}

/**
 * Checks the spatial filters of a query, throwing a one-line RangeError that names the bad part.
 *
 * @throws {RangeError} When `within` is not `[west, south, east, north]` in range with south ≤
 * north, or `near` has a longitude, latitude or radius out of range.
 *
 * @example
 * ```ts
 * checkSpatialQuery({ within: [60, 30, 80, 45] }); // => undefined
 * ```
 */
export function checkSpatialQuery(query: { within?: unknown; near?: unknown }): void {
  if (query.within !== undefined && !bboxSchema().safeParse(query.within).success) {
    throw new RangeError(
      `within must be [west, south, east, north] with longitudes in -180…180, latitudes in -90…90 and south ≤ north; got ${shownArgument(query.within)}`,
    );
  }
  if (query.near !== undefined) {
    const near = (isFieldObject(query.near) ? query.near : {}) as Partial<NearQuery>;
    const ok =
      isFieldObject(query.near) &&
      longitudeSchema().safeParse(near.lon).success &&
      latitudeSchema().safeParse(near.lat).success &&
      typeof near.km === 'number' &&
      Number.isFinite(near.km) &&
      near.km >= 0;
    if (!ok) throw new RangeError(`near must be { lon: -180…180, lat: -90…90, km: ≥ 0 }; got ${shownArgument(query.near)}`);
  }
}

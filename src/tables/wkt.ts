import type { LonLat } from '../schema/index.js';

/**
 * A line as WKT, `LINESTRING (lon lat, …)`: the one text form of a geometry that pandas users
 * (shapely), QGIS and PostGIS all read from a CSV cell.
 *
 * @example
 * ```ts
 * lineToWkt([[67.8, 37.1], [68.1, 37.3]]); // => 'LINESTRING (67.8 37.1, 68.1 37.3)'
 * lineToWkt(undefined); // => undefined
 * ```
 */
export function lineToWkt(line: readonly LonLat[] | undefined): string | undefined {
  if (line === undefined) return undefined;
  return `LINESTRING (${line.map(([lon, lat]) => `${lon} ${lat}`).join(', ')})`;
}

/**
 * The inverse of {@link lineToWkt}: the vertices of a `LINESTRING`, or `undefined` for anything else.
 *
 * @example
 * ```ts
 * wktToLine('LINESTRING (67.8 37.1, 68.1 37.3)'); // => [[67.8, 37.1], [68.1, 37.3]]
 * wktToLine('POINT (1 2)'); // => undefined
 * ```
 */
export function wktToLine(text: unknown): LonLat[] | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^LINESTRING \(([^()]*)\)$/.exec(text.trim());
  if (match === null) return undefined;
  const vertices = match[1]!.split(',').map((pair) => pair.trim().split(/\s+/).map(Number));
  if (vertices.some((v) => v.length !== 2 || v.some((n) => !Number.isFinite(n)))) return undefined;
  return vertices as LonLat[];
}

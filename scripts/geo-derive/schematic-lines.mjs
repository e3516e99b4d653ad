// Schematic lines for the two infrastructure places, built only from GeoNames
// points (cities500) so that every vertex has an id. They are *schematic*:
// straight segments between named towns, not surveyed routes.
// Run: node schematic-lines.mjs -> out/lines.json
import fs from 'node:fs';
import { geoBounds, geoLength } from 'd3-geo';
import { geoname, admin1ByIso, d3Wound, round, roundBbox, EARTH_KM } from './lib.mjs';

function schematic(id, ids, note) {
  const pts = ids.map((g) => geoname(g));
  const line = { type: 'LineString', coordinates: pts.map((p) => [round(p.longitude, 3), round(p.latitude, 3)]) };
  return {
    id,
    note,
    vertices: pts.map((p) => `${p.name} (GeoNames ${p.geonameid})`),
    line,
    bbox: roundBbox(geoBounds(line), 2),
    lengthKm: round(geoLength(line) * EARTH_KM, 0),
  };
}

const out = [
  schematic(
    'trans-afghan-railway',
    [1215957, 1133616, 1138958, 1168197],
    'Termez – Mazar-i-Sharif – Kabul – Peshawar, the route usually described for the project; the article itself gives no route',
  ),
  schematic(
    'qush-tepa-canal',
    [1427089, 1148658],
    'from the Kaldar district seat (proxy for the head on the Amu Darya) to Andkhoy (reported terminus); the real canal runs west along the river plain, not straight',
  ),
];

// envelope of the three provinces the canal is reported to cross
const provs = ['AF-BAL', 'AF-JOW', 'AF-FYB'].flatMap((c) => admin1ByIso(c).map(d3Wound));
const all = { type: 'FeatureCollection', features: provs };
out.push({ id: 'qush-tepa-canal-provinces-envelope', note: 'bbox of Natural Earth 10m admin-1 Balkh + Jowzjan + Faryab', bbox: roundBbox(geoBounds(all), 2) });

fs.mkdirSync('out', { recursive: true });
fs.writeFileSync('out/lines.json', JSON.stringify(out, null, 2));
for (const o of out) console.log(JSON.stringify(o));

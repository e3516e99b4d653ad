import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/entries/bundled/dataset.js';
import { tableRows, toGeoJson } from '../../src/tables/index.js';

const geojsonhint = createRequire(import.meta.url)('@mapbox/geojsonhint') as { hint: (value: unknown) => { message: string }[] };

describe('toGeoJson', () => {
  it('makes one Feature per place, a Point at its representative point, its bbox when it has one', () => {
    const places = toGeoJson(dataset, { kind: 'places' });
    expect(geojsonhint.hint(places)).toEqual([]);
    expect(places.features.map((f) => f.id)).toEqual(dataset.places.map((p) => p.id));
    const gbao = places.features.find((f) => f.id === 'badakhshan-tajikistan')!;
    expect(gbao.geometry).toEqual({ type: 'Point', coordinates: [72.88, 38.11] });
    expect(gbao.bbox).toEqual([70.27, 36.67, 75.17, 39.47]);
    expect(gbao.properties).toMatchObject({
      id: 'badakhshan-tajikistan',
      lon: 72.88,
      lat: 38.11,
      geo_precision: 'province',
      geo_derivation: 'boundary-centroid',
    });
  });

  it('gives an incident its place’s point and precision, and null geometry when it has no place', () => {
    const incidents = toGeoJson(dataset, { kind: 'incidents' });
    expect(geojsonhint.hint(incidents)).toEqual([]);
    expect(incidents.features.map((f) => f.properties)).toEqual(tableRows(dataset, 'incidents'));
    const meeting = incidents.features.find((f) => f.id === 'central-asia-consultative-meeting-2023')!;
    expect(meeting.geometry?.coordinates).toEqual([68.779, 38.536]);
    expect(meeting.properties).toMatchObject({ place: 'dushanbe', geo_precision: 'village', date_start: meeting.properties.date_start });
    const placeless = incidents.features.filter((f) => f.properties.place === null);
    expect(placeless.length).toBeGreaterThan(0);
    for (const f of placeless) expect([f.geometry, f.properties.lon, f.properties.lat, f.properties.geo_precision]).toEqual([null, null, null, null]);
  });

  it('rejects an unknown kind', () => {
    expect(() => toGeoJson(dataset, { kind: 'actors' as never })).toThrow(/kind must be "incidents" or "places"/);
  });
});

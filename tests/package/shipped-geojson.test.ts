import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset, toGeoJson, toRows } from '../../src/entries/main.js';

// Reads what `npm run build` wrote to dist/data/. The validator is independent of our code:
// @mapbox/geojsonhint, pinned to 3.2.0 (3.3.0 depends on a GitHub-only package).
const DIR = fileURLToPath(new URL('../../dist/data/', import.meta.url));
const geojsonhint = createRequire(import.meta.url)('@mapbox/geojsonhint') as {
  hint: (text: string, options?: { precisionWarning?: boolean }) => { message: string; level?: string }[];
};

describe('the shipped GeoJSON files', () => {
  it('ships incidents.geojson and places.geojson, and nothing else as GeoJSON', () => {
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.geojson'))
        .sort(),
    ).toEqual(['incidents.geojson', 'places.geojson']);
  });

  for (const kind of ['incidents', 'places'] as const) {
    it(`${kind}.geojson passes @mapbox/geojsonhint with no message and equals toGeoJson`, () => {
      const text = readFileSync(`${DIR}${kind}.geojson`, 'utf8');
      expect(geojsonhint.hint(text)).toEqual([]);
      expect(JSON.parse(text)).toEqual(toGeoJson(dataset, { kind }));
    });

    it(`${kind}.geojson properties are the rows of ${kind}.csv, in order`, () => {
      const collection = JSON.parse(readFileSync(`${DIR}${kind}.geojson`, 'utf8')) as ReturnType<typeof toGeoJson>;
      expect(collection.features.map((f) => f.properties)).toEqual(toRows(kind, dataset));
      for (const feature of collection.features) {
        if (feature.geometry === null) expect(feature.properties.lon, feature.id).toBeNull();
        else expect(feature.geometry.coordinates, feature.id).toEqual([feature.properties.lon, feature.properties.lat]);
      }
    });
  }

  it('the validator is not a rubber stamp: it rejects a broken file', () => {
    const broken = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [71] } }] });
    expect(geojsonhint.hint(broken).length).toBeGreaterThan(0);
  });
});

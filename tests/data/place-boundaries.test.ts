/**
 * Every bundled point lies in its country, checked against Natural Earth 1:10m (world-atlas):
 * at 1:50m, points on the Panj (river border) fall on the wrong bank. Natural Earth's 10m file
 * has three inverted slivers of the Maldives (spherical area 4π, so d3 says every point is in
 * the Maldives): polygons larger than a hemisphere are rewound before testing.
 */
import { createRequire } from 'node:module';
import { geoArea, geoContains, geoDistance } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { places } from '../../data/places.js';

const world = createRequire(import.meta.url)('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection }>;
const countries = feature(world, world.objects.countries).features as Feature<Polygon | MultiPolygon>[];

/** ISO 3166-1 numeric codes (world-atlas feature ids) of the countries our places lie in. */
const NUMERIC: Record<string, string> = { TJ: '762', AF: '004', UZ: '860', TM: '795', KZ: '398', KG: '417' };

/** The country's polygons, each wound so that d3's spherical test sees its inside. */
function polygonsOf(alpha2: string): Position[][][] {
  const found = countries.find((c) => c.id === NUMERIC[alpha2]);
  if (!found) throw new Error(`no world-atlas feature for ${alpha2}`);
  const polygons = found.geometry.type === 'Polygon' ? [found.geometry.coordinates] : found.geometry.coordinates;
  return polygons.map((rings) => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings));
}

function inCountry(point: [number, number], alpha2: string): boolean {
  return polygonsOf(alpha2).some((rings) => geoContains({ type: 'Polygon', coordinates: rings }, point));
}

/** Shortest distance in km from a point to a country's outline (its ring vertices, 1:10m). */
function kmToOutline(point: [number, number], alpha2: string): number {
  let best = Infinity;
  for (const rings of polygonsOf(alpha2)) for (const ring of rings) for (const v of ring) best = Math.min(best, geoDistance(point, v as [number, number]));
  return best * 6371.0088;
}

/** The country a place's point must lie in: its own, or that of the only country it spans. */
function countryOf(place: (typeof places)[number]): string | undefined {
  if (place.country !== undefined) return place.country;
  const spanned = (place.spans ?? []).map((id) => places.find((p) => p.id === id)?.country);
  return spanned.length === 1 ? spanned[0] : undefined;
}

describe('place points against Natural Earth 1:10m country boundaries', () => {
  it('puts every point with a country inside that country', () => {
    const checked: string[] = [];
    for (const place of places) {
      const country = countryOf(place);
      if (country === undefined || place.geo?.precision === 'line') continue;
      expect(inCountry(place.geo!.point, country), `${place.id} ${place.geo!.point.join()} in ${country}`).toBe(true);
      checked.push(place.id);
    }
    expect(checked).toEqual(
      expect.arrayContaining(['tajikistan-territory', 'afghanistan-territory', 'dushanbe', 'badakhshan-tajikistan', 'trans-afghan-railway']),
    );
  });

  it('puts a line point within 2 km of each country the line separates, and a line-precision place with a country inside it', () => {
    const border = places.find((p) => p.id === 'tajikistan-afghanistan-border')!;
    for (const country of ['TJ', 'AF']) expect(kmToOutline(border.geo!.point, country), country).toBeLessThan(2);
    const canal = places.find((p) => p.id === 'qush-tepa-canal')!;
    expect(inCountry(canal.geo!.point, 'AF')).toBe(true);
  });

  it('puts the Central Asia point inside one of the five states it stands for', () => {
    const region = places.find((p) => p.id === 'central-asia')!;
    expect(['KZ', 'KG', 'TJ', 'TM', 'UZ'].filter((c) => inCountry(region.geo!.point, c))).toEqual(['KZ']);
  });

  it('would catch a point on the wrong bank of the Panj (the test can fail)', () => {
    // Ishkoshim's district seat lies in Tajikistan, 1.1 km from the river; just across is Afghanistan.
    expect(inCountry([71.61, 36.72], 'TJ')).toBe(true);
    expect([inCountry([71.6, 36.7], 'TJ'), inCountry([71.6, 36.7], 'AF')]).toEqual([false, true]);
    expect(inCountry([65.9, 33.8], 'TJ')).toBe(false);
  });
});

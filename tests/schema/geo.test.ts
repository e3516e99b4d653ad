import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { places } from '../../data/places.js';
import { compileValidityCheck } from '../../src/dataset/index.js';
import { decimalsOf, defineSchemas, GEO_DECIMALS, GEO_PRECISIONS, roundForPrecision, toJsonSchema, type Place } from '../../src/schema/index.js';
import { PlaceBaseSchema, PlaceSchema } from '../../src/entries/schema.js';

const tajikistan = places.find((p) => p.id === 'tajikistan-territory')!;

function withGeo(place: Place, geo: Partial<NonNullable<Place['geo']>>): unknown {
  return { ...place, geo: { ...place.geo!, ...geo } };
}

function codesOf(result: { success: boolean; error?: z.ZodError }): string[] {
  return (result.error?.issues ?? []).map((i) => (i as { params?: { code?: string } }).params?.code ?? i.code);
}

describe('place geometry', () => {
  it('every bundled place has a point, a precision and the provenance of its point', () => {
    for (const place of places) {
      expect(place.geo, place.id).toBeDefined();
      expect(GEO_PRECISIONS).toContain(place.geo!.precision);
      expect(place.geo!.provenance.dataset ?? place.geo!.provenance.url, place.id).toBeDefined();
    }
  });

  it('every coordinate carries no more decimals than its precision supports', () => {
    for (const place of places) {
      const { point, precision } = place.geo!;
      for (const value of point) expect(decimalsOf(value), `${place.id} ${value}`).toBeLessThanOrEqual(GEO_DECIMALS[precision]);
      expect(roundForPrecision(point, precision), place.id).toEqual(point);
    }
    // Per level, in degrees: about 10 m, 100 m, 1 km, 1 km, 10 km, 10 km, 1 km.
    expect(GEO_PRECISIONS.map((p) => GEO_DECIMALS[p])).toEqual([4, 3, 2, 2, 1, 1, 2]);
  });

  it('rejects a coordinate out of range, in the base schema as in the refined one', () => {
    for (const schema of [PlaceBaseSchema, PlaceSchema]) {
      expect(schema.safeParse(withGeo(tajikistan, { point: [191, 38.5] })).success).toBe(false);
      expect(schema.safeParse(withGeo(tajikistan, { point: [71, -90.5] })).success).toBe(false);
      expect(schema.safeParse(withGeo(tajikistan, { point: [71] as never })).success).toBe(false);
    }
  });

  it('rejects a point with more digits than its precision, a point outside its bbox and a line with no extent', () => {
    expect(codesOf(PlaceSchema.safeParse(withGeo(tajikistan, { point: [71.027, 38.5] })))).toEqual(['geo-decimals']);
    expect(codesOf(PlaceSchema.safeParse(withGeo(tajikistan, { point: [80, 38.5] })))).toEqual(['geo-point-outside-bbox']);
    expect(codesOf(PlaceSchema.safeParse(withGeo(tajikistan, { precision: 'line', bbox: undefined })))).toEqual(['geo-line-extent']);
    expect(codesOf(PlaceSchema.safeParse(withGeo(tajikistan, { bbox: [67.3, 41.1, 75.2, 36.6] })))).toContain('bbox-order');
    expect(codesOf(PlaceSchema.safeParse(withGeo(tajikistan, { provenance: { derivation: 'gazetteer-point', dataset: 'GeoNames' } })))).toEqual([
      'geo-provenance',
    ]);
    // The base schema has no refinements: it only checks shapes and ranges.
    expect(PlaceBaseSchema.safeParse(withGeo(tajikistan, { point: [71.027, 38.5] })).success).toBe(true);
  });

  it('the compiled fast path accepts and rejects places as zod does', () => {
    const check = compileValidityCheck(PlaceSchema)!;
    const slow = compileValidityCheck(PlaceSchema, { generateCode: false })!;
    for (const place of places) expect([check(place), slow(place)], place.id).toEqual([true, true]);
    for (const bad of [
      withGeo(tajikistan, { point: [71, 91] }),
      withGeo(tajikistan, { point: [71, 9, 1] as never }),
      withGeo(tajikistan, { point: [71.027, 38.5] }),
    ]) {
      expect([check(bad), slow(bad), PlaceSchema.safeParse(bad).success]).toEqual([false, false, false]);
    }
  });

  it('defineSchemas adds precision levels with their own decimals', () => {
    const mine = defineSchemas({ geoPrecisions: { water: 2 } });
    expect(mine.vocabulary.geoPrecisions.at(-1)).toBe('water');
    const onWater = withGeo(tajikistan, { precision: 'water' as never, point: [71.03, 38.5] });
    expect(mine.schemas.place.safeParse(onWater).success).toBe(true);
    expect(PlaceSchema.safeParse(onWater).success).toBe(false);
    expect(codesOf(mine.schemas.place.safeParse(withGeo(tajikistan, { precision: 'water' as never, point: [71.031, 38.5] })))).toEqual(['geo-decimals']);
    expect(() => defineSchemas({ geoPrecisions: { water: 2.5 } })).toThrow(/geoPrecisions\.water must be a whole number/);
    expect(() => defineSchemas({ geoPrecisions: { 'On Water': 2 } })).toThrow(TypeError);
  });

  it('JSON Schema carries the point as a [lon, lat] tuple with its ranges', () => {
    const doc = toJsonSchema(PlaceSchema, 'place') as {
      properties: { geo: { properties: { point: { prefixItems: { minimum: number; maximum: number }[] } } } };
    };
    const [lon, lat] = doc.properties.geo.properties.point.prefixItems;
    expect([lon?.minimum, lon?.maximum, lat?.minimum, lat?.maximum]).toEqual([-180, 180, -90, 90]);
  });
});

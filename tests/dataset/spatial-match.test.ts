import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/entries/bundled/dataset.js';
import { allOf, bboxRelation, distanceKm, placeNear, placeWithin, pointInBBox } from '../../src/dataset/index.js';
import { distanceRangeKm } from '../../src/dataset/geometry.js';
import { checkSpatialQuery } from '../../src/dataset/spatial-match.js';

const geo = (id: string) => dataset.getPlace(id as never)!.geo;
const idsOf = (query: Parameters<typeof dataset.findIncidents>[0]) => dataset.findIncidents(query).map((i) => i.id);

describe('geometry', () => {
  it('measures great-circle distances (Dushanbe–Tashkent about 306 km)', () => {
    expect(Math.round(distanceKm([68.779, 38.536], [69.216, 41.265]))).toBe(306);
    expect(distanceKm([0, 0], [180, 0])).toBeCloseTo(Math.PI * 6371.0088, 6);
  });

  it('relates boxes, across the antimeridian too', () => {
    expect(pointInBBox([179.5, 0], [170, -10, -170, 10])).toBe(true);
    expect(pointInBBox([160, 0], [170, -10, -170, 10])).toBe(false);
    expect(bboxRelation([175, 0, 178, 1], [170, -10, -170, 10])).toBe('inside');
    expect(bboxRelation([-175, 0, -160, 1], [170, -10, -170, 10])).toBe('partial');
    expect(bboxRelation([0, 0, 1, 1], [170, -10, -170, 10])).toBe('disjoint');
  });

  it('brackets the distance to a box: nothing of it nearer than min, nothing farther than max', () => {
    const box = [70.27, 36.67, 75.17, 39.47] as const;
    const { minKm, maxKm, toleranceKm } = distanceRangeKm([68.779, 38.536], box);
    for (let lon = box[0]; lon <= box[2]; lon += 0.1) {
      for (let lat = box[1]; lat <= box[3]; lat += 0.1) {
        const d = distanceKm([68.779, 38.536], [lon, lat]);
        expect(d).toBeGreaterThanOrEqual(minKm - toleranceKm);
        expect(d).toBeLessThanOrEqual(maxKm + toleranceKm);
      }
    }
  });
});

describe('spatial matching, three-valued', () => {
  it('a province wholly inside the box is yes, straddling it maybe, outside no', () => {
    expect(placeWithin(geo('badakhshan-tajikistan'), [60, 30, 80, 45])).toBe('yes');
    expect(placeWithin(geo('badakhshan-tajikistan'), [72, 30, 80, 45])).toBe('maybe');
    expect(placeWithin(geo('badakhshan-tajikistan'), [40, 30, 50, 45])).toBe('no');
    expect(placeWithin(geo('dushanbe'), [72, 30, 80, 45])).toBe('no');
    expect(placeWithin(undefined, [72, 30, 80, 45])).toBe('maybe');
  });

  it('near: a settlement by its own distance, a province by its nearest and farthest points', () => {
    expect(placeNear(geo('dushanbe'), { lon: 68.78, lat: 38.54, km: 10 })).toBe('yes');
    expect(placeNear(geo('dushanbe'), { lon: 69.216, lat: 41.265, km: 300 })).toBe('no');
    expect(placeNear(geo('badakhshan-tajikistan'), { lon: 68.78, lat: 38.54, km: 300 })).toBe('maybe');
    expect(placeNear(geo('badakhshan-tajikistan'), { lon: 68.78, lat: 38.54, km: 100 })).toBe('no');
    expect(placeNear(geo('badakhshan-tajikistan'), { lon: 68.78, lat: 38.54, km: 700 })).toBe('yes');
  });

  it('refuses a box or circle it cannot read, as findIncidents does, instead of answering yes', () => {
    const dushanbe = dataset.places.find((p) => p.id === 'dushanbe')!.geo;
    expect(() => placeWithin(dushanbe, [Number.NaN, 38, 72, 39.5])).toThrow(RangeError);
    expect(() => placeWithin(dushanbe, [500, -100, 72, 39.5])).toThrow(/within must be/);
    expect(() => placeNear(dushanbe, { lon: 68.78, lat: 38.54, km: -1 })).toThrow(/near must be/);
  });

  it('combines with the date answer as a three-valued AND', () => {
    expect([allOf(['yes', 'yes']), allOf(['yes', 'maybe']), allOf(['maybe', 'no'])]).toEqual(['yes', 'maybe', 'no']);
  });
});

describe('findIncidents({ within, near })', () => {
  // The worked examples of docs/data.md, "Spatial queries".
  it('a box around Dushanbe: the meetings there are certain, Badakhshan only partly inside', () => {
    // The summit of 14 September and the Aral Sea fund's meeting of 15 September, both in Dushanbe.
    expect(idsOf({ within: [68, 38, 72, 39.5], match: 'certain' })).toEqual(['central-asia-consultative-meeting-2023', 'ifas-heads-of-state-meeting-2023-09']);
    const possible = idsOf({ within: [68, 38, 72, 39.5] });
    expect(possible).toContain('badakhshan-border-incursion-2023-09');
    expect(possible).toContain('central-asia-consultative-meeting-2023');
    expect(possible).not.toContain('qush-tepa-canal-construction');
  });

  it('a box over GBAO: the Badakhshan incursion is certain, the canal in Balkh is out', () => {
    const certain = idsOf({ within: [70, 36.5, 75.5, 39.5], match: 'certain' });
    expect(certain).toEqual(['badakhshan-border-incursion-2023-09']);
    expect(idsOf({ within: [70, 36.5, 75.5, 39.5], match: 'uncertain' })).not.toContain('qush-tepa-canal-construction');
  });

  it('near Dushanbe within 25 km: the two meetings there, for certain', () => {
    expect(idsOf({ near: { lon: 68.78, lat: 38.54, km: 25 }, match: 'certain' })).toEqual([
      'central-asia-consultative-meeting-2023',
      'ifas-heads-of-state-meeting-2023-09',
    ]);
  });

  it('an incident with no place is maybe: kept by default, dropped by certain', () => {
    const placeless = dataset.incidents.filter((i) => i.place === undefined).map((i) => i.id);
    expect(placeless.length).toBeGreaterThan(0);
    expect(idsOf({ within: [68, 38, 72, 39.5] })).toEqual(expect.arrayContaining(placeless));
    expect(idsOf({ within: [68, 38, 72, 39.5], match: 'certain' }).some((id) => placeless.includes(id))).toBe(false);
  });

  it('rejects a malformed box or circle with a one-line RangeError', () => {
    expect(() => dataset.findIncidents({ within: [68, 39.5, 72, 38] })).toThrow(/within must be \[west, south, east, north\]/);
    expect(() => dataset.findIncidents({ within: [68, 38, 272, 39.5] })).toThrow(RangeError);
    expect(() => dataset.findIncidents({ near: { lon: 68, lat: 38, km: -1 } })).toThrow(/near must be/);
  });
});

describe('a bad within or near, as the error shows it', () => {
  it('is a RangeError naming the value for a bigint, Infinity, a huge array and null (attack 5: a bigint threw a TypeError from JSON.stringify)', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ within: [1n, 2, 3, 4] }, 'got [1n, 2, 3, 4]'],
      [{ within: [Infinity, 2, 3, 4] }, 'got [Infinity, 2, 3, 4]'],
      [{ within: new Array(1_000_000).fill(1) }, 'got an array of 1000000 items'],
      [{ near: null }, 'got null'],
      [{ near: { lon: 1n, lat: 2, km: -1 } }, 'got { lon: 1n, lat: 2, km: -1 }'],
    ];
    for (const [query, shown] of cases) {
      let error: unknown;
      try {
        checkSpatialQuery(query);
      } catch (caught) {
        error = caught;
      }
      expect(error, shown).toBeInstanceOf(RangeError);
      expect((error as Error).message, shown).toContain(shown);
      expect((error as Error).message.length).toBeLessThan(300);
    }
  });
});

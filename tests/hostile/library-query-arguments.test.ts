/**
 * The query, date, place and unit functions of the main entry given what a JavaScript caller may
 * pass by mistake (null, undefined, a number, an array, a misspelt option key, a malformed date
 * cell): each throws one error naming the function and the argument, never the engine's
 * "Cannot read properties of null", and never answers as if the argument were fine.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/entries/main.js';
import { thrownError } from '../helpers/hostile.js';

const { dataset } = main;
/** The error a call throws: a TypeError (or `type`) that does not speak the engine's words. */
const thrown = (call: () => unknown, type: ErrorConstructor = TypeError): Error => thrownError(call, type);

describe('findIncidents with a query that is not one', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['the string "x"', 'x'],
  ])('refuses %s, from the bundled function and the dataset method', (what, query) => {
    for (const call of [() => main.findIncidents(query as never), () => dataset.findIncidents(query as never)]) {
      expect(thrown(call).message).toBe(`findIncidents: query must be an object, got ${what}`);
    }
  });

  it('names a misspelt key with the key it meant (it returned all incidents)', () => {
    expect(thrown(() => main.findIncidents({ actr: 'iskp' } as never)).message).toBe(
      'findIncidents: unknown query key "actr", expected one of actor, place, type, from, to, match, within, near, dates; did you mean "actor"?',
    );
  });

  it('refuses a list of actors or places, which the option types do not take (it matched nothing), and keeps a list of types', () => {
    expect(thrown(() => main.findIncidents({ actor: ['iskp'] } as never)).message).toBe('findIncidents: actor must be one actor id (a string), got an array');
    expect(thrown(() => main.findIncidents({ place: ['tajikistan-territory'] } as never)).message).toBe(
      'findIncidents: place must be one place id (a string), got an array',
    );
    expect(main.findIncidents({ type: ['clash'] }).map((i) => i.id)).toEqual(main.findIncidents({ type: 'clash' }).map((i) => i.id));
    expect(main.findIncidents({ actor: 'iskp' }).length).toBeGreaterThan(0);
  });
});

describe('searchActors with a wrong text or options', () => {
  it('names the text that is not a string', () => {
    expect(thrown(() => main.searchActors(undefined as never)).message).toBe('searchActors: text must be a string, got undefined');
    expect(thrown(() => main.searchActors(42 as never)).message).toBe('searchActors: text must be a string, got a number');
  });

  it('names options that are not an object, and a misspelt option key (it was ignored)', () => {
    expect(thrown(() => main.searchActors('iskp', null as never)).message).toBe('searchActors: options must be an object, got null');
    expect(thrown(() => dataset.searchActors('iskp', { limt: 1 } as never)).message).toBe(
      'searchActors: unknown options key "limt", expected one of limit; did you mean "limit"?',
    );
    expect(main.searchActors('tajik', { limit: 1 })).toHaveLength(1);
  });
});

describe('withDates with malformed date cells', () => {
  it('refuses an impossible day (it rolled over to 2023-03-02), naming the row and column', () => {
    expect(
      thrown(
        () =>
          main.withDates([
            { id: 'a', date_start: '2023-02-28' },
            { id: 'b', date_start: '2023-02-30' },
          ]),
        RangeError,
      ).message,
    ).toBe('withDates: row 2, column "date_start" must be a real date written YYYY-MM-DD, got "2023-02-30"');
  });

  it('refuses an unpadded date and a number (they became null); only an empty cell is null', () => {
    expect(thrown(() => main.withDates([{ date_end: '2023-9-1' }]), RangeError).message).toBe(
      'withDates: row 1, column "date_end" must be a real date written YYYY-MM-DD, got "2023-9-1"',
    );
    expect(thrown(() => main.withDates([{ date_start: 5 }]), RangeError).message).toBe(
      'withDates: row 1, column "date_start" must be a real date written YYYY-MM-DD, got number',
    );
    expect(main.withDates([{ date_start: null, date_end: '' }])).toEqual([{ date_start: null, date_end: null, date_end_exclusive: null }]);
  });

  it('keeps the dates of rows that went through it already (date_start became null)', () => {
    const once = main.withDates(main.toRows('incidents'));
    const twice = main.withDates(once as never) as unknown as typeof once;
    expect(twice).toEqual(once);
    expect(twice[0]!.date_start).not.toBe(once[0]!.date_start);
  });
});

describe('date, place and unit functions with a missing argument', () => {
  const geo = main.getPlace('dushanbe')!.geo;
  it.each<[string, () => unknown, string]>([
    ['placeWithin', () => main.placeWithin(null as never, [60, 30, 80, 45]), "placeWithin: geo must be a place's geo or undefined, got null"],
    ['placeWithin', () => main.placeWithin(geo, undefined as never), 'placeWithin: box must be [west, south, east, north], got undefined'],
    ['placeNear', () => main.placeNear(geo, undefined as never), 'placeNear: near must be { lon, lat, km }, got undefined'],
    ['within', () => main.within(null as never, {}), 'within: date must be a FuzzyDate { start, end, precision }, got null'],
    ['overlaps', () => main.overlaps(42 as never, {}), 'overlaps: date must be a FuzzyDate { start, end, precision }, got a number'],
    [
      'compareFuzzyDates',
      () => main.compareFuzzyDates(null as never, null as never),
      'compareFuzzyDates: a must be a FuzzyDate { start, end, precision }, got null',
    ],
    [
      'intersectFuzzyDates',
      () => main.intersectFuzzyDates(null as never, null as never),
      'intersectFuzzyDates: a must be a FuzzyDate { start, end, precision }, got null',
    ],
    [
      'intersectFuzzyDates',
      () => main.intersectFuzzyDates(42 as never, 42 as never),
      'intersectFuzzyDates: a must be a FuzzyDate { start, end, precision }, got a number',
    ],
    ['convertValue', () => main.convertValue(null as never, 'tonne', 'kilogram'), 'convertValue: value must be a number, got null'],
    ['unitInfo', () => (main.unitInfo as (unit?: string) => unknown)(), 'unitInfo: unit must be a string, got undefined'],
    ['distanceKm', () => (main.distanceKm as (a?: unknown, b?: unknown) => number)(), 'distanceKm: a must be a [lon, lat] pair of numbers, got undefined'],
    ['distanceKm', () => main.distanceKm([68.78, 38.54], [69] as never), 'distanceKm: b must be a [lon, lat] pair of numbers, got an array of 1'],
  ])('%s names itself and the argument', (_name, call, message) => {
    expect(thrown(call).message).toBe(message);
  });

  it('answers as before for good arguments', () => {
    expect(main.placeWithin(undefined, [60, 30, 80, 45])).toBe('maybe');
    expect(main.convertValue(2, 'tonne', 'kilogram')).toBe(2000);
    expect(Math.round(main.distanceKm([68.779, 38.536], [69.216, 41.265]))).toBe(306);
  });
});

/**
 * Nobody can change a dataset after it is made: not through its records, not through the
 * arrays its queries return, and not through the objects the caller passed to createDataset.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDataset, type Dataset } from '../../src/dataset/index.js';
import { dataset } from '../../src/entries/main.js';
import { COLLECTION_OF, RECORD_KINDS } from '../../src/schema/index.js';
import {
  ActorBaseSchema,
  ClaimBaseSchema,
  IncidentBaseSchema,
  IndicatorBaseSchema,
  ObservationBaseSchema,
  PlaceBaseSchema,
  RelationBaseSchema,
  CheckBaseSchema,
  SourceBaseSchema,
} from '../../src/entries/schema.js';
import { fullDataset } from '../fixtures/full-dataset.js';

/** Every object reachable from `root`, walked with a stack. */
function objectsIn(root: unknown): object[] {
  const found: object[] = [];
  const seen = new Set<object>();
  const stack = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    found.push(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return found;
}

/** The dataset's collections (frozen arrays themselves), by kind. */
function allRecords(ds: Dataset): Record<string, readonly unknown[]> {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, ds[COLLECTION_OF[kind]] as readonly unknown[]]));
}

/** Every object inside the dataset's collections, the collections included. */
function objectsOfDataset(ds: Dataset): object[] {
  return objectsIn(allRecords(ds)).slice(1);
}

/** Every answer the dataset's queries give, as ids, to compare before and after an attack. */
function answers(ds: Dataset, actor: string, indicator: string): unknown {
  const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
  return {
    search: ids(ds.searchActors(ds.getActor(actor)!.name)),
    incidents: ids(ds.findIncidents()),
    ofActor: ids(ds.findIncidents({ actor })),
    about: ids(ds.claimsAbout(actor)),
    by: ids(ds.claimsBy(actor)),
    relations: ids(ds.relationsOf(actor)),
    series: ids(ds.series(indicator)),
    contradictions: ds.contradictions().map((c) => [c.topic, ids(c.affirming), ids(c.denying)]),
    actors: ids(ds.actors),
    name: ds.getActor(actor)!.name,
  };
}

/** Mutates every array a query returns in every way an array allows. */
function attackResults(ds: Dataset, actor: string, indicator: string): void {
  const fake = { ...ds.getActor(actor)!, id: 'fake', name: 'Fake' };
  const lists: unknown[][] = [
    ds.searchActors(ds.getActor(actor)!.name),
    ds.findIncidents(),
    ds.findIncidents({ actor }),
    ds.claimsAbout(actor),
    ds.claimsBy(actor),
    ds.relationsOf(actor),
    ds.series(indicator),
    ...ds.contradictions().flatMap((c) => [c.affirming, c.denying]),
  ];
  for (const list of lists) {
    list.reverse();
    list.push(fake);
    list.splice(0, 1);
    list.length = 0;
  }
  for (const contradiction of ds.contradictions()) contradiction.topic = 'changed';
}

/** Tries every way to change a record; each must throw in strict mode. */
function expectUnchangeable(record: object): void {
  const copy = JSON.stringify(record);
  const r = record as Record<string, unknown>;
  expect(() => {
    r['id'] = 'changed';
  }).toThrow(TypeError);
  expect(() => {
    r['added'] = 1;
  }).toThrow(TypeError);
  expect(() => {
    delete r['citations'];
  }).toThrow(TypeError);
  expect(() => Object.defineProperty(r, 'id', { value: 'changed' })).toThrow(TypeError);
  expect(() => {
    Object.setPrototypeOf(r, { injected: true });
  }).toThrow(TypeError);
  expect(() => (r['citations'] as unknown[]).push({ source: 'x', quote: 'y' })).toThrow(TypeError);
  expect(() => {
    (r['citations'] as Record<string, unknown>[])[0]!['quote'] = 'changed';
  }).toThrow(TypeError);
  expect(JSON.stringify(record)).toBe(copy);
}

describe('the bundled dataset', () => {
  it('is deeply frozen: every object and array of every record', () => {
    const objects = objectsOfDataset(dataset);
    expect(objects.length).toBeGreaterThan(100);
    expect(objects.filter((o) => !Object.isFrozen(o))).toEqual([]);
    for (const kind of RECORD_KINDS) expect(Object.isFrozen(dataset[COLLECTION_OF[kind]]), kind).toBe(true);
  });

  it('throws on every attempt to change a record, and the record stays as it was', () => {
    for (const id of ['tajikistan', 'badakhshan-border-incursion-2023-09', 'tajikistan-narcotics-seized', 'taliban-contained-iskp']) {
      expectUnchangeable(dataset.getRecord(id)!.record);
    }
    expect(() => (dataset.actors as unknown[]).push({ id: 'x' })).toThrow(TypeError);
    expect(() => {
      (dataset.getIncident('badakhshan-border-incursion-2023-09')!.fatalities as { value: number }).value = 30;
    }).toThrow(TypeError);
    expect(dataset.getIncident('badakhshan-border-incursion-2023-09')!.fatalities?.value).toBe(3);
  });

  it('gives the same answers after every returned array was mutated', () => {
    const before = answers(dataset, 'iskp', 'narcotics-seized');
    attackResults(dataset, 'iskp', 'narcotics-seized');
    expect(answers(dataset, 'iskp', 'narcotics-seized')).toEqual(before);
    expect((before as { about: string[] }).about).toContain('taliban-contained-iskp');
  });
});

describe('a dataset made by createDataset', () => {
  it('is deeply frozen and gives the same answers after its results were mutated', () => {
    const ds = createDataset(fullDataset());
    expect(objectsOfDataset(ds).filter((o) => !Object.isFrozen(o))).toEqual([]);
    expectUnchangeable(ds.getActor('acme-front')!);
    const before = answers(ds, 'acme-front', 'detentions');
    attackResults(ds, 'acme-front', 'detentions');
    expect(answers(ds, 'acme-front', 'detentions')).toEqual(before);
    expect((before as { about: string[] }).about).toEqual(['mod-detentions']);
  });

  it('shares no object with its input, so the caller’s later changes do not reach it', () => {
    const input = fullDataset();
    const ds = createDataset(input);
    const theirs = new Set(objectsIn(input));
    expect(objectsOfDataset(ds).filter((o) => theirs.has(o))).toEqual([]);
    // The input is the caller's: not frozen, still changeable, and changing it changes nothing.
    expect([...theirs].filter((o) => Object.isFrozen(o))).toEqual([]);
    const snapshot = JSON.stringify(allRecords(ds));
    input.actors[0]!.aliases[0]!.name = 'changed';
    input.incidents[0]!.date.start = '1999-01-01';
    input.incidents[0]!.actors[0]!.actor = 'changed';
    input.claims[0]!.about.push('changed');
    input.observations[0]!.value.value = -1;
    input.actors.push({ ...input.actors[0]! });
    expect(JSON.stringify(allRecords(ds))).toBe(snapshot);
  });

  it('copies what a caller’s extended schemas pass through untouched, at every depth', () => {
    // Every kind gets a field our schemas do not check, and accepts unknown keys as they are.
    const extra = { extra: z.any(), meta: z.record(z.string(), z.unknown()) };
    const loose = <T extends z.ZodRawShape>(shape: T) => z.looseObject({ ...shape, ...extra });
    const schemas = {
      source: loose(SourceBaseSchema.shape),
      actor: loose(ActorBaseSchema.shape),
      place: loose(PlaceBaseSchema.shape),
      incident: loose(IncidentBaseSchema.shape),
      indicator: loose(IndicatorBaseSchema.shape),
      observation: loose(ObservationBaseSchema.shape),
      claim: loose(ClaimBaseSchema.shape),
      relation: loose(RelationBaseSchema.shape),
      check: loose(CheckBaseSchema.shape),
    };
    const input = fullDataset() as unknown as Record<string, Record<string, unknown>[]>;
    for (const records of Object.values(input)) {
      for (const record of records) {
        record['extra'] = { list: [{ deep: [1, 2] }], when: new Date(0) };
        record['meta'] = { a: { b: [{ c: 'd' }] } };
        record['unchecked'] = [{ nested: { value: 1 } }];
      }
    }
    const ds = createDataset(input, { schemas });
    const theirs = new Set(objectsIn(input));
    const ours = objectsOfDataset(ds);
    expect(ours.filter((o) => theirs.has(o))).toEqual([]);
    expect([...theirs].filter((o) => Object.isFrozen(o))).toEqual([]);
    const actor = ds.getActor('acme-front') as unknown as { extra: { list: { deep: number[] }[]; when: Date }; unchecked: unknown[] };
    expect(actor.extra.list[0]!.deep).toEqual([1, 2]);
    expect(actor.extra.when).toEqual(new Date(0));
    expect(Object.isFrozen(actor.extra.list[0]!.deep)).toBe(true);
    (input['actors']![0]!['extra'] as { list: { deep: number[] }[] }).list[0]!.deep.push(3);
    expect(actor.extra.list[0]!.deep).toEqual([1, 2]);
  });
});

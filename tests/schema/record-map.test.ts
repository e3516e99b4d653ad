/**
 * One description of a dataset's collections (record-map.ts): the kinds, their collection names
 * and their record types. DatasetSchema, defineSchemas' DatasetSchema and the Dataset interface
 * are mapped from it, so they list the same collections in the same order, typed per kind.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { createDataset, type Dataset } from '../../src/dataset/index.js';
import {
  byCollection,
  byKind,
  COLLECTION_OF,
  defineSchemas,
  RECORD_KINDS,
  type Actor,
  type CollectionName,
  type CollectionOf,
  type DatasetCollections,
  type DatasetSchemaOf,
  type RecordKind,
} from '../../src/schema/index.js';
import { ActorSchema, DatasetSchema, RECORD_SCHEMAS } from '../../src/entries/schema.js';

describe('the collections of a dataset', () => {
  it('are named after their kinds, in the order of RECORD_KINDS', () => {
    expect(Object.keys(COLLECTION_OF)).toEqual([...RECORD_KINDS]);
    expect(Object.values(COLLECTION_OF)).toEqual(RECORD_KINDS.map((kind) => `${kind}s`));
    expect(Object.isFrozen(COLLECTION_OF)).toBe(true);
    expectTypeOf(COLLECTION_OF.observation).toEqualTypeOf<'observations'>();
    expectTypeOf<CollectionOf<'check'>>().toEqualTypeOf<'checks'>();
    expectTypeOf<CollectionName>().toEqualTypeOf<
      'sources' | 'actors' | 'places' | 'incidents' | 'indicators' | 'observations' | 'claims' | 'relations' | 'checks'
    >();
  });

  it('are the keys of DatasetSchema and of the dataset defineSchemas builds, each with its kind’s schema', () => {
    const collections = RECORD_KINDS.map((kind) => COLLECTION_OF[kind]);
    expect(Object.keys(DatasetSchema.shape)).toEqual(collections);
    expect(DatasetSchema.shape.actors.unwrap().element).toBe(ActorSchema);
    expectTypeOf(DatasetSchema).toEqualTypeOf<DatasetSchemaOf<typeof RECORD_SCHEMAS>>();
    expectTypeOf(DatasetSchema.shape.actors).toEqualTypeOf<z.ZodOptional<z.ZodArray<typeof ActorSchema>>>();

    const mine = defineSchemas({ actorKinds: ['militia'] });
    expect(Object.keys(mine.DatasetSchema.shape)).toEqual(collections);
    expect(mine.DatasetSchema.shape.actors.unwrap().element).toBe(mine.schemas.actor);
    expectTypeOf(mine.DatasetSchema.shape.actors.unwrap().element).toEqualTypeOf(mine.schemas.actor);
    expect(mine.DatasetSchema.safeParse({ places: [], unknown: [] }).success).toBe(false);
  });

  it('are what a Dataset holds, typed by its record map', () => {
    expectTypeOf<Dataset>().toExtend<DatasetCollections<{ [K in RecordKind]: { id: string } }>>();
    expectTypeOf<DatasetCollections<{ [K in RecordKind]: Actor }>['checks']>().toEqualTypeOf<readonly Actor[]>();
    const ds = createDataset({ actors: [] });
    const collections: DatasetCollections<Record<RecordKind, unknown>> = ds;
    expect(RECORD_KINDS.map((kind) => collections[COLLECTION_OF[kind]])).toEqual(RECORD_KINDS.map(() => []));
  });
});

describe('byKind and byCollection', () => {
  it('make one entry per kind, typed per kind, and rename them to collections', () => {
    const lengths = byKind<Record<RecordKind, number>>((kind) => kind.length);
    expect(Object.keys(lengths)).toEqual([...RECORD_KINDS]);
    const renamed = byCollection(lengths);
    expectTypeOf(renamed.observations).toEqualTypeOf<number>();
    expect(Object.entries(renamed)).toEqual(RECORD_KINDS.map((kind) => [`${kind}s`, kind.length]));
  });
});

/**
 * RecordDataset hands out the record types of its dataset with no casts in between: the bundled
 * dataset's queries return bundled records whose ids are literal unions, so one query's result
 * is the next one's argument, and a dataset made with extended schemas returns the extended
 * types from every query. The `@ts-expect-error` lines are checked by `tsc` (npm test).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { createDataset } from '../../src/dataset/index.js';
import type { AnyRecord, Contradiction, Dataset } from '../../src/dataset/index.js';
import {
  dataset,
  getActor,
  getRecord,
  type ActorId,
  type BundledActor,
  type BundledCheck,
  type BundledClaim,
  type BundledId,
  type BundledIds,
  type BundledIncident,
  type BundledObservation,
  type BundledPlace,
  type BundledRecordMap,
  type BundledRelation,
  type PlaceId,
} from '../../src/entries/main.js';
import { type DatasetCollections, type RecordMap } from '../../src/schema/index.js';
import { ActorSchema, ClaimSchema } from '../../src/entries/schema.js';
import { smallDataset } from '../fixtures/small-dataset.js';

describe('the bundled dataset', () => {
  it('has the collections of its record types', () => {
    expectTypeOf(dataset).toExtend<DatasetCollections<BundledRecordMap>>();
    expectTypeOf(dataset.actors).toEqualTypeOf<readonly BundledActor[]>();
    expectTypeOf(dataset.incidents).toEqualTypeOf<readonly BundledIncident[]>();
    expect(dataset.checks.length).toBeGreaterThan(0);
    // A Dataset of bundled records is a Dataset of records: its methods accept wider ids.
    expectTypeOf(dataset).toExtend<Dataset>();
  });

  it('lets the literal ids of one query flow into the next', () => {
    const [incident] = dataset.findIncidents({ actor: 'jamaat-ansarullah', type: 'clash' });
    expectTypeOf(incident!).toEqualTypeOf<BundledIncident>();
    const perpetrator = incident!.actors.find((a) => a.role === 'perpetrator')!.actor;
    expectTypeOf(perpetrator).toEqualTypeOf<ActorId>();
    const relations = dataset.relationsOf(perpetrator, { type: 'bans', direction: 'in' });
    expectTypeOf(relations).toEqualTypeOf<BundledRelation[]>();
    expect(relations.map((r) => dataset.getActor(r.from)?.name)).toEqual(['Tajikistan']);

    const [tajikistan] = dataset.searchActors('tajik', { limit: 1 });
    expectTypeOf(tajikistan!).toEqualTypeOf<BundledActor>();
    expect(dataset.findIncidents({ actor: tajikistan!.id }).length).toBeGreaterThan(0);

    const claims = dataset.claimsBy(dataset.getClaim('taliban-contained-iskp')!.claimant);
    expectTypeOf(claims).toEqualTypeOf<BundledClaim[]>();
    expect(claims.length).toBe(2);

    const [observation] = dataset.series('narcotics-seized', { subject: 'tajikistan' });
    expectTypeOf(observation!).toEqualTypeOf<BundledObservation>();
    expectTypeOf(observation!.subject).toEqualTypeOf<ActorId | PlaceId>();

    const [check] = dataset.checksOf('sco-rats-council-2023-09');
    expectTypeOf(check!).toEqualTypeOf<BundledCheck>();
    expectTypeOf(check!.about).toEqualTypeOf<BundledId>();
    expect(getRecord(check!.about)?.kind).toBe('incident');

    const [contradiction] = dataset.contradictions();
    expectTypeOf(contradiction!).toEqualTypeOf<Contradiction<BundledClaim>>();
    expect(getActor(contradiction!.affirming[0]!.claimant)).toBeDefined();

    // @ts-expect-error 'tajikstan' is not an ActorId
    expect(dataset.findIncidents({ actor: 'tajikstan' })).toEqual([]);
  });

  it('tags getRecord hits with their kind, which narrows the record', () => {
    const hit = dataset.getRecord('dushanbe');
    expectTypeOf(hit).toEqualTypeOf<AnyRecord<BundledRecordMap> | undefined>();
    if (hit?.kind !== 'place') throw new Error('dushanbe is a place');
    expectTypeOf(hit.record).toEqualTypeOf<BundledPlace>();
    expect(hit.record.parent).toBe('tajikistan-territory');
    expect(Object.isFrozen(hit)).toBe(true);
  });

  it('reads a place of the right kind only for the spatial filters', () => {
    // The box holds Dushanbe; an id of another kind named as a place matches nothing.
    expect(dataset.findIncidents({ within: [68, 38, 72, 39.5], match: 'certain' }).map((i) => i.place)).toContain('dushanbe');
    expect(dataset.getPlace('tajikistan' as BundledIds['place'])).toBeUndefined();
  });

  it('refuses an incident type that is neither a type nor an array of types, naming the option', () => {
    expect(() => dataset.findIncidents({ type: 5 as never })).toThrow(/findIncidents: type must be an incident type or an array of them, got number/);
    expect(dataset.findIncidents({ type: ['clash', 'meeting'] }).length).toBeGreaterThan(dataset.findIncidents({ type: 'clash' }).length);
  });
});

describe('a dataset of extended record types', () => {
  const StrengthActorSchema = ActorSchema.safeExtend({ strength: z.number().optional() });
  const ReviewedClaimSchema = ClaimSchema.safeExtend({ reviewed: z.boolean().optional() });
  type StrengthActor = z.output<typeof StrengthActorSchema>;
  type ReviewedClaim = z.output<typeof ReviewedClaimSchema>;

  it('returns the extended types from the collections, getters and queries', () => {
    const input = smallDataset();
    const ds = createDataset(
      { ...input, actors: input.actors.map((actor) => ({ ...actor, strength: 40 })) },
      { schemas: { actor: StrengthActorSchema, claim: ReviewedClaimSchema } },
    );
    expectTypeOf(ds.actors).toEqualTypeOf<readonly StrengthActor[]>();
    expectTypeOf(ds.searchActors('acme')).toEqualTypeOf<StrengthActor[]>();
    expectTypeOf(ds.claimsAbout('acme-front')).toEqualTypeOf<ReviewedClaim[]>();
    expectTypeOf(ds.contradictions()).toEqualTypeOf<Contradiction<ReviewedClaim>[]>();
    expectTypeOf(ds.incidents).toEqualTypeOf<readonly RecordMap['incident'][]>();
    expect(ds.searchActors('acme')[0]?.strength).toBe(40);
    expect(ds.getActor('acme-front')?.strength).toBe(40);
    const hit = ds.getRecord('acme-front');
    if (hit?.kind !== 'actor') throw new Error('acme-front is an actor');
    expectTypeOf(hit.record).toEqualTypeOf<StrengthActor>();
    expect(hit.record.strength).toBe(40);
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { dataset } from '../../src/entries/bundled/dataset.js';
import { createDataset, DatasetValidationError, mergeDatasets } from '../../src/dataset/index.js';
import {
  defineSchemas,
  INCIDENT_TYPES,
  type ActorKind,
  type DefinedSchemas,
  type DefineSchemasOptions,
  type GeoPrecision,
  type Incident,
  type IncidentType,
} from '../../src/schema/index.js';
import { smallDataset, TEXT } from '../fixtures/small-dataset.js';

const mine = defineSchemas({
  incidentTypes: ['protest', 'river-crossing'],
  incidentRoles: ['organiser'],
  actorKinds: ['militia'],
  placeKinds: ['oblast'],
  relationTypes: ['funds'],
  fields: {
    incident: { severity: z.number().int().min(1).max(5).optional() },
    actor: { strength: z.number().int().nonnegative().optional() },
  },
});

/** The small fixture, recoded with members and fields only `mine` knows. */
function extendedInput() {
  const input = smallDataset();
  return {
    ...input,
    actors: input.actors.map((a) => (a.id === 'acme-front' ? { ...a, kind: 'militia', strength: 300 } : a)),
    places: input.places.map((p) => ({ ...p, kind: 'oblast' })),
    incidents: input.incidents.map((i) => ({
      ...i,
      type: 'river-crossing',
      severity: 3,
      actors: [...i.actors, { actor: 'ministry-of-defence', role: 'organiser' }],
    })),
    relations: [...input.relations.map((r) => ({ ...r, type: 'funds' }))],
  };
}

function issuesOf(run: () => unknown): readonly { code: string; kind: string; id?: string; path: readonly (string | number)[]; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a DatasetValidationError');
}

describe('defineSchemas', () => {
  it('adds the caller’s members after ours, and the types follow', () => {
    expect(mine.vocabulary.incidentTypes).toEqual([...INCIDENT_TYPES, 'protest', 'river-crossing']);
    expect(mine.bases.incident.shape.type.options).toContain('protest');
    expectTypeOf<z.output<typeof mine.schemas.incident>['type']>().toEqualTypeOf<IncidentType | 'protest' | 'river-crossing'>();
    expectTypeOf<z.output<typeof mine.schemas.actor>['strength']>().toEqualTypeOf<number | undefined>();
    // Our schemas are untouched.
    expect(INCIDENT_TYPES).not.toContain('protest');
  });

  it('types each vocabulary by its members, whatever options produced them', () => {
    // Members in another order, read-only lists, other fields: the same vocabulary. A named
    // interface over the options type made TypeScript compare the options instead (a release
    // candidate refused all three of these assignments).
    const reordered = defineSchemas({ incidentTypes: ['river-crossing', 'protest'], fields: { place: { note: z.string().optional() } } } as const);
    const same: DefinedSchemas<{ incidentTypes: ['protest', 'river-crossing'] }>['vocabulary'] = reordered.vocabulary;
    expect(same.incidentTypes.slice(-2)).toEqual(['river-crossing', 'protest']);
    const fewer = defineSchemas({ incidentTypes: ['protest'] });
    const wider: DefinedSchemas<{ incidentTypes: ['protest', 'river-crossing'] }>['vocabulary'] = fewer.vocabulary;
    expect(wider.incidentTypes.at(-1)).toBe('protest');
    // @ts-expect-error -- 'river-crossing' is not among fewer's members
    const narrower: DefinedSchemas<{ incidentTypes: ['protest'] }>['vocabulary'] = reordered.vocabulary;
    expect(narrower.incidentTypes).toContain('river-crossing');
  });

  it('types a vocabulary as any string when the options do not say which members they add', () => {
    // Typed as the options interface, or an optional list: the members are there at run time,
    // so a type that left them out would send them to an exhaustive switch's `never` branch.
    const options: DefineSchemasOptions = { actorKinds: ['militia'], geoPrecisions: { water: 2 } };
    const widened = defineSchemas(options);
    expectTypeOf(widened.vocabulary.actorKinds).toEqualTypeOf<readonly string[]>();
    expectTypeOf<z.output<typeof widened.schemas.actor>['kind']>().toEqualTypeOf<string>();
    expectTypeOf(widened.vocabulary.geoPrecisions).toEqualTypeOf<readonly string[]>();
    expect(widened.vocabulary.actorKinds.at(-1)).toBe('militia');
    expect(widened.vocabulary.geoPrecisions.at(-1)).toBe('water');
    const extra: { incidentTypes?: readonly string[] } = { incidentTypes: ['protest'] };
    const optional = defineSchemas(extra);
    expectTypeOf(optional.vocabulary.incidentTypes).toEqualTypeOf<readonly string[]>();
    expect(optional.vocabulary.incidentTypes).toContain('protest');
    // Options that are one of several objects add what any of them adds.
    const protests = { incidentTypes: ['protest'], geoPrecisions: { water: 2 } } as const;
    const militias = { actorKinds: ['militia'] } as const;
    const either = defineSchemas(Math.random() < 2 ? protests : militias);
    expectTypeOf(either.vocabulary.incidentTypes).toEqualTypeOf<readonly (IncidentType | 'protest')[]>();
    expectTypeOf(either.vocabulary.geoPrecisions).toEqualTypeOf<readonly (GeoPrecision | 'water')[]>();
    expect(either.vocabulary.incidentTypes.at(-1)).toBe('protest');
    // Two lists for one key, intersected by a generic wrapper's spread, collapse to never in the
    // type; which one wins is known only at run time, so any string.
    const withSheep = <const O extends DefineSchemasOptions>(o: O) => defineSchemas({ ...o, units: ['sheep'] });
    const overridden = withSheep({ units: ['goat'] });
    expectTypeOf(overridden.vocabulary.units).toEqualTypeOf<readonly string[]>();
    expect(overridden.vocabulary.units.at(-1)).toBe('sheep');
    // Options parsed from JSON (any) may hold any members.
    const fromJson = defineSchemas(JSON.parse('{"units":["sheep"],"geoPrecisions":{"water":2}}'));
    expectTypeOf(fromJson.vocabulary.units).toEqualTypeOf<readonly string[]>();
    expectTypeOf(fromJson.vocabulary.geoPrecisions).toEqualTypeOf<readonly string[]>();
    expect([fromJson.vocabulary.units.at(-1), fromJson.vocabulary.geoPrecisions.at(-1)]).toEqual(['sheep', 'water']);
    // Numeric level codes (UCDP's where_prec) are keys as Object.keys gives them.
    const coded = defineSchemas({ geoPrecisions: { 7: 2, 5: 1 } });
    expectTypeOf(coded.vocabulary.geoPrecisions).toEqualTypeOf<readonly (GeoPrecision | '5' | '7')[]>();
    expect(coded.vocabulary.geoPrecisions.slice(-2)).toEqual(['5', '7']);
    // A key that is not given adds nothing, to the type as to the list.
    expectTypeOf(optional.vocabulary.actorKinds).toEqualTypeOf<readonly ActorKind[]>();
    expectTypeOf(defineSchemas({}).vocabulary.incidentTypes).toEqualTypeOf<readonly IncidentType[]>();
  });

  it('can be wrapped by a generic function of a downstream project', () => {
    // A project that adds its own members on top of its callers' passes a generic options type
    // through; a signature that maps the options type (to refuse misspelt keys) broke this.
    const withSheep = <const O extends DefineSchemasOptions>(options: O) => defineSchemas({ ...options, units: ['sheep'] });
    const passThrough = <O extends DefineSchemasOptions>(options: O) => defineSchemas(options);
    expect(withSheep({ incidentTypes: ['protest'] }).vocabulary.units.at(-1)).toBe('sheep');
    expect(passThrough({ actorKinds: ['militia'] }).vocabulary.actorKinds.at(-1)).toBe('militia');
  });

  it('validates a dataset that uses every new member, and ours refuses it', () => {
    const ds = createDataset(extendedInput(), { schemas: mine.schemas });
    expect(ds.getActor('acme-front')?.kind).toBe('militia');
    expect(ds.getActor('acme-front')?.strength).toBe(300);
    expect(ds.getPlace('river-crossing')?.kind).toBe('oblast');
    expect(ds.getRelation('mod-hostile-to-acme')?.type).toBe('funds');
    const codes = issuesOf(() => createDataset(extendedInput())).map((i) => `${i.kind}:${i.path.join('.')}`);
    expect(codes).toEqual(expect.arrayContaining(['actor:kind', 'actor:', 'place:kind', 'incident:type', 'incident:actors.1.role', 'relation:type']));
  });

  it('queries the extended data with full types', () => {
    const ds = createDataset(extendedInput(), { schemas: mine.schemas });
    const found = ds.findIncidents({ type: 'river-crossing', actor: 'ministry-of-defence' });
    expect(found.map((i) => [i.id, i.severity])).toEqual([['river-crossing-2024-05-03', 3]]);
    expectTypeOf(found[0]!.type).toEqualTypeOf<IncidentType | 'protest' | 'river-crossing'>();
    expectTypeOf(found[0]!.severity).toEqualTypeOf<number | undefined>();
    expect(ds.relationsOf('acme-front', { type: 'funds' }).map((r) => r.id)).toEqual(['mod-hostile-to-acme']);
    // @ts-expect-error -- 'riot' is in neither vocabulary
    ds.findIncidents({ type: 'riot' });
  });

  it('keeps our refinements on the extended schemas', () => {
    const input = extendedInput();
    input.incidents[0]!.date = { ...input.incidents[0]!.date, start: '2024-05-09', precision: 'range' as 'day' };
    input.relations[0]!.to = input.relations[0]!.from;
    const issues = issuesOf(() => createDataset(input, { schemas: mine.schemas }));
    expect(issues.map((i) => [i.code, i.kind, i.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['date-order', 'incident', 'date.end'],
        ['schema', 'relation', 'to'],
      ]),
    );
    const bad = { ...input.incidents[0]!, date: { start: '2024-05-03', end: '2024-05-03', precision: 'day' }, severity: 9 };
    expect(mine.schemas.incident.safeParse(bad).error?.issues.map((i) => i.path.join('.'))).toEqual(['severity']);
  });

  it('refuses a member that is not kebab-case, naming the option', () => {
    expect(() => defineSchemas({ incidentTypes: ['Border Clash'] })).toThrow(/incidentTypes member "Border Clash" must be a kebab-case string/);
  });
});

describe('mergeDatasets', () => {
  const source = {
    id: 'field-report',
    title: 'Field report',
    publisher: 'Example Monitor',
    url: 'https://example.org/field-report',
    published: { start: '2024-05-04', end: '2024-05-04', precision: 'day' as const },
    text: TEXT,
  };
  const clash = {
    id: 'acme-iskp-crossing-2024-05-03',
    type: 'incursion' as const,
    title: 'ISKP fighters cross the river',
    date: { start: '2024-05-03', end: '2024-05-03', precision: 'day' as const },
    actors: [{ actor: 'iskp', role: 'perpetrator' as const }],
    place: 'badakhshan-tajikistan',
    citations: [{ source: 'field-report', quote: 'crossed the river on 3 May 2024' }],
  };

  it('merges the bundled data with the caller’s, whose records may reference ours', () => {
    const merged = mergeDatasets(dataset, { sources: [source], incidents: [clash] });
    expect(merged.findIncidents({ actor: 'iskp' }).map((i) => i.id)).toContain('acme-iskp-crossing-2024-05-03');
    expect(merged.findIncidents({ place: 'tajikistan-territory', from: '2024-01-01' }).map((i) => i.id)).toEqual(['acme-iskp-crossing-2024-05-03']);
    expect(merged.getActor('tajikistan')?.name).toBe('Tajikistan');
    expect(merged.actors.length).toBe(dataset.actors.length);
  });

  it('names both records when an id is used on both sides', () => {
    const copy = { ...smallDataset().actors[0]!, id: 'iskp' };
    const ownIndex = dataset.actors.findIndex((a) => a.id === 'iskp');
    const issues = issuesOf(() => mergeDatasets(dataset, { sources: [source], actors: [copy] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'duplicate-id', kind: 'actor', id: 'iskp', path: ['id'] });
    expect(issues[0]!.message).toBe(
      `id "iskp" is used by both datasets: actor "iskp" at actors[${ownIndex}] of the first and actor "iskp" at actors[0] of the second`,
    );
  });

  it('reports a collision across kinds and the other side’s problems together', () => {
    const asPlace = { id: 'acme-front', kind: 'city' as const, name: 'Acme', citations: [{ source: 'field-report', quote: 'the river' }] };
    const dangling = { ...clash, actors: [{ actor: 'nobody-known', role: 'perpetrator' as const }] };
    // The second side may cite the first side's source and name its records.
    const issues = issuesOf(() => mergeDatasets(smallDataset(), { places: [asPlace], incidents: [dangling] }));
    expect(issues.map((i) => [i.code, i.kind, i.path.join('.')])).toEqual([
      ['duplicate-id', 'place', 'id'],
      ['dangling-reference', 'incident', 'place'],
      ['dangling-reference', 'incident', 'actors.0.actor'],
    ]);
    expect(issues[0]!.message).toBe(
      'id "acme-front" is used by both datasets: actor "acme-front" at actors[0] of the first and place "acme-front" at places[0] of the second',
    );
  });

  it('validates both sides with extended schemas and types the result', () => {
    const merged = mergeDatasets(dataset, extendedInput(), { schemas: mine.schemas });
    const crossing = merged.findIncidents({ type: 'river-crossing' });
    expect(crossing.map((i) => i.severity)).toEqual([3]);
    expectTypeOf(crossing[0]!).toExtend<Omit<Incident, 'type' | 'actors'>>();
    expect(merged.getIncident('badakhshan-border-incursion-2023-09')?.type).toBe('clash');
  });
});

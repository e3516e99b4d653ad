/**
 * One consumer cannot change what another sees: every exported object and array is frozen, and
 * every query of the public API, called with real ids, returns frozen values or fresh copies
 * (mutating an answer changes no later answer). The walk covers every export of both entries;
 * a new export without a call below fails the test.
 */
import { describe, expect, it } from 'vitest';
import * as main from '../../src/entries/main.js';
import * as schemaEntry from '../../src/entries/schema.js';

const { dataset } = main;
const observationWithComparison = dataset.observations.find((o) => o.comparison !== undefined)!;
const iskp = main.getActor('iskp')!;
const incident = dataset.incidents[1]!;
const plainDataset = { sources: [...dataset.sources], actors: [...dataset.actors] };
const quantity = { value: 5, unit: 'tonne', qualifier: 'about' } as const;

/** Every exported function, and a call of it with real arguments. */
const CALLS: Record<string, () => unknown> = {
  compare: () => main.compare(observationWithComparison, quantity),
  compareFuzzyDates: () => main.compareFuzzyDates(incident.date, incident.date),
  conversionFactor: () => main.conversionFactor('tonne', 'kg'),
  convertQuantity: () => main.convertQuantity(quantity, 'kg'),
  convertValue: () => main.convertValue(5, 'tonne', 'kg'),
  createDataset: () => main.createDataset(plainDataset),
  createRecordValidator: () => main.createRecordValidator(schemaEntry.ActorSchema)({ ...iskp, kind: 'militia' }),
  exportTable: () => main.exportTable(dataset, 'actors'),
  exportTables: () => main.exportTables(dataset),
  formatIssue: () => main.formatIssue({ code: 'schema', kind: 'actor', id: 'x', index: 0, path: ['id'], message: 'bad' }),
  formatQuantity: () => main.formatQuantity(quantity),
  fuzzyDate: () => main.fuzzyDate('2023-09-01', '2023-09-30'),
  impliedBaseline: () => main.impliedBaseline(observationWithComparison),
  intersectFuzzyDates: () => main.intersectFuzzyDates(incident.date, incident.date),
  mergeDatasets: () => main.mergeDatasets(dataset, {}),
  overlaps: () => main.overlaps(incident.date, { from: '2023-01-01' }),
  periodLength: () => main.periodLength(observationWithComparison.period, 'year'),
  precisionOf: () => main.precisionOf('2023-09-01', '2023-09-30'),
  rate: () => main.rate(observationWithComparison, 'year'),
  resolveRelativeDate: () => main.resolveRelativeDate('last week', '2023-09-14'),
  roundSignificant: () => main.roundSignificant(1234, 2),
  toDataPackage: () => main.toDataPackage(main.exportTables(dataset), { name: 'walk' }),
  toJson: () => main.toJson(dataset.actors),
  toNdjson: () => main.toNdjson(dataset.actors),
  toRows: () => main.toRows('actors'),
  unitInfo: () => main.unitInfo('kg'),
  unitsCompatible: () => main.unitsCompatible('kg', 'tonne'),
  within: () => main.within(incident.date, { from: '2023-01-01' }),
  refineRelation: () => main.refineRelation(schemaEntry.RelationBaseSchema),
  defineSchemas: () => main.defineSchemas({ incidentTypes: ['riot'] }),
  jsonSchemas: () => main.jsonSchemas(),
  toJsonSchema: () => main.toJsonSchema(schemaEntry.ActorSchema, 'actor'),
  claimsAbout: () => main.claimsAbout('iskp'),
  claimsBy: () => main.claimsBy('emomali-rahmon'),
  contradictions: () => main.contradictions(),
  findIncidents: () => main.findIncidents({ actor: 'iskp' }),
  getActor: () => main.getActor('iskp'),
  getClaim: () => main.getClaim(dataset.claims[0]!.id),
  getIncident: () => main.getIncident(incident.id),
  getIndicator: () => main.getIndicator(dataset.indicators[0]!.id),
  getObservation: () => main.getObservation(observationWithComparison.id),
  getPlace: () => main.getPlace(dataset.places[0]!.id),
  getRecord: () => main.getRecord('iskp'),
  getRelation: () => main.getRelation(dataset.relations[0]!.id),
  getSource: () => main.getSource(dataset.sources[0]!.id),
  isActorId: () => main.isActorId('iskp'),
  relationsOf: () => main.relationsOf('iskp'),
  searchActors: () => main.searchActors('isis'),
  series: () => main.series(observationWithComparison.indicator),
  // Added in the second release.
  safeCreateDataset: () => main.safeCreateDataset(plainDataset),
  refineRecord: () => main.refineRecord(schemaEntry.ActorBaseSchema),
  refineSource: () => main.refineSource(schemaEntry.SourceBaseSchema),
  refineCheck: () => main.refineCheck(schemaEntry.CheckBaseSchema),
  refinePlaceGeo: () => main.refinePlaceGeo(schemaEntry.PlaceBaseSchema, main.GEO_DECIMALS),
  unitWord: () => main.unitWord('tonne', 5),
  scopeDifferences: () => main.scopeDifferences({ aspect: 'trend' }, { aspect: 'capability' }),
  placeWithin: () => main.placeWithin(main.getPlace('dushanbe')!.geo, [68, 38, 72, 39.5]),
  placeNear: () => main.placeNear(main.getPlace('dushanbe')!.geo, { lon: 68.78, lat: 38.54, km: 25 }),
  distanceKm: () => main.distanceKm([68.78, 38.54], [69.24, 41.3]),
  fromTables: () => main.fromTables(main.exportTables(dataset)),
  withDates: () => main.withDates(main.toRows('observations')),
  observationsView: () => main.observationsView(dataset),
  toGeoJson: () => main.toGeoJson(dataset, { kind: 'places' }),
  isBundledId: () => main.isBundledId('iskp'),
  isSourceId: () => main.isSourceId(dataset.sources[0]!.id),
  isPlaceId: () => main.isPlaceId('dushanbe'),
  isIncidentId: () => main.isIncidentId(incident.id),
  isIndicatorId: () => main.isIndicatorId(dataset.indicators[0]!.id),
  isObservationId: () => main.isObservationId(observationWithComparison.id),
  isClaimId: () => main.isClaimId(dataset.claims[0]!.id),
  isRelationId: () => main.isRelationId(dataset.relations[0]!.id),
  isCheckId: () => main.isCheckId(dataset.checks[0]!.id),
  getCheck: () => main.getCheck(dataset.checks[0]!.id),
  checksOf: () => main.checksOf('sco-rats-council-2023-09'),
  disputed: () => main.disputed(),
  statementsOf: () => main.statementsOf('sco-rats-council-2023-09', 'date'),
  bestDate: () => main.bestDate('sco-rats-council-2023-09'),
};

/** The dataset's own methods, called as a consumer would. */
const DATASET_CALLS: Record<string, () => unknown> = {
  getRecord: () => dataset.getRecord('iskp'),
  getActor: () => dataset.getActor('iskp'),
  findIncidents: () => dataset.findIncidents({ place: 'tajikistan' as never }),
  relationsOf: () => dataset.relationsOf('iskp'),
  claimsAbout: () => dataset.claimsAbout('iskp'),
  searchActors: () => dataset.searchActors('iskp'),
  contradictions: () => dataset.contradictions(),
  series: () => dataset.series(observationWithComparison.indicator),
  checksOf: () => dataset.checksOf('sco-rats-council-2023-09'),
  disputed: () => dataset.disputed(),
  statementsOf: () => dataset.statementsOf('sco-rats-council-2023-09', 'date'),
  bestDate: () => dataset.bestDate('sco-rats-council-2023-09'),
};

function isZodSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Every object reachable from `root` through own enumerable properties, zod schemas left out (zod owns them). */
function objectsIn(root: unknown): object[] {
  const found: object[] = [];
  const seen = new Set<object>();
  const stack = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object' || seen.has(item) || isZodSchema(item)) continue;
    seen.add(item);
    found.push(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return found;
}

/** Tries to change every unfrozen object reachable from a value; frozen ones refuse. */
function vandalise(value: unknown): void {
  for (const item of objectsIn(value)) {
    if (Object.isFrozen(item)) continue;
    if (Array.isArray(item)) {
      item.reverse();
      item.push('forged');
    }
    for (const key of Object.keys(item)) {
      try {
        (item as Record<string, unknown>)[key] = 'forged';
      } catch {
        // An accessor without a setter: not data.
      }
    }
    (item as Record<string, unknown>)['forged'] = true;
  }
}

/** A comparable picture of an answer (functions and zod schemas by name only). */
function picture(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (isZodSchema(v) ? '[zod]' : typeof v === 'function' ? `[function ${(v as { name: string }).name}]` : v));
}

describe('the public API walked whole', () => {
  it('has a call for every exported function of both entries', () => {
    for (const entry of [main, schemaEntry]) {
      for (const [name, value] of Object.entries(entry)) {
        if (typeof value !== 'function' || /^class /.test(Function.prototype.toString.call(value))) continue;
        expect(CALLS, `export ${name} needs a call in this test`).toHaveProperty(name);
      }
    }
  });

  it('exports only frozen objects and arrays (deeply), zod schemas aside', () => {
    for (const entry of [main, schemaEntry]) {
      for (const [name, value] of Object.entries(entry)) {
        if (typeof value !== 'object' || value === null || isZodSchema(value)) continue;
        for (const item of objectsIn(value)) expect(Object.isFrozen(item), `${name} holds an unfrozen object`).toBe(true);
      }
    }
    expect(() => (main.RECORD_KINDS as unknown as string[]).push('x')).toThrow(TypeError);
    expect(() => ((main.DAYS_PER as Record<string, number>).year = 1)).toThrow(TypeError);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the legacy compile() would rewrite a shared pattern in place; the test is that it cannot
    expect(() => (main.ID_PATTERN as RegExp).compile('.*')).toThrow(TypeError);
    expect(main.ID_PATTERN.test('iskp')).toBe(true);
  });

  it.each([...Object.entries(CALLS), ...Object.entries(DATASET_CALLS).map(([n, f]) => [`dataset.${n}`, f] as const)])(
    '%s answers with frozen or fresh values: vandalising one answer changes no later answer',
    (_name, call) => {
      const before = picture(call());
      const snapshotOfData = picture(dataset.actors) + picture(dataset.incidents) + picture(dataset.observations);
      vandalise(call());
      expect(picture(call())).toBe(before);
      expect(picture(dataset.actors) + picture(dataset.incidents) + picture(dataset.observations)).toBe(snapshotOfData);
    },
  );

  it('cannot forge a record through the getRecord wrapper (issue 10, point 12)', () => {
    const hit = dataset.getRecord('iskp')!;
    expect(Object.isFrozen(hit)).toBe(true);
    expect(() => {
      (hit as { record: unknown }).record = { id: 'iskp', name: 'Forged' };
    }).toThrow(TypeError);
    expect(dataset.getActor('iskp')!.name).toBe(iskp.name);
  });

  it('cannot replace a query on the shared dataset', () => {
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(() => {
      (dataset as { getActor: unknown }).getActor = () => undefined;
    }).toThrow(TypeError);
  });
});

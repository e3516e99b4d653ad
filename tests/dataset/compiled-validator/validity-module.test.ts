/**
 * The validity checks generated at build time (src/generated/validity-checks/, written by
 * `npm run build:data`), which `validate` runs before it loads zod: they must be the code the
 * current schemas give, accept what zod accepts and nothing else, and call only the zod-free
 * rules the schemas mark. They may refuse one thing zod accepts: a URL that zod would rewrite
 * (edge whitespace, a tab or a line break) is left to zod, which `validate` then loads.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataset } from '../../../src/entries/bundled/dataset.js';
import { generateValidityModule } from '../../../src/dataset/compiled-validator/validity-module.js';
import { Unsupported, type ZodNode } from '../../../src/dataset/compiled-validator/zod-internals.js';
import { COLLECTION_OF, RECORD_KINDS, ruleCallOf, type RecordKind } from '../../../src/schema/index.js';
import { urlAcceptedAsIs } from '../../../src/schema/rules/index.js';
import { RECORD_SCHEMAS } from '../../../src/entries/schema.js';
import { recordMutations } from '../../helpers/record-mutations.js';

const GENERATED = new URL('../../../src/generated/validity-checks/', import.meta.url);

async function generatedCheck(kind: RecordKind): Promise<((value: unknown) => boolean) | undefined> {
  return ((await import(new URL(`${kind}.ts`, GENERATED).href)) as { check: ((value: unknown) => boolean) | undefined }).check;
}

/** Every check (refinements included) in a schema's tree. */
function checksIn(node: ZodNode, found: { def: { check?: string }; check: object }[] = [], seen = new Set<object>()) {
  if (seen.has(node)) return found;
  seen.add(node);
  const def = node._zod.def;
  for (const check of [...(node._zod.traits.has('$ZodCheck') ? [node] : []), ...(def.checks ?? [])])
    found.push({ def: (check as ZodNode)._zod.def as { check?: string }, check });
  for (const child of [def.innerType, def.element, ...(def.items ?? []), ...Object.values(def.shape ?? {})]) if (child) checksIn(child, found, seen);
  return found;
}

/** Whether a record holds a `url` the checks leave to zod: one zod would rewrite before parsing. */
function hasUrlLeftToZod(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, child]) => (key === 'url' && typeof child === 'string' && !urlAcceptedAsIs(child)) || hasUrlLeftToZod(child));
}

/** The check's verdict must be zod's, except that it may refuse a record with a URL left to zod. */
function expectZodsVerdict(checked: boolean, mutated: unknown, schema: z.ZodType): void {
  const valid = schema.safeParse(mutated).success;
  if (checked === valid) return;
  expect({ checked, valid, urlLeftToZod: hasUrlLeftToZod(mutated) }).toEqual({ checked: false, valid: true, urlLeftToZod: true });
}

describe('generated validity checks', () => {
  it.each(RECORD_KINDS)('%s: the file on disk is what the schemas generate now', (kind) => {
    const onDisk = readFileSync(new URL(`${kind}.ts`, GENERATED), 'utf8');
    expect(onDisk).toBe(generateValidityModule(RECORD_SCHEMAS[kind], `RECORD_SCHEMAS.${kind}`));
  });

  it('cover every kind', async () => {
    const covered: RecordKind[] = [];
    for (const kind of RECORD_KINDS) if ((await generatedCheck(kind)) !== undefined) covered.push(kind);
    expect(covered).toEqual([...RECORD_KINDS]);
  });

  it('take a URL as zod does, and leave one zod would rewrite (edge spaces, a line break) to zod', async () => {
    const check = (await generatedCheck('source'))!;
    const source = dataset.getSource('kabulnow-2023-09-central-asia-terrorism-concerns')!;
    const url = (value: string) => ({ ...source, url: value });
    expect(check(source)).toBe(true);
    for (const value of ['not a url', 'https://', 'mailto:someone@example.org', 'https://exa mple.org/']) {
      expect([value, check(url(value))]).toEqual([value, RECORD_SCHEMAS.source.safeParse(url(value)).success]);
    }
    // zod accepts these after trimming or deleting the break; the generated check says no and zod is asked.
    for (const value of [' https://kabulnow.com/', 'https://kabul\nnow.com/', 'A: ']) {
      expect(RECORD_SCHEMAS.source.safeParse(url(value)).success).toBe(true);
      expect(check(url(value))).toBe(false);
    }
  });

  it('every refinement of our record schemas is marked with its zod-free rule', () => {
    for (const kind of RECORD_KINDS) {
      const custom = checksIn(RECORD_SCHEMAS[kind] as unknown as ZodNode).filter(({ def }) => def.check === 'custom');
      expect(custom.length).toBeGreaterThan(0);
      expect(custom.filter(({ check }) => ruleCallOf(check) === undefined)).toEqual([]);
    }
  });

  it('accept every bundled record', async () => {
    for (const kind of RECORD_KINDS) {
      const check = await generatedCheck(kind);
      if (check === undefined) continue;
      const records = dataset[COLLECTION_OF[kind]] as readonly { id: string }[];
      expect(records.length).toBeGreaterThan(0);
      expect(records.filter((record) => !check(record)).map((r) => r.id)).toEqual([]);
    }
  });

  for (const [kind, record] of [
    ['incident', dataset.getIncident('badakhshan-border-incursion-2023-09')],
    ['observation', dataset.getObservation('tajikistan-narcotics-seized')],
    ['claim', dataset.getClaim('taliban-contained-iskp')],
    ['relation', dataset.getRelation('tajikistan-bans-jamaat-ansarullah')],
    ['actor', dataset.getActor('tajikistan')],
    ['indicator', dataset.getIndicator('opium-supply')],
    ['check', dataset.checks.find((c) => c.value?.quantity !== undefined)],
    ['source', dataset.getSource('kabulnow-2023-09-central-asia-terrorism-concerns')],
    [
      'place',
      dataset.places.find((p) => p.geo?.bbox !== undefined && p.geo.provenance.url !== undefined) ?? dataset.places.find((p) => p.geo?.bbox !== undefined),
    ],
  ] as const) {
    it(`agree with zod on mutated ${kind} records`, async () => {
      const check = (await generatedCheck(kind))!;
      const schema = RECORD_SCHEMAS[kind];
      expect(record).toBeDefined();
      fc.assert(
        fc.property(recordMutations(record), (mutated) => {
          expectZodsVerdict(check(mutated), mutated, schema);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('run the rules: date order and precision, withdrawal, bounds, a lone surrogate pair measured as zod does', async () => {
    const check = (await generatedCheck('incident'))!;
    const incident = dataset.getIncident('badakhshan-border-incursion-2023-09')!;
    expect(check(incident)).toBe(true);
    expect(check({ ...incident, date: { ...incident.date, start: '2023-09-20' } })).toBe(false);
    expect(check({ ...incident, date: { start: '2023-09-01', end: '2023-09-29', precision: 'month' } })).toBe(false);
    expect(check({ ...incident, status: 'withdrawn' })).toBe(false);
    expect(check({ ...incident, fatalities: { value: 3, low: 5, unit: 'person', qualifier: 'about' } })).toBe(false);
    expect(check({ ...incident, fatalities: { value: 3, unit: 'sheep', qualifier: 'about' } })).toBe(false);
    // One code point in two code units: `min(1)` takes it, as zod does.
    expect(check({ ...incident, notes: '😀' })).toBe(zodAccepts({ ...incident, notes: '😀' }));
  });

  it('decline a refinement that is not one of the marked rules', () => {
    expect(() => generateValidityModule(z.strictObject({ name: z.string().refine((s) => s.length > 2) }), 'Mine')).toThrow(Unsupported);
    expect(() =>
      generateValidityModule(
        z.strictObject({ name: z.string() }).superRefine(() => undefined),
        'Mine',
      ),
    ).toThrow(Unsupported);
  });
});

function zodAccepts(value: unknown): boolean {
  return RECORD_SCHEMAS.incident.safeParse(value).success;
}

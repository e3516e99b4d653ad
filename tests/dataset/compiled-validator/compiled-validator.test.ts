import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataset } from '../../../src/entries/bundled/dataset.js';
import { compileValidityCheck, createRecordValidator } from '../../../src/dataset/index.js';
import { defineSchemas } from '../../../src/schema/index.js';
import { ActorSchema, ClaimSchema, FuzzyDateSchema, IncidentSchema, ObservationSchema, RelationSchema, SourceSchema } from '../../../src/entries/schema.js';
import { recordMutations } from '../../helpers/record-mutations.js';

const incident = dataset.getIncident('badakhshan-border-incursion-2023-09')!;

describe('compiled fast path', () => {
  it('accepts every bundled record, as zod does', () => {
    const cases: [z.ZodType, readonly unknown[]][] = [
      [SourceSchema, dataset.sources],
      [ActorSchema, dataset.actors],
      [IncidentSchema, dataset.incidents],
      [ObservationSchema, dataset.observations],
      [ClaimSchema, dataset.claims],
      [RelationSchema, dataset.relations],
    ];
    for (const [schema, records] of cases) {
      const check = compileValidityCheck(schema)!;
      expect(records.filter((r) => !check(r))).toEqual([]);
    }
  });

  for (const [name, schema, record] of [
    ['incident', IncidentSchema, incident],
    ['observation', ObservationSchema, dataset.getObservation('tajikistan-narcotics-seized')!],
    ['claim', ClaimSchema, dataset.getClaim('taliban-contained-iskp')!],
    ['relation', RelationSchema, dataset.getRelation('tajikistan-bans-jamaat-ansarullah')!],
  ] as const)
    for (const generateCode of [true, false]) {
      it(`never accepts a mutated ${name} that zod rejects, and agrees on the rest (${generateCode ? 'generated code' : 'closures'})`, () => {
        const check = compileValidityCheck(schema, { generateCode })!;
        fc.assert(
          fc.property(recordMutations(record), (mutated) => {
            expect(check(mutated)).toBe(schema.safeParse(mutated).success);
          }),
          { numRuns: 400 },
        );
      });
    }

  it.each([true, false])('runs refinements: date order, precision fit, withdrawal ⇔ status, from ≠ to (generated code: %s)', (generateCode) => {
    const check = compileValidityCheck(IncidentSchema, { generateCode })!;
    expect(check({ ...incident, date: { ...incident.date, start: '2023-09-20' } })).toBe(false);
    expect(check({ ...incident, date: { start: '2023-09-01', end: '2023-09-29', precision: 'month' } })).toBe(false);
    expect(check({ ...incident, date: { start: '2024-02-01', end: '2024-02-29', precision: 'month' } })).toBe(true);
    expect(check({ ...incident, status: 'withdrawn' })).toBe(false);
    const relation = dataset.getRelation('tajikistan-bans-jamaat-ansarullah')!;
    expect(compileValidityCheck(RelationSchema, { generateCode })!({ ...relation, to: relation.from })).toBe(false);
  });

  it('measures strings in code points as zod does: a pair of surrogates is one character', () => {
    const Short = z.strictObject({ name: z.string().min(2).max(3) });
    for (const generateCode of [true, false]) {
      const check = compileValidityCheck(Short, { generateCode })!;
      expect(['😀', '😀😀', 'ab', '😀😀😀', 'abcd', '😀😀😀😀'].map((name) => check({ name }))).toEqual(
        ['😀', '😀😀', 'ab', '😀😀😀', 'abcd', '😀😀😀😀'].map((name) => Short.safeParse({ name }).success),
      );
    }
  });

  it('covers extended schemas, and declines constructs it does not cover', () => {
    const mine = defineSchemas({ incidentTypes: ['protest'] });
    expect(compileValidityCheck(mine.schemas.incident)!({ ...incident, type: 'protest' })).toBe(true);
    expect(compileValidityCheck(z.union([z.string(), z.number()]))).toBeUndefined();
    expect(compileValidityCheck(z.object({ n: z.coerce.number() }))).toBeUndefined();
    expect(compileValidityCheck(z.object({ a: z.string().default('x') }))).toBeUndefined();
  });
});

describe('createRecordValidator', () => {
  const validate = createRecordValidator(IncidentSchema);

  it('returns no issues for a valid record and zod’s issues for an invalid one', () => {
    expect(validate(incident)).toEqual([]);
    expect(validate({ ...incident, type: 'riot', actors: [{ actor: 'Taliban', role: 'perpetrator' }] })).toEqual([
      { code: 'schema', path: ['type'], message: expect.stringContaining('Invalid option') },
      { code: 'schema', path: ['actors', 0, 'actor'], message: expect.stringContaining('kebab-case') },
    ]);
    expect(validate({ ...incident, date: { ...incident.date, start: '2023-09-30' } })).toEqual([
      { code: 'date-order', path: ['date', 'end'], message: 'start 2023-09-30 is after end 2023-09-14' },
    ]);
  });

  it('falls back to zod alone for schemas the compiler declines', () => {
    const either = createRecordValidator(z.union([z.string(), z.number()]));
    expect(either('a')).toEqual([]);
    expect(either(true)).toHaveLength(1);
    expect(createRecordValidator(FuzzyDateSchema)({ start: '2023-02-30', end: '2023-03-01', precision: 'range' })[0]?.path).toEqual(['start']);
  });

  it('reports a refinement that throws a value whose text throws too, instead of throwing itself', () => {
    const unprintable = {
      toString(): string {
        throw new Error('no text');
      },
    };
    const badMessage = new Error('x');
    Object.defineProperty(badMessage, 'message', {
      get(): string {
        throw new Error('no message');
      },
    });
    for (const thrown of [unprintable, badMessage]) {
      const check = createRecordValidator(
        IncidentSchema.refine(() => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- a caller's refinement may throw anything: that is the case tested
          throw thrown;
        }),
      );
      expect(check(incident)).toEqual([{ code: 'refinement-threw', path: [], message: 'schema threw while validating: an unprintable value' }]);
    }
  });
});

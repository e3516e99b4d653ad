/**
 * Keys that plain JavaScript lets through and the functions used to ignore without a word:
 * `defineSchemas({ incidentType })`, `defineSchemas({ fields: { incidnet } })`, `createDataset`
 * or `mergeDatasets` with `schemas: { incidents }` (our default schema then ran instead of the
 * caller's stricter one) or a schema that is not a zod schema (one issue per record). Each is
 * now one clear error with "did you mean".
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDataset, DatasetValidationError, mergeDatasets, safeCreateDataset } from '../../src/dataset/index.js';
import { defineSchemas } from '../../src/schema/index.js';
import { IncidentSchema } from '../../src/entries/schema.js';
import { fullDataset } from '../fixtures/full-dataset.js';

const KINDS = 'source, actor, place, incident, indicator, observation, claim, relation, check';

describe('defineSchemas with a key it does not know', () => {
  it('refuses a misspelt option and a misspelt kind in fields, with "did you mean"', () => {
    expect(() => defineSchemas({ incidentType: ['protest'] } as never)).toThrow(
      new TypeError(
        'defineSchemas: unknown options key "incidentType", expected one of incidentTypes, incidentRoles, actorKinds, placeKinds, geoPrecisions, relationTypes, units, fields; did you mean "incidentTypes"?',
      ),
    );
    expect(() => defineSchemas({ fields: { incidnet: { severity: z.number() } } } as never)).toThrow(
      new TypeError(`defineSchemas: unknown fields key "incidnet", expected one of ${KINDS}; did you mean "incident"?`),
    );
  });

  it('refuses options, fields and vocabularies of the wrong shape (a string is iterable, letter by letter)', () => {
    expect(() => defineSchemas(null as never)).toThrow(new TypeError('defineSchemas: options must be an object, got null'));
    expect(() => defineSchemas({ fields: 42 } as never)).toThrow(new TypeError('defineSchemas: fields must be an object, got a number'));
    expect(() => defineSchemas({ incidentTypes: 'protest' } as never)).toThrow(
      new TypeError('defineSchemas: incidentTypes must be an array of kebab-case strings, got the string "protest"'),
    );
    expect(() => defineSchemas({ geoPrecisions: [] } as never)).toThrow(new TypeError('defineSchemas: geoPrecisions must be an object, got an array'));
  });

  it('still builds with every option it knows', () => {
    const mine = defineSchemas({ incidentTypes: ['protest'], fields: { incident: { severity: z.number().optional() } }, geoPrecisions: { water: 2 } });
    expect(mine.vocabulary.incidentTypes).toContain('protest');
  });
});

describe('createDataset and mergeDatasets with schemas the options cannot use', () => {
  const strict = IncidentSchema.safeExtend({ severity: z.number() });
  const input = fullDataset();

  it('report a kind key that is not a kind, instead of validating with ours', () => {
    const result = safeCreateDataset(input, { schemas: { incidents: strict } as never });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      { code: 'input', kind: 'dataset', path: [], message: `options.schemas has unknown kind "incidents", expected one of ${KINDS}; did you mean "incident"?` },
    ]);
    expect(() => mergeDatasets(input, {}, { schemas: { incidnet: strict } as never })).toThrow(DatasetValidationError);
  });

  it('report a value that is not a zod schema once, not once per record', () => {
    const result = safeCreateDataset(input, { schemas: { incident: 42 } as never });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['options.schemas.incident is not a zod schema']);
    expect(safeCreateDataset(input, { schemas: [] as never }).error?.issues[0]?.message).toBe(
      'options.schemas must be an object of zod schemas by record kind, got an array',
    );
    expect(safeCreateDataset(input, null as never).error?.issues[0]?.message).toBe('options must be an object, got null');
  });

  it('still use a schema given under its kind', () => {
    const result = safeCreateDataset(input, { schemas: { incident: strict } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.kind === 'incident' && i.path[0] === 'severity')).toBe(true);
    expect(createDataset(input, { schemas: { incident: undefined } as never }).incidents.length).toBe(input.incidents.length);
  });
});

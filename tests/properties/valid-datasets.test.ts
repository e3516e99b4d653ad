/**
 * Property-based tests: datasets generated to the schemas always pass createDataset and come out
 * exactly as they went in, with our schemas and with extended ones. `npm run test:fuzz` runs
 * each property 10,000 times.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDataset } from '../../src/dataset/index.js';
import { ActorBaseSchema, IncidentBaseSchema, ObservationBaseSchema } from '../../src/entries/schema.js';
import { recordsOf } from './records-of.js';
import { validDataset } from './arbitraries.js';
import { runProperty } from './run-property.js';

describe('generated valid datasets', () => {
  it('always pass createDataset, and come out exactly as they went in', () => {
    runProperty(
      'valid datasets pass unchanged',
      fc.property(validDataset, (data) => {
        const ds = createDataset(data);
        expect(recordsOf(ds)).toEqual(data);
      }),
    );
  });

  it('pass with extended schemas too, keeping the extra fields', () => {
    const schemas = {
      actor: ActorBaseSchema.extend({ extra: z.unknown() }),
      incident: IncidentBaseSchema.extend({ extra: z.unknown() }),
      observation: ObservationBaseSchema.extend({ extra: z.unknown() }),
    };
    runProperty(
      'valid datasets pass extended schemas',
      fc.property(validDataset, fc.jsonValue(), (data, extra) => {
        for (const collection of ['actors', 'incidents', 'observations']) for (const record of data[collection]!) record['extra'] = extra;
        const ds = createDataset(data, { schemas });
        expect(recordsOf(ds as never)).toEqual(data);
      }),
    );
  });
});

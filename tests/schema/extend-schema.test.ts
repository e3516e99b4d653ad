import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { createDataset, DatasetValidationError } from '../../src/dataset/index.js';
import { type Incident } from '../../src/schema/index.js';
import { IncidentBaseSchema, IncidentSchema } from '../../src/entries/schema.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const SeverityIncidentSchema = IncidentSchema.safeExtend({ severity: z.number().int().min(1).max(5) });

function withSeverity(severity: unknown) {
  const input = smallDataset();
  return { ...input, incidents: input.incidents.map((incident) => ({ ...incident, severity })) };
}

describe('extending IncidentSchema', () => {
  it('carries a custom field through createDataset to query results, typed', () => {
    const ds = createDataset(withSeverity(4), { schemas: { incident: SeverityIncidentSchema } });
    const [incident] = ds.findIncidents({ actor: 'acme-front' });
    expectTypeOf(incident!.severity).toEqualTypeOf<number>();
    expectTypeOf(incident!).toExtend<Incident>();
    expectTypeOf(ds.getIncident('river-crossing-2024-05-03')).toEqualTypeOf<z.output<typeof SeverityIncidentSchema> | undefined>();
    expect(incident!.severity).toBe(4);
    expect(ds.getIncident('river-crossing-2024-05-03')?.severity).toBe(4);
  });

  it('validates the custom field with the caller’s rules', () => {
    expect(() => createDataset(withSeverity(9), { schemas: { incident: SeverityIncidentSchema } })).toThrow(DatasetValidationError);
    try {
      createDataset(withSeverity(9), { schemas: { incident: SeverityIncidentSchema } });
    } catch (error) {
      const [issue] = (error as DatasetValidationError).issues;
      expect([issue!.kind, issue!.id, issue!.path]).toEqual(['incident', 'river-crossing-2024-05-03', ['severity']]);
    }
  });

  it('keeps our refinements when the refined schema is extended', () => {
    const input = withSeverity(2);
    input.incidents[0]!.date = { ...input.incidents[0]!.date, start: '2024-05-09', precision: 'range' as 'day' };
    expect(() => createDataset(input, { schemas: { incident: SeverityIncidentSchema } })).toThrow(/start 2024-05-09 is after end 2024-05-03/);
  });

  it('refuses unknown fields without an extension, and the base schema supports pick/omit', () => {
    expect(() => createDataset(withSeverity(2))).toThrow(/severity/);
    const TitleOnly = IncidentBaseSchema.pick({ id: true, title: true });
    expect(TitleOnly.parse({ id: 'a', title: 'b' })).toEqual({ id: 'a', title: 'b' });
  });
});

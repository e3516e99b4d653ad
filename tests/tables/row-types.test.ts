import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { createDataset, dataset, defineSchemas, fromTables, exportTables, toRows, type TableRow } from '../../src/entries/main.js';

describe('rows typed per table', () => {
  it('types each column and refuses a misspelt one at compile time', () => {
    const [row] = toRows('observations');
    expectTypeOf(row!.period_start).toEqualTypeOf<string>();
    expectTypeOf(row!.low).toEqualTypeOf<number | null>();
    expectTypeOf(row!.derived).toEqualTypeOf<boolean>();
    // tsc (run by `npm test`) fails if this line stops being an error.
    // @ts-expect-error there is no column perod_start
    expect(row!.perod_start).toBeUndefined();
    expectTypeOf(toRows('incident-actors')[0]!).toEqualTypeOf<TableRow<'incident-actors'>>();
  });

  it('adds the scalar extension fields of an extended dataset as typed columns', () => {
    const mine = defineSchemas({ fields: { incident: { severity: z.number().int().optional(), tags: z.array(z.string()).optional() } } });
    const [first, ...rest] = dataset.incidents;
    const extended = createDataset({ ...fromTables(exportTables(dataset)), incidents: [{ ...first!, severity: 2 }, ...rest] }, { schemas: mine.schemas });
    const [row] = toRows('incidents', extended);
    expectTypeOf(row!.severity).toEqualTypeOf<number | null>();
    expect(row!.severity).toBe(2);
    // A list field has no column.
    // @ts-expect-error tags is not a column
    expect(row!.tags).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDataset, dataset, defineSchemas, exportTables, toRows } from '../../src/entries/main.js';
import { checkTables, typedRows } from '../../src/tables/check-tables.js';
import { fromTables, rebuildFromTables } from '../../src/tables/from-tables.js';
import { locateIssue } from '../../src/tables/locate-issue.js';
import type { Row } from '../../src/tables/table-spec.js';

describe('fromTables', () => {
  it('rebuilds the bundled records from their tables exactly', () => {
    const rebuilt = createDataset(fromTables(exportTables(dataset)));
    // Every kind, so that a field added to a record without its way back from the tables fails here.
    for (const kind of ['actors', 'places', 'incidents', 'indicators', 'observations', 'claims', 'relations'] as const) {
      expect(JSON.parse(JSON.stringify(rebuilt[kind])), kind).toEqual(JSON.parse(JSON.stringify(dataset[kind])));
    }
  });

  it('reads rows keyed by table name, and refuses an unknown table', () => {
    const records = fromTables({ actors: toRows('actors'), aliases: toRows('aliases'), citations: toRows('citations') });
    expect(records.actors.find((a) => a['id'] === 'iskp')?.['aliases']).toContainEqual(expect.objectContaining({ name: 'ISIS-K', origin: 'common' }));
    expect(() => fromTables({ actorz: [] } as never)).toThrow(/unknown table "actorz"/);
  });
});

describe('extended datasets in the tables', () => {
  const mine = defineSchemas({ actorKinds: ['militia'], fields: { incident: { severity: z.number().int().optional() } } });
  const bundled = exportTables(dataset);
  const incident = { ...dataset.incidents[0]!, severity: 4 };
  const militia = { ...dataset.actors[0]!, id: 'a-militia', kind: 'militia' as const, aliases: [] };
  const extended = createDataset(
    { ...fromTables(bundled), incidents: [incident, ...dataset.incidents.slice(1)], actors: [...dataset.actors, militia] },
    { schemas: mine.schemas },
  );

  it('go through every table function, their scalar extension fields as columns', () => {
    const incidents = toRows('incidents', extended);
    expect(incidents[0]).toMatchObject({ id: incident.id, severity: 4 });
    expect(incidents[1]?.['severity']).toBeNull();
    expect(
      exportTables(extended)
        .find((t) => t.name === 'incidents')
        ?.columns.at(-1),
    ).toEqual({ name: 'severity', type: 'integer', description: 'Extension field severity.' });
    expect(toRows('actors', extended).some((r) => r['kind'] === 'militia')).toBe(true);
  });

  it('come back from their tables with the extension field', () => {
    const back = createDataset(fromTables(exportTables(extended)), { schemas: mine.schemas });
    expect(back.getIncident(incident.id)?.severity).toBe(4);
  });
});

describe('checking tables', () => {
  it('types CSV cells by column and reports those that do not parse', () => {
    const { rows, issues } = typedRows('citations', [
      ['record', 'position', 'paragraph'],
      ['iskp', '2', ''],
      ['iskp', 'x', '1.5'],
    ]);
    expect(rows[0]).toEqual({ record: 'iskp', position: 2, paragraph: null });
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'position'],
      [2, 'paragraph'],
    ]);
  });

  it('reports duplicate keys and dangling foreign keys at their row and column', () => {
    const incidents = toRows('incidents');
    const issues = checkTables(
      new Map<string, readonly Row[]>([
        ['places', toRows('places')],
        ['incidents', [...incidents, { ...incidents[0]!, place: 'nowhere' }]],
      ]),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'incidents', row: incidents.length + 1, column: 'id', code: 'primary-key' }),
        expect.objectContaining({ table: 'incidents', row: incidents.length + 1, column: 'place', code: 'foreign-key' }),
      ]),
    );
  });

  it('locates a record problem at the link row it was read from', () => {
    const rebuilt = rebuildFromTables(exportTables(dataset));
    const citationRows = toRows('citations');
    const index = citationRows.findIndex((r) => r['position'] === 2);
    const second = citationRows[index]!;
    const kind = second['record_kind'] as 'actor';
    expect(locateIssue(rebuilt, { kind, id: second['record'], path: ['citations', 1, 'quote'] })).toEqual({
      table: 'citations',
      row: index + 1,
      column: 'quote',
    });
    expect(locateIssue(rebuilt, { kind: 'observation', id: 'tajikistan-narcotics-seized', path: ['comparison', 'change', 'value'] }).column).toBe(
      'change_value',
    );
  });
});

import type { RecordKind } from '../schema/index.js';
import type { Rebuilt } from './from-tables.js';
import { RECORD_TABLES } from './record-tables.js';
import type { TableName } from './table-spec.js';

/** The column an item field of a list field is written to, by list field. */
const ITEM_COLUMN: Record<string, (field: string | undefined) => string | undefined> = {
  citations: (f) => f,
  inferred: (f) => f,
  externalIds: (f) => f,
  aliases: (f) => f,
  actors: (f) => f,
  via: (f) => f,
  about: () => 'about',
  spans: () => 'spans',
  'derived.inputs': () => 'input',
};

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The column of a record's own table that holds the field at `path`, when one does. */
function recordColumn(kind: RecordKind, path: readonly (string | number)[]): string | undefined {
  const [first, second, third] = path.map(String);
  let name: string | undefined;
  if (first === undefined) name = undefined;
  else if (kind === 'observation' && first === 'value') name = second === undefined ? 'value' : second === 'text' ? 'value_text' : second;
  else if (first === 'comparison') name = second === undefined ? undefined : third === undefined ? `${second}_start` : `${second}_${third}`;
  else if (first === 'position') name = second;
  else name = snake(path.filter((p) => typeof p === 'string').join('_'));
  const columns = RECORD_TABLES[kind].columns.map<string>((c) => c.name);
  return name !== undefined && columns.includes(name) ? name : undefined;
}

/**
 * Where in the tables a problem found in a rebuilt record lies: the table, 1-based data row
 * and column that the record (or the item of its list field) was read from.
 *
 * @example
 * ```ts
 * // doctest: skip (rebuildFromTables and locateIssue are internal to the data-package reader; tests/tables covers them)
 * const rebuilt = rebuildFromTables(exportTables(dataset));
 * locateIssue(rebuilt, { kind: 'incident', id: 'badakhshan-border-incursion-2023-09', path: ['date', 'end'] }).column; // => 'date_end'
 * ```
 */
export function locateIssue(
  rebuilt: Rebuilt,
  issue: { kind: RecordKind | 'dataset'; id?: string; path: readonly (string | number)[] },
): { table?: TableName; row?: number; column?: string } {
  if (issue.kind === 'dataset' || issue.id === undefined) return {};
  const { id, path } = issue;
  const list = path[0] === 'derived' && path[1] === 'inputs' ? 'derived.inputs' : String(path[0]);
  const indexAt = list === 'derived.inputs' ? 2 : 1;
  const index = path[indexAt];
  if (list in ITEM_COLUMN && typeof index === 'number') {
    const origin = rebuilt.itemRow.get(`${id}\u0000${list}\u0000${index}`);
    if (origin) {
      const field = path[indexAt + 1];
      const column = ITEM_COLUMN[list]!(typeof field === 'string' ? field : undefined);
      return { ...origin, ...(column === undefined ? {} : { column }) };
    }
  }
  const origin = rebuilt.recordRow.get(id);
  const column = recordColumn(issue.kind, path);
  return { ...origin, ...(column === undefined ? {} : { column }) };
}

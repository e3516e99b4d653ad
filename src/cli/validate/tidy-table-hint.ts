import { exportTables } from '../../tables/index.js';
import type { TableName } from '../../tables/table-spec.js';
import type { InputFormat } from './input-format.js';

let columnSets: Map<string, TableName> | undefined;

/** Each table's column names, sorted and joined, to the table's name. */
function tablesByColumns(): Map<string, TableName> {
  if (columnSets === undefined) {
    const none = { sources: [], actors: [], places: [], incidents: [], indicators: [], observations: [], claims: [], relations: [] };
    columnSets = new Map(
      exportTables(none).map((table) => [
        table.columns
          .map((c) => c.name)
          .sort()
          .join('\n'),
        table.name,
      ]),
    );
  }
  return columnSets;
}

/** The names the input's first line shows: a CSV header, or the keys of a record written on one line. */
function firstKeys(head: string, format: InputFormat): string[] | undefined {
  const lines = head.replace(/^\ufeff/, '').split('\n');
  if (format === 'csv') return lines[0]?.replace(/\r$/, '').split(',');
  // The package's JSON tables hold one row a line, after a line with "[" alone.
  const line = lines
    .find((l) => l.trimStart().startsWith('{'))
    ?.trim()
    .replace(/,$/, '');
  if (line === undefined) return undefined;
  try {
    const row: unknown = JSON.parse(line);
    return typeof row === 'object' && row !== null && !Array.isArray(row) ? Object.keys(row) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The table of a data package whose rows the input holds, when the first line of `head` (the
 * input's first bytes as text) has exactly that table's columns (the package's `actors.json`
 * given to `validate --kind actor`): a hint for a run whose every record fails because it reads
 * tidy rows as records.
 *
 * @example
 * ```ts
 * tidyTableOf('id,kind,name,country,member_of,status,withdrawal_reason,withdrawal_successor,notes\r\n', 'csv'); // => 'actors'
 * tidyTableOf('{"id":"a","kind":"state"}\n', 'ndjson'); // => undefined
 * ```
 */
export function tidyTableOf(head: string, format: InputFormat): TableName | undefined {
  const keys = firstKeys(head, format);
  return keys === undefined ? undefined : tablesByColumns().get([...keys].sort().join('\n'));
}

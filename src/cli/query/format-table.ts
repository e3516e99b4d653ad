/** A cell of a printed table: text, a number, or nothing. */
export type TableCell = string | number | undefined | null;

/**
 * Lays rows out as a plain-text table with a header, padding each column to its widest cell
 * and cutting cells longer than `maxWidth` with an ellipsis.
 *
 * @example
 * ```ts
 * formatTable(['id', 'kind'], [['iskp', 'armed-group']]);
 * // => 'id    kind\n----  -----------\niskp  armed-group\n'
 * ```
 */
export function formatTable(header: readonly string[], rows: readonly (readonly TableCell[])[], maxWidth = 60): string {
  const text = (cell: TableCell): string => {
    const value = cell === undefined || cell === null ? '' : String(cell).replace(/\s+/g, ' ');
    return value.length > maxWidth ? `${value.slice(0, maxWidth - 1)}…` : value;
  };
  const cells = rows.map((row) => header.map((_, i) => text(row[i])));
  const widths = header.map((name, i) => Math.max(name.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].map((l) => `${l}\n`).join('');
}

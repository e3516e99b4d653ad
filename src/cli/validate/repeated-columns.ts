import { displayText } from '../../dataset/validation-error.js';

/**
 * The columns a CSV header names more than once, said for people, or undefined when each is
 * named once. A record (or row) keeps one value per name, so a repeated column would silently
 * keep only its last cell. `key` says when two names mean the same column (`actors.01.role`
 * and `actors.1.role` build the same field); a column is numbered from 1.
 *
 * @example
 * ```ts
 * repeatedColumns(['id', 'name', 'name']); // => 'the header repeats column "name" (columns 2 and 3)'
 * repeatedColumns(['id', 'name']); // => undefined
 * ```
 */
export function repeatedColumns(header: readonly string[], key: (name: string, index: number) => string = (name) => name): string | undefined {
  const positions = new Map<string, number[]>();
  header.forEach((name, index) => {
    const k = key(name, index);
    const seen = positions.get(k);
    if (seen === undefined) positions.set(k, [index + 1]);
    else seen.push(index + 1);
  });
  const repeated = [...positions.values()].filter((at) => at.length > 1);
  if (repeated.length === 0) return undefined;
  const shown = repeated.slice(0, 5).map((at) => `"${displayText(header[at[0]! - 1]!, 100)}" (columns ${at.slice(0, -1).join(', ')} and ${at.at(-1)})`);
  const more = repeated.length > 5 ? ` and ${repeated.length - 5} more` : '';
  return `the header repeats column${repeated.length === 1 ? '' : 's'} ${shown.join(', ')}${more}`;
}

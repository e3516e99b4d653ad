import type { Quantity } from '../schema/index.js';
import type { ComputedQuantity } from './bounds.js';
import { roundSignificant } from './convert.js';

/**
 * Options for {@link formatQuantity}.
 *
 * @example
 * ```ts
 * formatQuantity({ value: 26.3475, unit: 'attack/year', qualifier: 'at-least' }, { digits: 2 }); // => 'at least 26 attacks/year'
 * ```
 */
export interface FormatQuantityOptions {
  /** Significant digits shown; default 3. */
  digits?: number;
}

/** Plurals that adding "s" does not make; units that never take one. */
const IRREGULAR: Record<string, string> = { person: 'people' };
const INVARIABLE = new Set(['percent', 'ratio', 'kg', 'g', 't', '%']);

/**
 * A unit as English writes it after a figure: singular after 1 (and −1), plural otherwise.
 * `person` becomes `people` (not "persons"), `percentage-point` becomes `percentage points`;
 * `percent` and `ratio` do not change; in a rate only the counted thing takes the plural
 * ("attacks/year"). Units already plural are left alone.
 *
 * @example
 * ```ts
 * unitWord('tonne', 5); // => 'tonnes'
 * unitWord('person', 3); // => 'people'
 * unitWord('person', 1); // => 'person'
 * unitWord('attack/year', 26.3); // => 'attacks/year'
 * ```
 */
export function unitWord(unit: string, value: number): string {
  const slash = unit.indexOf('/');
  const [head, tail] = slash === -1 ? [unit, ''] : [unit.slice(0, slash), unit.slice(slash)];
  const words = head.replaceAll('-', ' ');
  if (Math.abs(value) === 1 || INVARIABLE.has(head) || words.endsWith('s')) return `${words}${tail}`;
  const plural = IRREGULAR[head] ?? `${words}s`;
  return `${plural}${tail}`;
}

/**
 * Writes a figure the way a careful reader would say it, qualifier first, with the unit in
 * the plural where the figure needs it (see {@link unitWord}): "at least about 26.3
 * attacks/year", "about 4.1 tonnes", "3 people", "an estimated 80 percent".
 *
 * @example
 * ```ts
 * formatQuantity({ value: 80, unit: 'attack', qualifier: 'at-least' }); // => 'at least 80 attacks'
 * formatQuantity({ value: 4.0984, unit: 'tonne', qualifier: 'about' }, { digits: 2 }); // => 'about 4.1 tonnes'
 * formatQuantity({ value: 1, unit: 'person', qualifier: 'exact' }); // => '1 person'
 * ```
 */
export function formatQuantity(q: Quantity | ComputedQuantity, options: FormatQuantityOptions = {}): string {
  const digits = options.digits ?? 3;
  const n = (x: number): string => String(roundSignificant(x, digits));
  const about = 'approximate' in q && q.approximate && q.qualifier !== 'about' && q.qualifier !== 'estimate' ? 'about ' : '';
  const range = q.low !== undefined && q.high !== undefined ? ` (${n(q.low)} to ${n(q.high)})` : '';
  const figure = `${n(q.value)} ${unitWord(q.unit, roundSignificant(q.value, digits))}${range}`;
  switch (q.qualifier) {
    case 'exact':
      return figure;
    case 'about':
      return `about ${figure}`;
    case 'estimate':
      return `an estimated ${figure}`;
    case 'at-least':
      return `at least ${about}${figure}`;
    case 'at-most':
      return `at most ${about}${figure}`;
    case 'unbounded':
      return `unbounded (the stated figures give ${figure})`;
  }
}

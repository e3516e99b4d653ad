import type { Quantity } from '../schema/index.js';
import type { ComputedQuantity } from './bounds.js';
import { roundSignificant } from './convert.js';

/**
 * Options for {@link formatQuantity}.
 *
 * @example
 * ```ts
 * formatQuantity({ value: 26.3475, unit: 'attack/year', qualifier: 'at-least' }, { digits: 2 }); // => 'at least 26 attack/year'
 * ```
 */
export interface FormatQuantityOptions {
  /** Significant digits shown; default 3. */
  digits?: number;
}

/**
 * Writes a figure the way a careful reader would say it, qualifier first:
 * "at least about 26.3 attack/year", "about 4.1 tonne", "an estimated 80 percent".
 *
 * @example
 * ```ts
 * formatQuantity({ value: 80, unit: 'attack', qualifier: 'at-least' }); // => 'at least 80 attack'
 * formatQuantity({ value: 4.0984, unit: 'tonne', qualifier: 'about' }, { digits: 2 }); // => 'about 4.1 tonne'
 * ```
 */
export function formatQuantity(q: Quantity | ComputedQuantity, options: FormatQuantityOptions = {}): string {
  const digits = options.digits ?? 3;
  const n = (x: number): string => String(roundSignificant(x, digits));
  const about = 'approximate' in q && q.approximate && q.qualifier !== 'about' && q.qualifier !== 'estimate' ? 'about ' : '';
  const range = q.low !== undefined && q.high !== undefined ? ` (${n(q.low)} to ${n(q.high)})` : '';
  const figure = `${n(q.value)} ${q.unit}${range}`;
  switch (q.qualifier) {
    case 'exact': return figure;
    case 'about': return `about ${figure}`;
    case 'estimate': return `an estimated ${figure}`;
    case 'at-least': return `at least ${about}${figure}`;
    case 'at-most': return `at most ${about}${figure}`;
    case 'unbounded': return `unbounded (the stated figures give ${figure})`;
  }
}

import { bboxSchema, type BBox } from '../../schema/index.js';
import { UsageError } from '../usage-error.js';

/**
 * Reads `--within W,S,E,N` (degrees) into a bbox, or throws a UsageError naming what is wrong.
 *
 * @example
 * ```ts
 * parseBBox('68,38,72,39.5'); // => [68, 38, 72, 39.5]
 * ```
 */
export function parseBBox(text: string): BBox {
  const parts = text.split(',').map((part) => part.trim());
  const numbers = parts.map(Number);
  const box = bboxSchema().safeParse(numbers);
  if (parts.length !== 4 || parts.some((p) => p === '') || !box.success) {
    throw new UsageError(`--within takes W,S,E,N in degrees (longitudes -180…180, latitudes -90…90, S ≤ N), got "${text}"`);
  }
  return box.data;
}

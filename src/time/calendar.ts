import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';

/**
 * Reads an ISO calendar date as a local-midnight `Date`, the form date-fns computes with.
 * Local time is safe here because the value never leaves this layer as a `Date`.
 *
 * @example
 * ```ts
 * toCalendarDate('2023-09-14').getDate(); // => 14
 * ```
 */
export function toCalendarDate(iso: string): Date {
  return parseISO(iso);
}

/**
 * Writes a `Date` back as an ISO calendar date. `lightFormat` rather than `format`, because
 * `format` pulls the en-US locale (about 4.5 KB min+gz) into every bundle of the main entry.
 *
 * @example
 * ```ts
 * fromCalendarDate(new Date(2023, 8, 14)); // => '2023-09-14'
 * ```
 */
export function fromCalendarDate(date: Date): string {
  return lightFormat(date, 'yyyy-MM-dd');
}

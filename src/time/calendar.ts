import { format } from 'date-fns/format';
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
 * Writes a `Date` back as an ISO calendar date.
 *
 * @example
 * ```ts
 * fromCalendarDate(new Date(2023, 8, 14)); // => '2023-09-14'
 * ```
 */
export function fromCalendarDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

import { describeValue, isFieldObject, isList } from '../schema/describe-value.js';
import { toCalendarDay } from '../time/index.js';
import { assertTableInput } from './check-input.js';
import { tableRows } from './export-tables.js';
import type { Cell, TableInput } from './table-spec.js';

const DAY_MS = 86_400_000;

/** A date column of the tables: `<prefix>_start` or `<prefix>_end`. */
type DateKey<K> = K extends `${string}_start` | `${string}_end` ? K : never;

/**
 * A row whose date columns hold `Date`s (UTC midnight) instead of `YYYY-MM-DD` strings, with an
 * extra `<prefix>_end_exclusive` column per `<prefix>_end`: the day after the last day, the end
 * that bar and interval marks (Observable Plot's `rectX`, Vega-Lite's `x2`) expect.
 *
 * @example
 * ```ts
 * const [row]: DatedRow<TableRow<'observations'>>[] = withDates(toRows('observations'));
 * row?.period_end_exclusive instanceof Date; // => true
 * ```
 */
export type DatedRow<R> = {
  [K in keyof R]: K extends DateKey<K> ? (null extends R[K] ? Date | null : Date) : R[K];
} & {
  [K in keyof R as K extends `${infer P}_end` ? `${P}_end_exclusive` : never]: null extends R[K] ? Date | null : Date;
};

/**
 * A date cell as a `Date` at UTC midnight: an empty cell is `null`, a `Date` (rows that already
 * went through `withDates`) is kept, and anything else must be a real `YYYY-MM-DD` day; a
 * malformed one (`2023-9-1`, `2023-02-30`, a number) would otherwise become null or roll over to
 * another day without a word.
 */
function toDate(cell: unknown, where: string): Date | null {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return new Date(cell.getTime());
  return new Date(toCalendarDay(cell, where) * DAY_MS);
}

/**
 * Rows with real `Date`s for charting: every `_start` and `_end` column becomes a `Date` at UTC
 * midnight (`null` stays `null`), and each `_end` gains an `_end_exclusive` twin one day later,
 * because the tables' ends are inclusive (the last day the value covers) while a bar drawn from
 * start to end should cover that last day too. The input rows are not changed.
 *
 * @throws {TypeError} When `rows` is not an array of row objects (the message names the 1-based row).
 * @throws {RangeError} When a date cell is neither empty, a `Date`, nor a real `YYYY-MM-DD` day
 * (the message names the row and the column).
 *
 * @example
 * ```ts
 * const [opium] = withDates(toRows('observations')).filter((r) => r.id === 'afghanistan-opium-supply-2022');
 * opium?.period_end.toISOString().slice(0, 10); // => '2022-12-31'
 * opium?.period_end_exclusive.toISOString().slice(0, 10); // => '2023-01-01'
 * ```
 */
export function withDates<R extends Readonly<Record<string, Cell>>>(rows: readonly R[]): DatedRow<R>[] {
  // Typed as unknown first: a JavaScript caller can pass anything, and the checks must not be
  // narrowed away by the declared types.
  const list: unknown = rows;
  if (!isList(list)) throw new TypeError(`withDates: rows must be an array of row objects, got ${describeValue(rows)}`);
  return rows.map((row, i) => {
    const value: unknown = row;
    if (!isFieldObject(value)) throw new TypeError(`withDates: row ${i + 1} must be an object of cells by column, got ${describeValue(row)}`);
    const out: Record<string, Cell | Date> = {};
    for (const [key, cell] of Object.entries(row)) {
      if (!/_(start|end)$/.test(key)) {
        out[key] = cell;
        continue;
      }
      const date = toDate(cell, `withDates: row ${i + 1}, column ${JSON.stringify(key)}`);
      out[key] = date;
      if (key.endsWith('_end')) out[`${key}_exclusive`] = date === null ? null : new Date(date.getTime() + DAY_MS);
    }
    return out as DatedRow<R>;
  });
}

/**
 * One observation, tidy and joined for analysis: the indicator's name and unit, the subject's
 * name and kind, the value with its qualifier and bounds, and the period as `Date`s with an
 * exclusive end.
 *
 * @example
 * ```ts
 * const row: ObservationViewRow | undefined = observationsView(dataset)[0];
 * row?.period_end_exclusive instanceof Date; // => true
 * ```
 */
export interface ObservationViewRow {
  id: string;
  indicator: string;
  indicator_name: string | null;
  indicator_unit: string | null;
  subject: string;
  subject_kind: string;
  subject_name: string | null;
  period_start: Date;
  period_end: Date;
  period_end_exclusive: Date;
  period_precision: string;
  value: number;
  unit: string;
  qualifier: string;
  low: number | null;
  high: number | null;
  derived: boolean;
  status: string;
}

/**
 * The observations joined with their indicator (name, unit) and subject (name, kind), one tidy
 * row each, with `Date` periods and an exclusive end: ready for Observable Plot, Arquero or a
 * data frame without further joins.
 *
 * @throws {TypeError} When `input` is not a dataset (see `exportTables`).
 *
 * @example
 * ```ts
 * const opium = observationsView(dataset).find((r) => r.id === 'afghanistan-opium-supply-2022');
 * [opium?.indicator_name, opium?.subject_name, opium?.value, opium?.unit]; // => ['Opium supplied', 'Afghanistan', 6200, 'tonne']
 * ```
 */
export function observationsView(input: TableInput): ObservationViewRow[] {
  assertTableInput(input, 'observationsView');
  const indicators = new Map(tableRows(input, 'indicators').map((r) => [r.id, r]));
  const names = new Map<string, string>([...tableRows(input, 'actors'), ...tableRows(input, 'places')].map((r) => [r.id, r.name]));
  return withDates(tableRows(input, 'observations')).map((o) => ({
    id: o.id,
    indicator: o.indicator,
    indicator_name: indicators.get(o.indicator)?.name ?? null,
    indicator_unit: indicators.get(o.indicator)?.unit ?? null,
    subject: o.subject,
    subject_kind: o.subject_kind,
    subject_name: names.get(o.subject) ?? null,
    period_start: o.period_start,
    period_end: o.period_end,
    period_end_exclusive: o.period_end_exclusive,
    period_precision: o.period_precision,
    value: o.value,
    unit: o.unit,
    qualifier: o.qualifier,
    low: o.low,
    high: o.high,
    derived: o.derived,
    status: o.status,
  }));
}

import type { FuzzyDate, Place, PlaceGeo, Quantity, RecordBase } from '../schema/index.js';
import type { Cell, ColumnDefinition, FieldType, TableContext, TableName } from './table-spec.js';

/**
 * Defines a column.
 *
 * @example
 * ```ts
 * column<{ id: string }>('id', 'string', 'Id.', (x) => x.id, true).required; // => true
 * ```
 */
export function column<T>(
  name: string,
  type: FieldType,
  description: string,
  get: (item: T, context: TableContext) => Cell | undefined,
  required = false,
): ColumnDefinition<T> {
  return required ? { name, type, description, get, required } : { name, type, description, get };
}

/** A column of a field group: its type, its description from what the group is, and whether it is required when the group is. */
interface ColumnShape {
  type: FieldType;
  describe: (what: string) => string;
  required: boolean;
}

/**
 * The fields of a FuzzyDate, in column order: each is the column `<prefix>_<field>`, which
 * `fromTables` reads back.
 *
 * @example
 * ```ts
 * DATE_FIELDS; // => ['start', 'end', 'precision', 'text', 'edtf']
 * ```
 */
export const DATE_FIELDS = Object.freeze(['start', 'end', 'precision', 'text', 'edtf'] as const);

/** How each FuzzyDate field's column is typed and described. */
const DATE_COLUMNS: Readonly<Record<(typeof DATE_FIELDS)[number], ColumnShape>> = {
  start: { type: 'date', describe: (what) => `Earliest day of ${what} (inclusive).`, required: true },
  end: { type: 'date', describe: (what) => `Latest day of ${what} (inclusive).`, required: true },
  precision: { type: 'string', describe: (what) => `Precision of ${what}: day, week, month, year or range.`, required: true },
  text: { type: 'string', describe: (what) => `The source's phrase for ${what}.`, required: false },
  edtf: { type: 'string', describe: (what) => `EDTF (Extended Date/Time Format) form of ${what}, when coded.`, required: false },
};

/**
 * The fields of a Quantity, in column order; {@link quantityColumnName} names each one's column.
 *
 * @example
 * ```ts
 * QUANTITY_FIELDS.length; // => 6
 * ```
 */
export const QUANTITY_FIELDS = Object.freeze(['value', 'unit', 'qualifier', 'low', 'high', 'text'] as const);

/** How each Quantity field's column is typed and described. */
const QUANTITY_COLUMNS: Readonly<Record<(typeof QUANTITY_FIELDS)[number], ColumnShape>> = {
  value: { type: 'number', describe: (what) => `${what}: the figure as stated.`, required: true },
  unit: { type: 'string', describe: (what) => `${what}: unit.`, required: true },
  qualifier: { type: 'string', describe: (what) => `${what}: exact, about, at-least, at-most or estimate.`, required: true },
  low: { type: 'number', describe: (what) => `${what}: lower end of a stated range.`, required: false },
  high: { type: 'number', describe: (what) => `${what}: upper end of a stated range.`, required: false },
  text: { type: 'string', describe: (what) => `${what}: the source's words.`, required: false },
};

/**
 * The column of a Quantity's field: `<prefix>_<field>`, or without a prefix the field itself,
 * except `text`, which is `value_text` (a bare `text` column would not say whose words).
 *
 * @example
 * ```ts
 * quantityColumnName('fatalities', 'low'); // => 'fatalities_low'
 * quantityColumnName('', 'text'); // => 'value_text'
 * ```
 */
export function quantityColumnName(prefix: string, field: (typeof QUANTITY_FIELDS)[number]): string {
  return prefix !== '' ? `${prefix}_${field}` : field === 'text' ? 'value_text' : field;
}

/**
 * The five columns of a FuzzyDate field: `<prefix>_start`, `_end`, `_precision`, `_text`, `_edtf`.
 *
 * @example
 * ```ts
 * dateColumns<Incident>('date', 'the incident', (x) => x.date).map((c) => c.name);
 * // => ['date_start', 'date_end', 'date_precision', 'date_text', 'date_edtf']
 * ```
 */
export function dateColumns<T>(prefix: string, what: string, get: (item: T) => FuzzyDate | undefined, required = false): ColumnDefinition<T>[] {
  return DATE_FIELDS.map((field) => {
    const spec = DATE_COLUMNS[field];
    return column<T>(`${prefix}_${field}`, spec.type, spec.describe(what), (x) => get(x)?.[field], required && spec.required);
  });
}

/**
 * The columns of a Quantity field: `<prefix>_value`, `_unit`, `_qualifier`, `_low`, `_high`, `_text` (without a prefix: `value`, `unit`, …, `value_text`).
 *
 * @example
 * ```ts
 * quantityColumns<Incident>('fatalities', 'Deaths', (x) => x.fatalities).map((c) => c.name)[0]; // => 'fatalities_value'
 * ```
 */
export function quantityColumns<T>(prefix: string, what: string, get: (item: T) => Quantity | undefined, required = false): ColumnDefinition<T>[] {
  return QUANTITY_FIELDS.map((field) => {
    const spec = QUANTITY_COLUMNS[field];
    return column<T>(quantityColumnName(prefix, field), spec.type, spec.describe(what), (x) => get(x)?.[field], required && spec.required);
  });
}

/**
 * The provenance columns every sourced record table ends with.
 *
 * @example
 * ```ts
 * baseColumns<Actor>().map((c) => c.name); // => ['status', 'withdrawal_reason', 'withdrawal_successor', 'notes']
 * ```
 */
export function baseColumns<T extends RecordBase>(): ColumnDefinition<T>[] {
  return [
    column<T>('status', 'string', 'active, or withdrawn for a tombstone kept so that the id is never lost.', (x) => x.status ?? 'active', true),
    column<T>('withdrawal_reason', 'string', 'Why a withdrawn record was withdrawn.', (x) => x.withdrawal?.reason),
    column<T>('withdrawal_successor', 'string', 'Id of the record that replaces a withdrawn one.', (x) => x.withdrawal?.successor),
    column<T>('notes', 'string', 'Coding notes.', (x) => x.notes),
  ];
}

/**
 * The foreign key of the `withdrawal_successor` column, to the table itself.
 *
 * @example
 * ```ts
 * successorKey('actors'); // => { column: 'withdrawal_successor', table: 'actors', references: 'id' }
 * ```
 */
export function successorKey(table: TableName) {
  return { column: 'withdrawal_successor', table, references: 'id' } as const;
}

/**
 * The point columns of a place's geometry, as pandas and GIS tools read them: `lon`, `lat`
 * (WGS 84 degrees) and `geo_precision` (what the point stands for).
 *
 * @example
 * ```ts
 * geoColumns<Place>((x) => x.geo).map((c) => c.name); // => ['lon', 'lat', 'geo_precision']
 * ```
 */
export function geoColumns<T>(get: (item: T, context: TableContext) => PlaceGeo | undefined): ColumnDefinition<T>[] {
  return [
    column<T>('lon', 'number', 'Longitude of the representative point, WGS 84 degrees, rounded to what geo_precision supports.', (x, c) => get(x, c)?.point[0]),
    column<T>('lat', 'number', 'Latitude of the representative point, WGS 84 degrees, rounded to what geo_precision supports.', (x, c) => get(x, c)?.point[1]),
    column<T>(
      'geo_precision',
      'string',
      'What the point stands for: site, village, district, province, country, region or line.',
      (x, c) => get(x, c)?.precision,
    ),
  ];
}

const placeIndexes = new WeakMap<readonly Place[], Map<string, Place>>();

/**
 * The geometry of the place with this id, from the table's input (indexed once per input).
 *
 * @example
 * ```ts
 * // doctest: skip (the context is built inside exportTables; tests/tables covers it)
 * placeGeo(context, 'dushanbe')?.precision; // => 'village'
 * ```
 */
export function placeGeo(context: TableContext, id: string | undefined): PlaceGeo | undefined {
  if (id === undefined) return undefined;
  const places = context.input.places;
  let index = placeIndexes.get(places);
  if (index === undefined) {
    index = new Map(places.map((p) => [p.id, p]));
    placeIndexes.set(places, index);
  }
  return index.get(id)?.geo;
}

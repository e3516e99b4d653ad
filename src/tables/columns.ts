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
  return [
    column<T>(`${prefix}_start`, 'date', `Earliest day of ${what} (inclusive).`, (x) => get(x)?.start, required),
    column<T>(`${prefix}_end`, 'date', `Latest day of ${what} (inclusive).`, (x) => get(x)?.end, required),
    column<T>(`${prefix}_precision`, 'string', `Precision of ${what}: day, week, month, year or range.`, (x) => get(x)?.precision, required),
    column<T>(`${prefix}_text`, 'string', `The source's phrase for ${what}.`, (x) => get(x)?.text),
    column<T>(`${prefix}_edtf`, 'string', `EDTF (Extended Date/Time Format) form of ${what}, when coded.`, (x) => get(x)?.edtf),
  ];
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
  // Without a prefix the source's words would be a bare `text` column; `value_text` says whose words.
  const name = (field: string): string => (prefix !== '' ? `${prefix}_${field}` : field === 'text' ? 'value_text' : field);
  return [
    column<T>(name('value'), 'number', `${what}: the figure as stated.`, (x) => get(x)?.value, required),
    column<T>(name('unit'), 'string', `${what}: unit.`, (x) => get(x)?.unit, required),
    column<T>(name('qualifier'), 'string', `${what}: exact, about, at-least, at-most or estimate.`, (x) => get(x)?.qualifier, required),
    column<T>(name('low'), 'number', `${what}: lower end of a stated range.`, (x) => get(x)?.low),
    column<T>(name('high'), 'number', `${what}: upper end of a stated range.`, (x) => get(x)?.high),
    column<T>(name('text'), 'string', `${what}: the source's words.`, (x) => get(x)?.text),
  ];
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
    column<T>('geo_precision', 'string', 'What the point stands for: site, village, district, province, country, region or line.', (x, c) => get(x, c)?.precision),
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

import {
  actorBaseSchema,
  claimBaseSchema,
  incidentBaseSchema,
  indicatorBaseSchema,
  observationBaseSchema,
  placeBaseSchema,
  relationBaseSchema,
  sourceBaseSchema,
  checkBaseSchema,
  type RecordKind,
  once,
} from '../schema/index.js';
import { column } from './columns.js';
import type { Cell, ColumnDefinition, FieldType } from './table-spec.js';

// Read from the schemas on first use: building them at import would cost every importer.
const knownFields = once((): Record<RecordKind, ReadonlySet<string>> => ({
  source: new Set(Object.keys(sourceBaseSchema().shape)),
  actor: new Set(Object.keys(actorBaseSchema().shape)),
  place: new Set(Object.keys(placeBaseSchema().shape)),
  incident: new Set(Object.keys(incidentBaseSchema().shape)),
  indicator: new Set(Object.keys(indicatorBaseSchema().shape)),
  observation: new Set(Object.keys(observationBaseSchema().shape)),
  claim: new Set(Object.keys(claimBaseSchema().shape)),
  relation: new Set(Object.keys(relationBaseSchema().shape)),
  check: new Set(Object.keys(checkBaseSchema().shape)),
}));

/** The table type of a scalar, or undefined for anything a cell cannot hold. */
function typeOf(value: unknown): FieldType | undefined {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number' && Number.isFinite(value)) return Number.isInteger(value) ? 'integer' : 'number';
  return undefined;
}

/**
 * The columns of the fields that records of an extended kind carry beyond ours (such as a
 * `severity` added with `defineSchemas`): one column per field, named as the field, typed from
 * its values. Fields holding anything but strings, numbers or booleans (objects, lists) have
 * no column.
 */
export function extensionColumns<T>(kind: RecordKind, records: readonly T[], taken: ReadonlySet<string>): ColumnDefinition<T>[] {
  const types = new Map<string, FieldType | 'none'>();
  for (const record of records) {
    for (const [field, v] of Object.entries(record as object)) {
      if (knownFields()[kind].has(field) || taken.has(field) || v === undefined || v === null) continue;
      const type = typeOf(v);
      const seen = types.get(field);
      // Integers and fractions mix into numbers; any other mix (or a non-scalar) gets no column.
      const merged =
        type === undefined
          ? 'none'
          : seen === undefined || seen === type
            ? type
            : [seen, type].every((t) => t === 'integer' || t === 'number')
              ? 'number'
              : 'none';
      types.set(field, merged);
    }
  }
  return [...types]
    .filter((entry): entry is [string, FieldType] => entry[1] !== 'none')
    .map(([field, type]) => column<T>(field, type, `Extension field ${field}.`, (x) => (x as Record<string, Cell | undefined>)[field]));
}

/** The columns of rows that are not among a table's own columns: the extension fields to read back. */
export function extensionFieldsOf(rows: readonly Readonly<Record<string, unknown>>[], own: ReadonlySet<string>): string[] {
  const fields = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (!own.has(key)) fields.add(key);
  return [...fields];
}

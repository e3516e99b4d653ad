import type { TableRowMap } from '../generated/table-rows.js';
import type { CollectionOf, RecordKind, RecordMap } from '../schema/index.js';
import type { TableInput, TableName } from './table-spec.js';

/** The record kind each record table holds (the checks table has no extension columns in its type yet). */
type KindOfTable = { [K in Exclude<RecordKind, 'check'> as CollectionOf<K>]: K };

/** The record type of one collection of an input. */
type ItemOf<I, C extends string> = I extends { readonly [K in C]: readonly (infer T)[] } ? T : never;

/** The scalar fields `T` has beyond `Base`: the extension columns, `null` where a record lacks one. */
type ExtensionColumns<T, Base> = {
  [F in Exclude<keyof T, keyof Base> as NonNullable<T[F]> extends string | number | boolean ? F : never]: NonNullable<T[F]> | null;
};

/**
 * The row type of table `N`: its columns, with `string`, `number` or `boolean` cells and `null`
 * where a column may be empty. For a dataset `I` extended with `defineSchemas` fields, a record
 * table's row also has a column per scalar extension field. A misspelt column does not compile.
 *
 * @example
 * ```ts
 * const row: TableRow<'observations'> | undefined = toRows('observations')[0];
 * row?.period_start; // => '2022-01-01'
 * // row?.perod_start; // compile error
 * ```
 */
export type TableRow<N extends TableName, I = TableInput> = N extends keyof KindOfTable
  ? TableRowMap[N] & ExtensionColumns<ItemOf<I, N>, RecordMap[KindOfTable[N]]>
  : TableRowMap[N];

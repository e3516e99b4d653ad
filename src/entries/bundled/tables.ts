import { tableRows, type TableInput, type TableName, type TableRow } from '../../tables/index.js';
import { dataset } from './dataset.js';

/**
 * The tidy rows of one table of the bundled data, or of any dataset you pass: flat objects with
 * stable column names (docs/tables.md), one row per record or per link (incident–actor,
 * claim–about, citations, aliases, …), ready for Observable Plot, Arquero or pandas.
 *
 * @throws {RangeError} For a name that is not in `TABLE_NAMES`.
 *
 * @example
 * ```ts
 * toRows('observations').find((r) => r.id === 'afghanistan-opium-supply-2022');
 * // => { id: 'afghanistan-opium-supply-2022', indicator: 'opium-supply', value: 6200, unit: 'tonne', qualifier: 'exact', … }
 * const myDataset = createDataset({ actors: [] });
 * toRows('incident-actors', myDataset); // => [] (the same table of your own dataset)
 * // toRows('observations')[0]?.perod_start; // compile error: rows are typed per table
 * ```
 */
export function toRows<N extends TableName, I extends TableInput = typeof dataset>(table: N, from?: I): TableRow<N, I>[] {
  return tableRows(from ?? dataset, table);
}

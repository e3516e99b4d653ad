import { describeValue, isFieldObject, isList } from '../schema/describe-value.js';
import type { ExportTable } from './export-tables.js';

/**
 * A Frictionless licence entry.
 *
 * @example
 * ```ts
 * const licence: DataPackageLicense = { name: 'MIT', path: 'https://opensource.org/license/mit', title: 'MIT License' };
 * toDataPackage([], { name: 'my-data', licenses: [licence] }).licenses?.[0]?.name; // => 'MIT'
 * ```
 */
export interface DataPackageLicense {
  name?: string;
  path?: string;
  title: string;
}

/**
 * A Frictionless source entry: where the data comes from.
 *
 * @example
 * ```ts
 * const source: DataPackageSource = { title: 'KabulNow', path: 'https://kabulnow.com/' };
 * toDataPackage([], { name: 'my-data', sources: [source] }).sources; // => [{ title: 'KabulNow', path: 'https://kabulnow.com/' }]
 * ```
 */
export interface DataPackageSource {
  title: string;
  path?: string;
}

/**
 * The descriptive properties of a data package, as the Frictionless Data Package spec names them.
 *
 * @example
 * ```ts
 * const meta: DataPackageMetadata = { name: 'my-data', version: '1.0.0' };
 * toDataPackage([], meta); // => { profile: 'tabular-data-package', name: 'my-data', version: '1.0.0', resources: [] }
 * ```
 */
export interface DataPackageMetadata {
  /** Package name: lowercase letters, digits and `-._`. */
  name: string;
  title?: string;
  description?: string;
  version?: string;
  homepage?: string;
  licenses?: DataPackageLicense[];
  sources?: DataPackageSource[];
}

/**
 * Options for {@link toDataPackage}.
 *
 * @example
 * ```ts
 * toDataPackage(exportTables(dataset), { name: 'my-data', version: '1.0.0' }).version; // => '1.0.0'
 * ```
 */
export interface DataPackageOptions extends DataPackageMetadata {
  /** A resource's path from its table's name; default `<name>.csv`. */
  path?: (table: string) => string;
}

/**
 * A Frictionless Data Package descriptor (the `datapackage.json` document).
 *
 * @example
 * ```ts
 * toDataPackage([], { name: 'empty' }); // => { profile: 'tabular-data-package', name: 'empty', resources: [] }
 * ```
 */
export interface DataPackage extends DataPackageMetadata {
  profile: 'tabular-data-package';
  resources: DataPackageResource[];
}

/**
 * One tabular resource of a {@link DataPackage}: a CSV file and its Table Schema.
 *
 * @example
 * ```ts
 * toDataPackage(exportTables(dataset), { name: 'x' }).resources[0]?.path; // => 'sources.csv'
 * ```
 */
export interface DataPackageResource {
  profile: 'tabular-data-resource';
  name: string;
  path: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  /** The CSV dialect, stated so that readers need not guess it. */
  dialect: { delimiter: ','; lineTerminator: '\r\n'; quoteChar: '"'; doubleQuote: true; header: true };
  schema: {
    fields: { name: string; type: string; description: string; constraints?: { required: true } }[];
    primaryKey: string[];
    /** Left out when the table has none: Data Package v1 wants at least one where the property is present. */
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
    missingValues: string[];
  };
}

/**
 * A Frictionless Data Package descriptor (datapackage.json, Data Package v1 with Table Schema)
 * for tables: one CSV resource per table, with field types, required fields, the primary key
 * and the foreign keys, so that Python (`frictionless`, pandas) and R (`frictionless`) users
 * load the CSV files with their types and links. A key into the same table names the resource
 * `""`, as Data Package v1 has it. Empty fields are missing values.
 *
 * @throws {TypeError} When `tables` is not an array of tables as `exportTables` returns them, or `options` not an object.
 * @throws {RangeError} When `options.name` is not lowercase letters, digits, "-", "." or "_".
 *
 * @example
 * ```ts
 * const pkg = toDataPackage(exportTables(dataset), { name: 'central-asia-security' });
 * pkg.resources.find((r) => r.name === 'incidents')?.schema.foreignKeys?.[0];
 * // => { fields: 'place', reference: { resource: 'places', fields: 'id' } }
 * ```
 */
export function toDataPackage(tables: readonly ExportTable[], options: DataPackageOptions): DataPackage {
  const list: unknown = tables;
  if (!isList(list)) throw new TypeError(`toDataPackage: tables must be an array of tables as exportTables returns them, got ${describeValue(tables)}`);
  list.forEach((table, i) => {
    const ok = isFieldObject(table) && typeof table.name === 'string' && ['columns', 'primaryKey', 'foreignKeys'].every((key) => Array.isArray(table[key]));
    if (!ok)
      throw new TypeError(
        `toDataPackage: tables[${i}] must be a table as exportTables returns it ({ name, columns, primaryKey, foreignKeys, … }), got ${isFieldObject(table) ? 'an object without them' : describeValue(table)}`,
      );
  });
  if (!isFieldObject(options)) throw new TypeError(`toDataPackage: options must be an object with a name, got ${describeValue(options)}`);
  if (typeof options.name !== 'string' || !/^[a-z0-9._-]+$/.test(options.name)) {
    throw new RangeError(`toDataPackage: name ${JSON.stringify(options.name) ?? 'undefined'} must be lowercase letters, digits, "-", "." or "_"`);
  }
  const path = options.path ?? ((name: string) => `${name}.csv`);
  const { path: _path, ...meta } = options;
  return {
    profile: 'tabular-data-package',
    ...meta,
    resources: tables.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: path(table.name),
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: table.columns.map((c) => ({
          name: c.name,
          type: c.type,
          description: c.description,
          ...(c.required ? { constraints: { required: true as const } } : {}),
        })),
        primaryKey: [...table.primaryKey],
        // Data Package v1 writes a reference to the resource itself as the empty string.
        ...(table.foreignKeys.length === 0
          ? {}
          : {
              foreignKeys: table.foreignKeys.map((fk) => ({
                fields: fk.column,
                reference: { resource: fk.table === table.name ? '' : fk.table, fields: fk.references },
              })),
            }),
        missingValues: [''],
      },
    })),
  };
}

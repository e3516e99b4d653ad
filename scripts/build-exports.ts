/**
 * Writes the bundled data's exports under dist/data/, after tsup (which empties dist/):
 * - <table>.csv, <table>.json, <table>.ndjson: the tidy tables (one per record kind, then the
 *   link tables), the same rows in three formats;
 * - records/<collection>.json and .ndjson: the records themselves, nested as the schemas define
 *   them, for validators and JSON Schema;
 * - datapackage.json: the Frictionless Data Package descriptor of the CSV tables;
 * - incidents.geojson, places.geojson: the same rows as RFC 7946 FeatureCollections (toGeoJson).
 * Each file is written to a temporary file and renamed, so that no reader sees half of one.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataset } from '../src/entries/bundled/dataset.js';
import { toCsv } from '../src/tables/csv.js';
import { exportTables, toDataPackage, toGeoJson, toJson, toNdjson } from '../src/tables/index.js';
import { COLLECTION_OF, RECORD_KINDS } from '../src/schema/index.js';
import { writeAtomicallySync as writeAtomically } from '../src/cli/export/write-atomically.js';

const OUT = fileURLToPath(new URL('../dist/data/', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string; description: string };

function main(): void {
  mkdirSync(`${OUT}records`, { recursive: true });
  const tables = exportTables(dataset);
  let files = 0;
  for (const table of tables) {
    writeAtomically(`${OUT}${table.name}.csv`, toCsv(table.rows, table.columns));
    writeAtomically(`${OUT}${table.name}.json`, toJson(table.rows));
    writeAtomically(`${OUT}${table.name}.ndjson`, toNdjson(table.rows));
    files += 3;
  }
  for (const kind of ['incidents', 'places'] as const) {
    writeAtomically(`${OUT}${kind}.geojson`, `${JSON.stringify(toGeoJson(dataset, { kind }))}\n`);
    files += 1;
  }
  for (const kind of RECORD_KINDS) {
    const records = dataset[COLLECTION_OF[kind]];
    writeAtomically(`${OUT}records/${COLLECTION_OF[kind]}.json`, toJson(records));
    writeAtomically(`${OUT}records/${COLLECTION_OF[kind]}.ndjson`, toNdjson(records));
    files += 2;
  }
  const descriptor = toDataPackage(tables, {
    name: pkg.name,
    title: 'Central Asia security: actors, incidents, indicators, claims and relations',
    description:
      `${pkg.description} Each table is one CSV file; link tables hold many-to-many data one pair per row. ` +
      'Every record cites its sources (table citations). Quotes, only of the sources whose text the project holds, are short excerpts, ' +
      'reproduced with attribution to their publishers: ' +
      [...new Set(dataset.sources.filter((s) => s.textHeld === true).map((s) => `${s.publisher} (${new URL(s.url).hostname})`))].join(', ') +
      `; the ${dataset.sources.filter((s) => s.textHeld !== true).length} other sources (primary sources the checks rest on) are cited by address and a summary in the project's own words, never quoted. ` +
      'The full source texts are not included. The coding (records, ids, tables) is offered under the MIT licence, as is the code. ' +
      'Place coordinates (columns lon, lat) are derived from Natural Earth (public domain) and GeoNames (CC BY 4.0, https://www.geonames.org/); ' +
      'each place records the data set and feature its point came from.',
    version: pkg.version,
    licenses: [
      { name: 'MIT', path: 'https://opensource.org/license/mit', title: 'MIT License (the coding; quotes remain their publishers’, cited as short excerpts)' },
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Settlement points from GeoNames (https://www.geonames.org/), CC BY 4.0',
      },
    ],
    sources: [
      ...dataset.sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url })),
      { title: 'GeoNames geographical database (CC BY 4.0): settlement points', path: 'https://www.geonames.org/' },
      { title: 'Natural Earth (public domain): country and province centroids, the border line', path: 'https://www.naturalearthdata.com/' },
    ],
  });
  writeAtomically(`${OUT}datapackage.json`, `${JSON.stringify(descriptor, null, 2)}\n`);
  files += 1;
  console.log(`build-exports: ${tables.length} tables, ${files} files in dist/data/`);
}

main();

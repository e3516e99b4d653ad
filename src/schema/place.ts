import * as z from 'zod';
import { GEO_DECIMALS, placeGeoBaseSchema, type PlaceGeo } from './geo.js';
import { placeGeoRule } from './rules/geo-rules.js';
import { markRule } from './rules/rule-calls.js';
import { countryCodeSchema, idSchema } from './id.js';
import { recordBaseSchema, externalIdSchema, refineRecord } from './record-base.js';
import { PLACE_KINDS } from './vocabulary.js';
import { once } from './once.js';

export const placeBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    ...recordBaseSchema().shape,
    kind: z.enum(PLACE_KINDS),
    name: z.string().min(1),
    /** ISO 3166-1 alpha-2 code of the country the place lies in. */
    country: countryCodeSchema().optional(),
    /** Id of the enclosing place: a province's country, a city's province. */
    parent: idSchema().optional(),
    /** Other places this one spans or connects, such as the two sides of a border. */
    spans: z.array(idSchema()).optional(),
    externalIds: z.array(externalIdSchema()).optional(),
    /** Where the place is: a representative point, its precision, extent and provenance. */
    geo: placeGeoBaseSchema().optional(),
  }),
);

/**
 * Adds the geometry rules of `checkPlaceGeo` to a place schema, with the decimals each
 * precision level allows (ours, or ours plus those given to `defineSchemas`).
 *
 * @example
 * ```ts
 * const Strict = refinePlaceGeo(PlaceBaseSchema);
 * Strict.safeParse({ id: 'x', kind: 'country', name: 'X', citations: [{ source: 's', quote: 'q' }],
 *   geo: { point: [71.0271, 38.5], precision: 'country', provenance: { derivation: 'boundary-centroid', dataset: 'NE' } } }).success; // => false
 * ```
 */
export function refinePlaceGeo<T extends z.ZodType<{ geo?: PlaceGeo | undefined }>>(schema: T, decimals: Readonly<Record<string, number>> = GEO_DECIMALS): T {
  return markRule(
    schema.superRefine((place, ctx) => placeGeoRule(place, ctx, decimals)),
    placeGeoRule,
    [decimals],
  );
}

export const placeSchema = /* @__PURE__ */ once(() => refinePlaceGeo(refineRecord(placeBaseSchema())));

/**
 * A country, province, city, border or infrastructure project.
 *
 * @example
 * ```ts
 * const place: Place | undefined = getPlace('badakhshan-tajikistan');
 * [place?.kind, place?.parent]; // => ['province', 'tajikistan-territory']
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Place extends z.infer<ReturnType<typeof placeBaseSchema>> {}

import { z } from 'zod';
import { CountryCodeSchema, IdSchema } from './id.js';
import { ExternalIdSchema, RecordBaseSchema, refineRecord } from './record-base.js';
import { PLACE_KINDS } from './vocabulary.js';

/**
 * Refinement-free shape of a {@link Place}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyPlace = PlaceBaseSchema.extend({ lat: z.number(), lon: z.number() });
 * Object.keys(MyPlace.shape).includes('lat'); // => true
 * ```
 */
export const PlaceBaseSchema = z.strictObject({
  ...RecordBaseSchema.shape,
  kind: z.enum(PLACE_KINDS),
  name: z.string().min(1),
  /** ISO 3166-1 alpha-2 code of the country the place lies in. */
  country: CountryCodeSchema.optional(),
  /** Id of the enclosing place: a province's country, a city's province. */
  parent: IdSchema.optional(),
  /** Other places this one spans or connects, such as the two sides of a border. */
  spans: z.array(IdSchema).optional(),
  externalIds: z.array(ExternalIdSchema).optional(),
});

/**
 * A country, province, city, border or infrastructure project. Refined with the shared record rules.
 *
 * @example
 * ```ts
 * PlaceSchema.parse({
 *   id: 'dushanbe', kind: 'city', name: 'Dushanbe', country: 'TJ',
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'in Dushanbe, the capital of Tajikistan' }],
 * }).kind; // => 'city'
 * ```
 */
export const PlaceSchema = refineRecord(PlaceBaseSchema);

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
export interface Place extends z.infer<typeof PlaceBaseSchema> {}

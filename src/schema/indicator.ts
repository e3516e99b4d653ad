import * as z from 'zod';
import { unitSchema } from './quantity.js';
import { RecordBaseSchema, refineRecord } from './record-base.js';
import { UNITS } from './vocabulary.js';

/**
 * Refinement-free shape of an {@link Indicator}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyIndicator = IndicatorBaseSchema.extend({ methodology: z.url() });
 * Object.keys(MyIndicator.shape).includes('methodology'); // => true
 * ```
 */
export const IndicatorBaseSchema = z.strictObject({
  ...RecordBaseSchema.shape,
  name: z.string().min(1),
  /** The unit every observation of this indicator is expressed in, or converts to. */
  unit: unitSchema(UNITS),
  description: z.string().min(1),
});

/**
 * What is measured. Refined with the shared record rules.
 *
 * @example
 * ```ts
 * IndicatorSchema.parse({
 *   id: 'opium-supply', name: 'Opium supplied', unit: 'tonne', description: 'Opium supplied in a year.',
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'supplied 6,200 tons of opium' }],
 * }).unit; // => 'tonne'
 * ```
 */
export const IndicatorSchema = refineRecord(IndicatorBaseSchema);

/**
 * What is measured.
 *
 * @example
 * ```ts
 * const indicator: Indicator | undefined = getIndicator('opium-supply');
 * [indicator?.name, indicator?.unit]; // => ['Opium supplied', 'tonne']
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Indicator extends z.infer<typeof IndicatorBaseSchema> {}

import * as z from 'zod';
import { unitSchema } from './quantity.js';
import { recordBaseSchema, refineRecord } from './record-base.js';
import { UNITS } from './vocabulary.js';
import { once } from './once.js';

export const indicatorBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    ...recordBaseSchema().shape,
    name: z.string().min(1),
    /** The unit every observation of this indicator is expressed in, or converts to. */
    unit: unitSchema(UNITS),
    description: z.string().min(1),
  }),
);

export const indicatorSchema = /* @__PURE__ */ once(() => refineRecord(indicatorBaseSchema()));

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
export interface Indicator extends z.infer<ReturnType<typeof indicatorBaseSchema>> {}

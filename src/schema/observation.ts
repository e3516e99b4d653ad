import * as z from 'zod';
import { fuzzyDateSchema } from './fuzzy-date.js';
import { idSchema } from './id.js';
import { quantitySchema } from './quantity.js';
import { recordBaseSchema, refineRecord } from './record-base.js';
import { once } from './once.js';

export const comparisonSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** The period compared against. */
    baseline: fuzzyDateSchema(),
    /** The stated change, usually in `percent`. */
    change: quantitySchema(),
  }),
);

/**
 * A stated change against an earlier period.
 *
 * @example
 * ```ts
 * const comparison: Comparison | undefined = getObservation('tajikistan-narcotics-seized')?.comparison;
 * [comparison?.change.value, comparison?.change.unit, comparison?.baseline.text]; // => [22, 'percent', '2021']
 * ```
 */
export type Comparison = z.infer<ReturnType<typeof comparisonSchema>>;

export const derivationSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** How the value follows from the inputs, in words or arithmetic. */
    formula: z.string().min(1),
    /** Ids of the observations the value is computed from. */
    inputs: z.array(idSchema()).min(1),
    /**
     * The period the inputs are read as covering, when it is narrower than their recorded period
     * (an assumption the value depends on), with the reasoning. Validation compares this period,
     * not the inputs' own, with the derived value's.
     */
    reading: z.strictObject({ period: fuzzyDateSchema(), reasoning: z.string().min(1) }).optional(),
  }),
);

/**
 * How a derived value was computed.
 *
 * @example
 * ```ts
 * const derived: Derivation | undefined = getObservation('tajikistan-narcotics-seized-baseline-2021')?.derived;
 * derived?.inputs; // => ['tajikistan-narcotics-seized']
 * ```
 */
export type Derivation = z.infer<ReturnType<typeof derivationSchema>>;

export const observationBaseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    ...recordBaseSchema().shape,
    /** Id of the Indicator measured. */
    indicator: idSchema(),
    /** Id of the actor or place the value describes. */
    subject: idSchema(),
    /** The period the value covers. */
    period: fuzzyDateSchema(),
    value: quantitySchema(),
    /** A change against an earlier period that the source states. */
    comparison: comparisonSchema().optional(),
    /** Present when we computed the value rather than read it. */
    derived: derivationSchema().optional(),
    /** Id of the claim that asserts this figure, when someone asserted it. */
    claim: idSchema().optional(),
  }),
);

export const observationSchema = /* @__PURE__ */ once(() => refineRecord(observationBaseSchema()));

/**
 * A value of an indicator for a subject over a period.
 *
 * @example
 * ```ts
 * const observation: Observation | undefined = getObservation('afghanistan-opium-supply-2022');
 * [observation?.subject, observation?.value.value, observation?.period.text]; // => ['afghanistan', 6200, '2022']
 * ```
 */
// An interface, not a type alias, so that signatures and the API reference show its name.
export interface Observation extends z.infer<ReturnType<typeof observationBaseSchema>> {}

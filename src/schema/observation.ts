import * as z from 'zod';
import { FuzzyDateSchema } from './fuzzy-date.js';
import { IdSchema } from './id.js';
import { QuantitySchema } from './quantity.js';
import { RecordBaseSchema, refineRecord } from './record-base.js';

/**
 * A change the source states against an earlier period, e.g. "a 22% increase compared to 2021".
 *
 * @example
 * ```ts
 * ComparisonSchema.parse({
 *   baseline: { start: '2021-01-01', end: '2021-12-31', precision: 'year', text: '2021' },
 *   change: { value: 22, unit: 'percent', qualifier: 'exact' },
 * }).change.value; // => 22
 * ```
 */
export const ComparisonSchema = z.strictObject({
  /** The period compared against. */
  baseline: FuzzyDateSchema,
  /** The stated change, usually in `percent`. */
  change: QuantitySchema,
});

/**
 * A stated change against an earlier period.
 *
 * @example
 * ```ts
 * const comparison: Comparison | undefined = getObservation('tajikistan-narcotics-seized')?.comparison;
 * [comparison?.change.value, comparison?.change.unit, comparison?.baseline.text]; // => [22, 'percent', '2021']
 * ```
 */
export type Comparison = z.infer<typeof ComparisonSchema>;

/**
 * Marks a value we computed rather than read, with the formula and its inputs.
 *
 * @example
 * ```ts
 * DerivationSchema.parse({ formula: 'value / (1 + 22 / 100)', inputs: ['tajik-narcotics-seizures'] }).formula;
 * // => 'value / (1 + 22 / 100)'
 * ```
 */
export const DerivationSchema = z.strictObject({
  /** How the value follows from the inputs, in words or arithmetic. */
  formula: z.string().min(1),
  /** Ids of the observations the value is computed from. */
  inputs: z.array(IdSchema).min(1),
  /**
   * The period the inputs are read as covering, when it is narrower than their recorded period
   * (an assumption the value depends on), with the reasoning. Validation compares this period,
   * not the inputs' own, with the derived value's.
   */
  reading: z.strictObject({ period: FuzzyDateSchema, reasoning: z.string().min(1) }).optional(),
});

/**
 * How a derived value was computed.
 *
 * @example
 * ```ts
 * const derived: Derivation | undefined = getObservation('tajikistan-narcotics-seized-baseline-2021')?.derived;
 * derived?.inputs; // => ['tajikistan-narcotics-seized']
 * ```
 */
export type Derivation = z.infer<typeof DerivationSchema>;

/**
 * Refinement-free shape of an {@link Observation}; extend this one with `.extend()`.
 *
 * @example
 * ```ts
 * const MyObservation = ObservationBaseSchema.extend({ confidence: z.enum(['low', 'high']) });
 * Object.keys(MyObservation.shape).includes('confidence'); // => true
 * ```
 */
export const ObservationBaseSchema = z.strictObject({
  ...RecordBaseSchema.shape,
  /** Id of the Indicator measured. */
  indicator: IdSchema,
  /** Id of the actor or place the value describes. */
  subject: IdSchema,
  /** The period the value covers. */
  period: FuzzyDateSchema,
  value: QuantitySchema,
  /** A change against an earlier period that the source states. */
  comparison: ComparisonSchema.optional(),
  /** Present when we computed the value rather than read it. */
  derived: DerivationSchema.optional(),
  /** Id of the claim that asserts this figure, when someone asserted it. */
  claim: IdSchema.optional(),
});

/**
 * A value of an indicator for a subject over a period. Refined with the shared record rules.
 *
 * @example
 * ```ts
 * ObservationSchema.parse({
 *   id: 'attacks', indicator: 'high-profile-terror-attacks', subject: 'sco-member-states',
 *   period: { start: '2020-09-04', end: '2023-09-17', precision: 'range', text: 'in the last three years' },
 *   value: { value: 80, unit: 'attack', qualifier: 'at-least' },
 *   citations: [{ source: 'kabulnow-2023-09-central-asia-terrorism-concerns', quote: 'at least 80 high-profile terror attacks' }],
 * }).value.qualifier; // => 'at-least'
 * ```
 */
export const ObservationSchema = refineRecord(ObservationBaseSchema);

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
export interface Observation extends z.infer<typeof ObservationBaseSchema> {}

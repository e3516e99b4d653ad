import type { Quantity, QuantityQualifier } from '../schema/index.js';

/**
 * The qualifier of a computed figure: a Quantity's qualifier, or `unbounded` when its inputs
 * bound it in neither direction (at least 80 minus at least 50 may be anything).
 *
 * @example
 * ```ts
 * const q: ComputedQualifier = rate(getObservation('sco-high-profile-terror-attacks-3y')!, 'year').qualifier; // => 'at-least'
 * ```
 */
export type ComputedQualifier = QuantityQualifier | 'unbounded';

/**
 * A figure we computed from stated ones, with the uncertainty they carry:
 *
 * - `qualifier` says which way the figure is bounded: `exact`, `about` and `estimate` are
 *   two-sided (with `low`/`high` when the inputs gave a range); `at-least`/`at-most` make
 *   `value` a bound; `unbounded` means the inputs bound it in neither direction and `value` is
 *   only what the stated figures give;
 * - `approximate` is true when an `about` or `estimate` input, or an approximate period length,
 *   went in: `at-least` with `approximate` reads "at least about";
 * - `formula` shows the arithmetic on the stated figures.
 *
 * @example
 * ```ts
 * const perYear: ComputedQuantity = rate(getObservation('sco-high-profile-terror-attacks-3y')!, 'year');
 * [perYear.unit, perYear.qualifier, perYear.formula]; // => ['attack/year', 'at-least', '80 / 3.01717 (at most) years']
 * ```
 */
export interface ComputedQuantity {
  value: number;
  unit: string;
  qualifier: ComputedQualifier;
  approximate: boolean;
  /** Lower end of the range, when the inputs gave one. */
  low?: number;
  /** Upper end of the range, when the inputs gave one. */
  high?: number;
  formula: string;
}

/**
 * What a figure says about the true value: a point, and the interval it may lie in.
 *
 * @example
 * ```ts
 * const b: Bounds = boundsOf({ value: 80, unit: 'attack', qualifier: 'at-least' });
 * // => { value: 80, low: 80, high: Infinity, about: false, estimate: false }
 * ```
 */
export interface Bounds {
  value: number;
  /** Lowest the true value may be (`-Infinity` when unbounded below). */
  low: number;
  /** Highest the true value may be (`Infinity` when unbounded above). */
  high: number;
  /** An `about` or approximate input. */
  about: boolean;
  /** An `estimate` input. */
  estimate: boolean;
}

/**
 * Reads a Quantity (or a computed figure) as the interval the true value lies in. `at-least`
 * leaves it open above, `at-most` open below; `low`/`high` close it where given; `about` and
 * `estimate` keep the point, flagged, since the source gives no width to widen it by.
 *
 * @example
 * ```ts
 * boundsOf({ value: 80, unit: 'attack', qualifier: 'at-least' });
 * // => { value: 80, low: 80, high: Infinity, about: false, estimate: false }
 * ```
 */
export function boundsOf(q: Quantity | ComputedQuantity): Bounds {
  const unbounded = q.qualifier === 'unbounded';
  const low = q.low ?? (q.qualifier === 'at-most' || unbounded ? -Infinity : q.value);
  const high = q.high ?? (q.qualifier === 'at-least' || unbounded ? Infinity : q.value);
  const approximate = 'approximate' in q && q.approximate;
  // A computed "estimate" is approximate because it is an estimate, not because something was "about".
  const about = q.qualifier === 'about' || (approximate && q.qualifier !== 'estimate');
  return { value: q.value, low, high, about, estimate: q.qualifier === 'estimate' };
}

/**
 * Throws when finite, non-zero figures gave an infinite one: that is a float overflow
 * (1e308 × 1000), not an unbounded figure, and must not pass for one. (A zero input may give an
 * honest infinity: 5 divided by a length of at least 0.)
 *
 * @throws {RangeError} Naming the formula.
 *
 * @example
 * ```ts
 * overflowCheck(5, [2, 3], '2 + 3'); // => undefined (finite: nothing to say)
 * try { overflowCheck(Infinity, [1e308, 1e308], '1e308 + 1e308'); } catch (error) { String(error); } // RangeError: 1e308 + 1e308 overflows: the result is beyond ±1.8e308
 * ```
 */
export function overflowCheck(result: number, inputs: readonly number[], formula: string): void {
  // A zero among the inputs makes an infinite result a division by zero, an honest open bound.
  if (!Number.isFinite(result) && !Number.isNaN(result) && inputs.every((x) => Number.isFinite(x) && x !== 0)) {
    throw new RangeError(`${formula} overflows: the result is beyond ±1.8e308`);
  }
}

/**
 * Applies a function that is monotone in each argument (a sum, a difference, a quotient whose
 * divisor keeps its sign) to figures with their bounds: the result's bounds are the extremes
 * over the corners of the inputs' intervals, and its qualifier follows from them:
 *
 * - "about" on either side makes the result "about" (an "estimate", if no side is "about");
 * - a bound stays a bound in the direction the function carries it (at least 80 divided by an
 *   exact 3 is at least 26.7; an exact 5 divided by at least 2 is at most 2.5);
 * - ranges (`low`/`high`) give a range.
 *
 * @throws {RangeError} When finite, non-zero inputs overflow to an infinite figure (a float overflow, not an open bound).
 *
 * @example
 * ```ts
 * const atLeast80 = boundsOf({ value: 80, unit: 'attack', qualifier: 'at-least' });
 * const three = boundsOf({ value: 3, unit: 'year', qualifier: 'exact' });
 * applyMonotone((a, b) => a / b, [atLeast80, three], 'attack/year', '80 / 3').qualifier; // => 'at-least'
 * ```
 */
export function applyMonotone(f: (...values: number[]) => number, inputs: readonly Bounds[], unit: string, formula: string): ComputedQuantity {
  const value = f(...inputs.map((b) => b.value));
  overflowCheck(
    value,
    inputs.map((b) => b.value),
    formula,
  );
  let low = Infinity;
  let high = -Infinity;
  const corners = 1 << inputs.length;
  for (let mask = 0; mask < corners; mask++) {
    const corner = inputs.map((b, i) => ((mask >> i) & 1 ? b.high : b.low));
    const result = f(...corner);
    overflowCheck(result, corner, formula);
    // ∞ − ∞ and ∞ / ∞ are not extremes; the neighbouring corners carry the direction.
    if (Number.isNaN(result)) continue;
    if (result < low) low = result;
    if (result > high) high = result;
  }
  const about = inputs.some((b) => b.about);
  const estimate = inputs.some((b) => b.estimate);
  const approximate = about || estimate;
  const pointQualifier: QuantityQualifier = about ? 'about' : estimate ? 'estimate' : 'exact';
  const make = (figure: number, qualifier: ComputedQuantity['qualifier']): ComputedQuantity => ({ value: figure, unit, qualifier, approximate, formula });
  if (low === -Infinity && high === Infinity) return make(value, 'unbounded');
  if (high === Infinity) return make(low, 'at-least');
  if (low === -Infinity) return make(high, 'at-most');
  if (low === high) return make(value, pointQualifier);
  // An open input can close on the other side (80 divided by at least 80 lies in 0..1): the
  // stated figures then sit on one end, which stays the bound, and the other end is kept.
  const open = inputs.some((b) => b.low === -Infinity || b.high === Infinity);
  if (open && value >= high) return { ...make(high, 'at-most'), low };
  if (open && value <= low) return { ...make(low, 'at-least'), high };
  return { ...make(value, pointQualifier), low, high };
}

import type { FuzzyDate } from '../schema/index.js';
import { applyMonotone, boundsOf, convertQuantity, unitInfo, type Bounds, type ComputedQuantity } from '../quantity/index.js';
import { assertComparable, assertOptions } from './check-arguments.js';
import { formulaNumber, isObservation, quantityOf, type Comparable } from './comparable.js';

/**
 * Options for {@link compare}.
 *
 * @example
 * ```ts
 * compare({ value: 5, unit: 'tonne', qualifier: 'exact' }, { value: 4100, unit: 'kg', qualifier: 'exact' }, { unit: 'kg' }).difference.value; // => 900
 * ```
 */
export interface CompareOptions {
  /** The common unit to compare in; default the unit of `a`. */
  unit?: string;
}

/**
 * One side of a comparison: its figure in the common unit and, for an observation, where it came from.
 *
 * @example
 * ```ts
 * compare(getObservation('afghanistan-opium-supply-2022')!, { value: 1, unit: 'tonne', qualifier: 'exact' }).a.observation;
 * // => 'afghanistan-opium-supply-2022'
 * ```
 */
export interface ComparedSide {
  /** The figure converted to the common unit, qualifier and range kept. */
  value: ComputedQuantity;
  /** The observation's id, when an observation was compared. */
  observation?: string;
  /** The observation's period, when an observation was compared. */
  period?: FuzzyDate;
}

/**
 * `a` measured against `b`, in one common unit, each figure carrying its qualifier.
 *
 * @example
 * ```ts
 * const result: CompareResult = compare({ value: 5, unit: 'tonne', qualifier: 'about' }, { value: 6200, unit: 'tonne', qualifier: 'exact' });
 * result.ratio.qualifier; // => 'about'
 * ```
 */
export interface CompareResult {
  /** The unit both sides were converted to. */
  unit: string;
  a: ComparedSide;
  b: ComparedSide;
  /** `a − b` in the common unit (`percentage-point` when the unit is `percent`). */
  difference: ComputedQuantity;
  /** `a / b`, unit `ratio`. */
  ratio: ComputedQuantity;
  /** `(a − b) / b × 100`: how far `a` is above (or below) `b`, unit `percent`. */
  percentChange: ComputedQuantity;
}

function side(item: Comparable, unit: string): ComparedSide {
  const q = quantityOf(item);
  const converted = convertQuantity(q, unit);
  const value: ComputedQuantity = {
    value: converted.value,
    unit: converted.unit,
    qualifier: converted.qualifier,
    approximate: 'approximate' in converted ? converted.approximate : converted.qualifier === 'about' || converted.qualifier === 'estimate',
    formula: 'approximate' in converted ? converted.formula : formulaNumber(converted.value),
  };
  if (converted.low !== undefined) value.low = converted.low;
  if (converted.high !== undefined) value.high = converted.high;
  const result: ComparedSide = { value };
  if (isObservation(item)) {
    result.observation = item.id;
    result.period = item.period;
  }
  return result;
}

/** A quotient whose divisor may be zero or change sign has no bound in either direction. */
function divide(a: Bounds, b: Bounds, unit: string, formula: string, f: (x: number, y: number) => number): ComputedQuantity {
  if (b.value === 0) throw new RangeError(`compare: cannot divide by b, which is 0 (${formula})`);
  if (b.low <= 0 && b.high >= 0) {
    return { value: f(a.value, b.value), unit, qualifier: 'unbounded', approximate: a.about || b.about || a.estimate || b.estimate, formula };
  }
  return applyMonotone(f, [a, b], unit, formula);
}

/**
 * Compares two figures — observations, Quantities or computed figures such as rates — in one
 * common unit: the difference `a − b`, the ratio `a / b` and the percent change from `b` to `a`.
 * Qualifiers propagate honestly (see `applyMonotone`):
 *
 * - "about" on either side makes the result "about" ("estimate" likewise, if nothing is "about");
 * - an "at least"/"at most" bound stays a bound in the direction the arithmetic carries it:
 *   at least 80 minus an exact 50 is at least 30, while an exact 50 minus at least 80 is at most −30;
 * - where `low`/`high` exist, the result is a range;
 * - a result the inputs bound in neither direction is `unbounded`, never a made-up figure.
 *
 * Observations of different periods or subjects are compared as given: the result keeps each
 * side's period so that you can see what was set against what.
 *
 * @throws {UnitError} When the units measure different things (tonnes against percent), or a unit is ambiguous.
 * @throws {RangeError} When `b` is 0.
 * @throws {TypeError} When `a` or `b` is not a figure (null, a number, an object without a numeric `value` and a `unit`).
 *
 * @example
 * ```ts
 * const seized = getObservation('tajikistan-narcotics-seized')!; // about 5 tonne
 * const opium = getObservation('afghanistan-opium-supply-2022')!; // 6200 tonne
 * const c = compare(seized, opium);
 * [c.ratio.qualifier, Number(c.ratio.value.toPrecision(2))]; // => ['about', 0.00081]
 * compare({ value: 5000, unit: 'kg', qualifier: 'exact' }, { value: 4, unit: 'tonne', qualifier: 'exact' }).difference;
 * // => { value: 1000, unit: 'kilogram', qualifier: 'exact', approximate: false, formula: '5000 − 4000' }
 * ```
 */
export function compare(a: Comparable, b: Comparable, options: CompareOptions = {}): CompareResult {
  assertComparable(a, 'compare', 'a');
  assertComparable(b, 'compare', 'b');
  assertOptions(options, 'compare');
  const unit = unitInfo(options.unit ?? quantityOf(a).unit).unit;
  const left = side(a, unit);
  const right = side(b, unit);
  const x = boundsOf(left.value);
  const y = boundsOf(right.value);
  const [fx, fy] = [formulaNumber(left.value.value), formulaNumber(right.value.value)];
  const differenceUnit = unitInfo(unit).dimension === 'percent' ? 'percentage-point' : unit;
  return {
    unit,
    a: left,
    b: right,
    difference: applyMonotone((p, q) => p - q, [x, y], differenceUnit, `${fx} − ${fy}`),
    ratio: divide(x, y, 'ratio', `${fx} / ${fy}`, (p, q) => p / q),
    percentChange: divide(x, y, 'percent', `(${fx} − ${fy}) / ${fy} × 100`, (p, q) => ((p - q) / q) * 100),
  };
}

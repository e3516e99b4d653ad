/**
 * Units a Quantity can be converted between. Masses convert through the kilogram; `percent`,
 * `percentage-point` and `ratio` are units of their own; any other unit is a count of things
 * (`attack`, `person`, `attempt`), which converts only to itself.
 *
 * @module
 */
import { describeValue } from '../schema/describe-value.js';
import { overflowCheck } from './bounds.js';

/**
 * What a unit measures; only units of one dimension convert into each other.
 *
 * @example
 * ```ts
 * unitInfo('gram').dimension; // => 'mass'
 * ```
 */
export type UnitDimension = 'mass' | 'percent' | 'percentage-point' | 'ratio' | 'count';

/**
 * A unit resolved to its canonical name, its dimension and how many base units (kilograms for
 * mass) one of it holds.
 *
 * @example
 * ```ts
 * const info: UnitInfo = unitInfo('tonne'); // => { unit: 'tonne', dimension: 'mass', factor: 1000 }
 * ```
 */
export interface UnitInfo {
  /** Canonical name: `tonne`, `kilogram`, `gram`, `percent`, … or the count unit as given. */
  unit: string;
  dimension: UnitDimension;
  /** Base units in one of this unit (1000 for the tonne: 1 t = 1000 kg). */
  factor: number;
}

// Maps, not object literals: the keys come from callers, and `constructor` or `__proto__` must
// be an ordinary unknown unit, not a property inherited from Object.prototype.
const KNOWN = new Map<string, Omit<UnitInfo, 'unit'>>([
  ['tonne', { dimension: 'mass', factor: 1000 }],
  ['kilogram', { dimension: 'mass', factor: 1 }],
  ['gram', { dimension: 'mass', factor: 0.001 }],
  ['percent', { dimension: 'percent', factor: 1 }],
  ['percentage-point', { dimension: 'percentage-point', factor: 1 }],
  ['ratio', { dimension: 'ratio', factor: 1 }],
]);

const ALIASES = new Map<string, string>([
  ['tonnes', 'tonne'],
  ['t', 'tonne'],
  ['metric ton', 'tonne'],
  ['metric tons', 'tonne'],
  ['metric-ton', 'tonne'],
  ['kilograms', 'kilogram'],
  ['kg', 'kilogram'],
  ['grams', 'gram'],
  ['g', 'gram'],
  ['%', 'percent'],
  ['per_cent', 'percent'],
  ['percentage-points', 'percentage-point'],
  ['pp', 'percentage-point'],
]);

const SHORT_LONG_OR_METRIC = 'a short ton (907.185 kg), a long ton (1016.05 kg) or a metric tonne (1000 kg)';

/** Spellings that name more than one unit: refused rather than guessed. */
const AMBIGUOUS = new Map<string, string>([
  ['ton', SHORT_LONG_OR_METRIC],
  ['tons', SHORT_LONG_OR_METRIC],
]);

/**
 * Thrown when two units cannot be converted into each other, or a unit is ambiguous.
 *
 * @example
 * ```ts
 * let caught: unknown;
 * try { convertValue(80, 'attack', 'person'); } catch (e) { caught = e; }
 * caught instanceof UnitError && caught.name; // => 'UnitError'
 * ```
 */
export class UnitError extends Error {
  override readonly name = 'UnitError';
}

/**
 * Resolves a unit name (or a common spelling such as `kg`, `tonnes`, `%`) to its canonical
 * name, dimension and factor. Unknown names are count units. `ton`/`tons` is refused, because
 * it may be a short, long or metric ton: code the unit the source means (the bundled data codes
 * the article's "tons" of opium as `tonne`, with the reasoning in the record).
 *
 * @throws {UnitError} For an empty or ambiguous unit.
 *
 * @example
 * ```ts
 * unitInfo('kg'); // => { unit: 'kilogram', dimension: 'mass', factor: 1 }
 * unitInfo('attack'); // => { unit: 'attack', dimension: 'count', factor: 1 }
 * ```
 */
export function unitInfo(unit: string): UnitInfo {
  const given: unknown = unit;
  if (typeof given !== 'string') throw new TypeError(`unitInfo: unit must be a string, got ${describeValue(given)}`);
  const key = unit.trim().toLowerCase();
  if (key === '') throw new UnitError('unit is empty');
  const ambiguous = AMBIGUOUS.get(key);
  if (ambiguous !== undefined) {
    throw new UnitError(`unit "${unit}" is ambiguous: it may be ${ambiguous}; write "tonne" for metric tonnes`);
  }
  const name = ALIASES.get(key) ?? key;
  const known = KNOWN.get(name);
  if (known) return { unit: name, dimension: known.dimension, factor: known.factor };
  return { unit: unit.trim(), dimension: 'count', factor: 1 };
}

/**
 * Whether values in unit `a` convert to unit `b`.
 *
 * @example
 * ```ts
 * unitsCompatible('tonne', 'kilogram'); // => true
 * unitsCompatible('tonne', 'percent'); // => false
 * unitsCompatible('attack', 'attack'); // => true
 * ```
 */
export function unitsCompatible(a: string, b: string): boolean {
  const x = unitInfo(a);
  const y = unitInfo(b);
  return x.dimension === y.dimension && (x.dimension !== 'count' || x.unit === y.unit);
}

/**
 * The factor that turns a value in unit `from` into one in unit `to`.
 *
 * @throws {UnitError} When the units measure different things (mass and percent, attacks and
 * persons).
 *
 * @example
 * ```ts
 * conversionFactor('tonne', 'kilogram'); // => 1000
 * conversionFactor('gram', 'tonne'); // => 0.000001
 * ```
 */
export function conversionFactor(from: string, to: string): number {
  if (!unitsCompatible(from, to)) {
    const x = unitInfo(from);
    const y = unitInfo(to);
    throw new UnitError(
      `cannot convert "${from}" (${x.dimension}) to "${to}" (${y.dimension}): ` +
        (x.dimension === 'count' && y.dimension === 'count' ? 'counts of different things do not convert' : 'the units measure different things'),
    );
  }
  const x = unitInfo(from).factor;
  const y = unitInfo(to).factor;
  // Divide the larger by the smaller so that exact decimal factors stay exact (1e-6, not 1.0000000000000002e-6).
  return x >= y ? x / y : 1 / (y / x);
}

/**
 * Converts a value from one unit to another.
 *
 * @throws {UnitError} When the units are incompatible or ambiguous.
 * @throws {RangeError} When a finite value overflows to Infinity in the new unit.
 *
 * @example
 * ```ts
 * convertValue(5, 'tonne', 'kilogram'); // => 5000
 * convertValue(250, 'gram', 'kilogram'); // => 0.25
 * ```
 */
export function convertValue(value: number, from: string, to: string): number {
  const given: unknown = value;
  // null * factor is 0: a missing value would be converted to zero without a word.
  if (typeof given !== 'number') throw new TypeError(`convertValue: value must be a number, got ${describeValue(given)}`);
  const result = value * conversionFactor(from, to);
  overflowCheck(result, [value], `convertValue: ${value} ${from} in ${to}`);
  return result;
}

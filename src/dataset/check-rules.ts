import { checkValueKind, type Check, type FuzzyDate, type Quantity, type RecordKind } from '../schema/index.js';
import { boundsOf, convertValue, unitsCompatible } from '../quantity/index.js';
import type { ValidationIssue } from './validation-error.js';

/** A record as validation sees it: its kind, position, id and raw input. */
export interface LocatedRecord {
  kind: RecordKind;
  index: number;
  id: string | undefined;
  raw: unknown;
}

type Raw = Record<string, unknown>;

function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a dotted path (`date`, `value.unit`, `actors.0.actor`) from a record.
 *
 * @example
 * ```ts
 * fieldValue({ value: { unit: 'tonne' } }, 'value.unit'); // => 'tonne'
 * fieldValue({ actors: [{ actor: 'iskp' }] }, 'actors.0.actor'); // => 'iskp'
 * ```
 */
export function fieldValue(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (Array.isArray(value) && /^\d+$/.test(key)) value = value[Number(key)];
    else if (isRaw(value) && Object.hasOwn(value, key)) value = value[key];
    else return undefined;
  }
  return value;
}

/**
 * Whether a value has the shape of a FuzzyDate (`start`, `end`, `precision`).
 *
 * @example
 * ```ts
 * isFuzzyDate({ start: '2023-09-08', end: '2023-09-08', precision: 'day' }); // => true
 * isFuzzyDate('2023-09-08'); // => false
 * ```
 */
export function isFuzzyDate(value: unknown): value is FuzzyDate {
  return isRaw(value) && typeof value['start'] === 'string' && typeof value['end'] === 'string' && typeof value['precision'] === 'string';
}

/**
 * Whether a value has the shape of a Quantity (`value`, `unit`, `qualifier`).
 *
 * @example
 * ```ts
 * isQuantity({ value: 80, unit: 'attack', qualifier: 'at-least' }); // => true
 * ```
 */
export function isQuantity(value: unknown): value is Quantity {
  return isRaw(value) && typeof value['value'] === 'number' && typeof value['unit'] === 'string' && typeof value['qualifier'] === 'string';
}

function dateInside(inner: FuzzyDate, outer: FuzzyDate): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Why a check's value does not fit the reported value it checks, or `undefined` when it fits. */
function inconsistency(check: Check, reported: unknown): string | undefined {
  const value = check.value;
  if (value === undefined) return undefined;
  // The raw input is read here, so every value is checked for its shape before use.
  if (isFuzzyDate(value.date) && isFuzzyDate(reported)) {
    const inside = dateInside(value.date, reported);
    const shown = `${value.date.start}…${value.date.end}`;
    const was = `${reported.start}…${reported.end}`;
    if (check.verdict === 'refines' && !inside) return `refines the date to ${shown}, which is not inside the reported ${was}; a date outside it contradicts`;
    if (check.verdict === 'contradicts' && inside)
      return `contradicts the date with ${shown}, which lies inside the reported ${was}; a date inside it refines or confirms`;
  }
  if (isQuantity(value.quantity) && isQuantity(reported) && check.verdict === 'refines' && unitsCompatible(value.quantity.unit, reported.unit)) {
    const bounds = boundsOf(reported);
    const converted = convertValue(value.quantity.value, value.quantity.unit, reported.unit);
    // "About" and "estimate" keep the point with no width; only stated bounds can be left.
    const bounded = reported.qualifier !== 'about' && reported.qualifier !== 'estimate';
    if (bounded && (converted < bounds.low || converted > bounds.high)) {
      return `refines the figure to ${value.quantity.value} ${value.quantity.unit}, outside the reported ${bounds.low}…${bounds.high} ${reported.unit}`;
    }
  }
  return undefined;
}

/**
 * Checks the rules that need more than one record: a quote only on a source whose text the
 * repository may hold; a check's value consistent with the field it checks; a check that
 * gives a verdict cites a source besides secondary ones and the checked record's own.
 */
export function checkCorroboration(located: readonly LocatedRecord[], issues: ValidationIssue[]): void {
  const sources = new Map<string, Raw>();
  const byId = new Map<string, LocatedRecord>();
  for (const item of located) {
    if (item.id === undefined) continue;
    if (!byId.has(item.id)) byId.set(item.id, item);
    if (item.kind === 'source' && isRaw(item.raw)) sources.set(item.id, item.raw);
  }
  const base = (item: LocatedRecord) => ({ kind: item.kind, ...(item.id === undefined ? {} : { id: item.id }), index: item.index });

  for (const item of located) {
    if (!isRaw(item.raw)) continue;
    const citations = item.raw['citations'];
    if (Array.isArray(citations)) {
      citations.forEach((citation: unknown, i) => {
        if (!isRaw(citation) || typeof citation['quote'] !== 'string' || typeof citation['source'] !== 'string') return;
        const source = sources.get(citation['source']);
        if (source === undefined || source['textHeld'] === true || typeof source['text'] === 'string') return;
        issues.push({
          ...base(item),
          code: 'quote-without-text',
          path: ['citations', i, 'quote'],
          message: `source "${citation['source']}" is not one whose text we may hold (no textHeld: true); cite it with a summary and a locator, not a quote`,
        });
      });
    }
    if (item.kind === 'check') checkOneCheck(item.raw as unknown as Check, byId, sources, issues, base(item));
  }
}

function checkOneCheck(
  check: Check,
  byId: ReadonlyMap<string, LocatedRecord>,
  sources: ReadonlyMap<string, Raw>,
  issues: ValidationIssue[],
  base: Pick<ValidationIssue, 'kind' | 'id' | 'index'>,
): void {
  const about = typeof check.about === 'string' ? byId.get(check.about) : undefined;
  if (about !== undefined && typeof check.field === 'string' && isRaw(check.value) && checkValueKind(check.value) !== undefined) {
    const problem = inconsistency(check, fieldValue(about.raw, check.field));
    if (problem !== undefined) issues.push({ ...base, code: 'check-inconsistent', path: ['value'], message: `${check.about}.${check.field}: ${problem}` });
  }
  if (check.verdict === 'unverified' || !Array.isArray(check.citations) || about === undefined) return;
  const own = new Set<string>();
  const aboutCitations = isRaw(about.raw) ? about.raw['citations'] : undefined;
  if (Array.isArray(aboutCitations)) for (const c of aboutCitations) if (isRaw(c) && typeof c['source'] === 'string') own.add(c['source']);
  const independent = check.citations.some((c) => isRaw(c) && !own.has(c.source) && sources.get(c.source)?.['kind'] !== 'secondary');
  if (!independent) {
    issues.push({
      ...base,
      code: 'check-without-primary-source',
      path: ['citations'],
      message: `a check that ${check.verdict} cites no source besides secondary ones and those of "${check.about}"`,
    });
  }
}

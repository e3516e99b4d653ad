import type { Check, CheckValue, FuzzyDate, RecordKind } from '../schema/index.js';
import { fieldValue, isFuzzyDate, isQuantity } from './check-rules.js';
import type { AnyRecord, BestDate, Dispute, Statement } from './types.js';

/**
 * The field that holds each kind's date, for {@link bestDateOf}; kinds without one are absent.
 *
 * @example
 * ```ts
 * DATE_FIELD.observation; // => 'period'
 * ```
 */
export const DATE_FIELD: Partial<Record<RecordKind, string>> = {
  source: 'published',
  incident: 'date',
  observation: 'period',
  claim: 'date',
  relation: 'date',
};

/** A reported field value as a typed check value: a date, a quantity, a record id or a text. */
function asCheckValue(value: unknown, isId: (id: string) => boolean): CheckValue | undefined {
  if (value === undefined) return undefined;
  if (isFuzzyDate(value)) return { date: value };
  if (isQuantity(value)) return { quantity: value };
  if (typeof value === 'string') return isId(value) ? { record: value } : { text: value };
  return { text: JSON.stringify(value) };
}

function citedSources(record: object): string[] {
  const citations = (record as { citations?: readonly { source: string }[] }).citations ?? [];
  return [...new Set(citations.map((c) => c.source))];
}

/**
 * The statements about one field of one record, in the spirit of FollowTheMoney's statement
 * model (entity, property, value, source): first the value the record itself holds, with the
 * sources it cites; then one per check of that field that supports a value (a `confirms`
 * without a value of its own supports the reported one). `unverified` checks support none.
 */
export function statementsOfField(hit: AnyRecord, field: string, checks: readonly Check[], isId: (id: string) => boolean): Statement[] {
  const reportedValue = asCheckValue(fieldValue(hit.record, field), isId);
  const statements: Statement[] = [];
  if (reportedValue !== undefined) {
    statements.push({ about: hit.record.id, field, value: reportedValue, basis: 'reported', sources: citedSources(hit.record) });
  }
  for (const check of checks) {
    if (check.field !== field || check.verdict === 'unverified' || check.status === 'withdrawn') continue;
    const value = check.value ?? reportedValue;
    if (value === undefined) continue;
    statements.push({ about: hit.record.id, field, value, basis: check.verdict, sources: citedSources(check), check: check.id });
  }
  return statements;
}

/**
 * The fields of a record that checks contradict, each with the reported value and the
 * contradicting ones: both sides, neither preferred.
 */
export function disputesOf(hit: AnyRecord, checks: readonly Check[], isId: (id: string) => boolean): Dispute[] {
  const fields = [...new Set(checks.filter((c) => c.verdict === 'contradicts' && c.status !== 'withdrawn').map((c) => c.field))];
  return fields.map((field) => {
    const statements = statementsOfField(hit, field, checks, isId);
    const ofField = checks.filter((c) => c.field === field && c.verdict === 'contradicts' && c.status !== 'withdrawn');
    return {
      about: hit.record.id,
      kind: hit.kind,
      field,
      aspect: ofField[0]!.aspect,
      reported: statements.find((s) => s.basis === 'reported'),
      contradicting: statements.filter((s) => s.basis === 'contradicts'),
      checks: ofField,
    };
  });
}

function sameDate(a: FuzzyDate, b: FuzzyDate): boolean {
  return a.start === b.start && a.end === b.end;
}

function inside(inner: FuzzyDate, outer: FuzzyDate): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * The best-supported date of a record: the date checks support when they agree (the narrowest
 * when one lies inside all the others), else the reported date with the disagreeing values as
 * `alternatives` and `settled: false`, since two primary sources that disagree are both kept
 * and neither is preferred. `undefined` when the record has no date field and no check gives one.
 */
export function bestDateOf(hit: AnyRecord, checks: readonly Check[], isId: (id: string) => boolean): BestDate | undefined {
  const field = DATE_FIELD[hit.kind];
  if (field === undefined) return undefined;
  const statements = statementsOfField(hit, field, checks, isId).filter((s) => s.value.date !== undefined);
  const reported = statements.find((s) => s.basis === 'reported');
  const supported = statements.filter((s) => s.basis !== 'reported');
  const dated = (s: Statement): FuzzyDate => s.value.date!;
  const distinct = supported.filter((s, i) => supported.findIndex((t) => sameDate(dated(t), dated(s))) === i);
  const narrowest = distinct.find((s) => distinct.every((t) => inside(dated(s), dated(t))));
  const chosen = distinct.length === 0 ? reported : narrowest;
  if (chosen !== undefined) {
    const agreeing = supported.filter((s) => sameDate(dated(s), dated(chosen)));
    const sources = chosen.basis === 'reported' ? chosen.sources : [...new Set(agreeing.flatMap((s) => s.sources))];
    return {
      about: hit.record.id,
      field,
      date: dated(chosen),
      basis: chosen.basis,
      sources,
      checks: agreeing.map((s) => s.check!),
      settled: true,
      alternatives: [],
    };
  }
  if (reported === undefined) {
    return { about: hit.record.id, field, date: undefined, basis: 'reported', sources: [], checks: [], settled: false, alternatives: distinct };
  }
  return {
    about: hit.record.id,
    field,
    date: dated(reported),
    basis: 'reported',
    sources: reported.sources,
    checks: [],
    settled: false,
    alternatives: distinct,
  };
}

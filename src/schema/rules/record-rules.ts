import { ASPECT_VALUE_KINDS, CHECK_VALUE_KINDS, type CheckValueKind } from '../vocabulary.js';
import type { RuleContext } from './rule-context.js';

/**
 * Every record's rule: `withdrawal` is present exactly when the record is withdrawn.
 *
 * @example
 * ```ts
 * passes(withdrawalRule, { status: 'withdrawn' }); // => false
 * passes(withdrawalRule, { status: 'active' }); // => true
 * ```
 */
export function withdrawalRule(record: { status?: string | undefined; withdrawal?: unknown }, ctx: RuleContext): void {
  const withdrawn = record.status === 'withdrawn';
  if (withdrawn && record.withdrawal === undefined) {
    ctx.addIssue({ code: 'custom', path: ['withdrawal'], message: 'a withdrawn record needs a withdrawal reason' });
  }
  if (!withdrawn && record.withdrawal !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['status'], message: 'withdrawal is given but status is not "withdrawn"' });
  }
}

/**
 * A citation holds a verbatim quote or a summary in our own words, not both and not neither.
 *
 * @example
 * ```ts
 * passes(citationRule, { quote: 'at least 80' }); // => true
 * passes(citationRule, { quote: 'x', summary: 'y' }); // => false
 * ```
 */
export function citationRule(citation: { quote?: string | undefined; summary?: string | undefined }, ctx: RuleContext): void {
  if ((citation.quote === undefined) === (citation.summary === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: citation.quote === undefined ? ['summary'] : ['quote'],
      message: 'a citation has either a verbatim quote or a summary in our own words, not both and not neither',
    });
  }
}

/**
 * A relation does not point from an actor to itself.
 *
 * @example
 * ```ts
 * passes(relationRule, { from: 'tajikistan', to: 'tajikistan' }); // => false
 * ```
 */
export function relationRule(relation: { from?: string; to?: string }, ctx: RuleContext): void {
  if (relation.from !== undefined && relation.from === relation.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'a relation cannot point from an actor to itself' });
  }
}

/**
 * A source without `textHeld` carries no text, and a `host` goes with a relay or mirror copy.
 *
 * @example
 * ```ts
 * passes(sourceRule, { textHeld: false, text: 'Full text' }); // => false
 * passes(sourceRule, { host: 'example.org', copy: 'mirror' }); // => true
 * ```
 */
export function sourceRule(
  source: { text?: string | undefined; textHeld?: boolean | undefined; copy?: string | undefined; host?: string | undefined },
  ctx: RuleContext,
): void {
  if (source.text !== undefined && source.textHeld === false) {
    ctx.addIssue({ code: 'custom', path: ['textHeld'], message: 'a source with textHeld: false cannot carry its text' });
  }
  if (source.host !== undefined && source.copy !== 'relay' && source.copy !== 'mirror') {
    ctx.addIssue({ code: 'custom', path: ['copy'], message: 'host is given but copy is neither "relay" nor "mirror"' });
  }
}

/**
 * A quantity's bounds hold its value: `low ≤ value ≤ high`.
 *
 * @example
 * ```ts
 * passes(boundsRule, { value: 80, low: 90 }); // => false
 * passes(boundsRule, { value: 80, low: 80, high: 100 }); // => true
 * ```
 */
export function boundsRule(q: { value: number; low?: number | undefined; high?: number | undefined }, ctx: RuleContext): void {
  if (q.low !== undefined && q.low > q.value) {
    ctx.addIssue({ code: 'custom', path: ['low'], message: `low ${q.low} is above value ${q.value}` });
  }
  if (q.high !== undefined && q.high < q.value) {
    ctx.addIssue({ code: 'custom', path: ['high'], message: `high ${q.high} is below value ${q.value}` });
  }
}

/** The value fields of a check value, as the rules read them. */
type CheckValueFields = { readonly [K in CheckValueKind]?: unknown };

/**
 * Which kind of value a check value holds, or `undefined` when it holds none.
 *
 * @example
 * ```ts
 * valueKindOf({ record: 'astana' }); // => 'record'
 * ```
 */
export function valueKindOf(value: CheckValueFields): CheckValueKind | undefined {
  return CHECK_VALUE_KINDS.find((kind) => value[kind] !== undefined);
}

/**
 * A check value holds exactly one of its kinds.
 *
 * @example
 * ```ts
 * passes(checkValueRule, { record: 'astana', text: 'Astana' }); // => false
 * ```
 */
export function checkValueRule(value: CheckValueFields, ctx: RuleContext): void {
  const given = CHECK_VALUE_KINDS.filter((kind) => value[kind] !== undefined);
  if (given.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: `a check value holds exactly one of ${CHECK_VALUE_KINDS.join(', ')}; got ${given.length === 0 ? 'none' : given.join(' and ')}`,
    });
  }
}

/**
 * A check's verdict, value and aspect agree: `refines` and `contradicts` carry a value,
 * `unverified` carries none and says what was sought, and the value is of a kind the aspect takes.
 *
 * @example
 * ```ts
 * passes(checkRule, { verdict: 'contradicts', aspect: 'date' }); // => false
 * passes(checkRule, { verdict: 'confirms', aspect: 'date' }); // => true
 * ```
 */
export function checkRule(
  check: { verdict?: string; aspect?: string; value?: CheckValueFields | undefined; sought?: string | undefined },
  ctx: RuleContext,
): void {
  const kind = check.value === undefined ? undefined : valueKindOf(check.value);
  if ((check.verdict === 'refines' || check.verdict === 'contradicts') && check.value === undefined) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: `a check that ${check.verdict} needs the value the sources support` });
  }
  if (check.verdict === 'unverified') {
    if (check.value !== undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'an unverified check carries no value' });
    if (check.sought === undefined) ctx.addIssue({ code: 'custom', path: ['sought'], message: 'an unverified check says what was sought' });
  }
  const allowed = ASPECT_VALUE_KINDS[check.aspect as keyof typeof ASPECT_VALUE_KINDS] as readonly string[] | undefined;
  if (kind !== undefined && allowed !== undefined && !allowed.includes(kind)) {
    ctx.addIssue({ code: 'custom', path: ['value', kind], message: `a ${check.aspect} check takes a value of kind ${allowed.join(' or ')}, not ${kind}` });
  }
}

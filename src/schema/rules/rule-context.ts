// The rules below the schemas are plain functions of a value and a context, so that the same
// code runs inside zod (`superRefine` hands them its context) and in the validity checks built
// with the package, which answer "valid?" without loading zod (docs/performance.md).

/**
 * An issue a rule reports: a `custom` zod issue, with a code in `params` where callers classify it.
 *
 * @example
 * ```ts
 * const issue: RuleIssue = { code: 'custom', path: ['end'], message: 'start is after end', params: { code: 'date-order' } };
 * ```
 */
// A type alias, not an interface: zod's addIssue takes objects with an index signature, which
// only an alias satisfies implicitly.
export type RuleIssue = {
  code: 'custom';
  path?: (string | number)[];
  message: string;
  params?: Record<string, unknown>;
};

/**
 * Where a rule reports: zod's refinement context, or {@link passes}' flag.
 *
 * @example
 * ```ts
 * const seen: RuleIssue[] = [];
 * const ctx: RuleContext = { addIssue: (issue) => seen.push(issue) };
 * ```
 */
export interface RuleContext {
  addIssue(issue: RuleIssue): void;
}

/**
 * Whether `value` keeps a rule: the rule runs with a context that only notes that it reported.
 *
 * @example
 * ```ts
 * passes(relationRule, { from: 'a', to: 'a' }); // => false
 * passes(relationRule, { from: 'a', to: 'b' }); // => true
 * ```
 */
export function passes<V, A extends unknown[]>(rule: (value: V, ctx: RuleContext, ...args: A) => void, value: V, ...args: A): boolean {
  let kept = true;
  rule(
    value,
    {
      addIssue: () => {
        kept = false;
      },
    },
    ...args,
  );
  return kept;
}

/**
 * The number of code points in a string, counting a lone surrogate as one: how zod measures a
 * string's `min` and `max` length.
 *
 * @example
 * ```ts
 * codePointLength('Dushanbe'); // => 8
 * codePointLength('🇹🇯'); // => 2
 * ```
 */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** A rule as a schema calls it: the function, and the arguments after the value (and context). */
export interface RuleCall {
  readonly rule: (...args: never[]) => unknown;
  readonly args: readonly unknown[];
}

// Keyed by zod's check object, which holds no reference to the function a refinement wraps.
const CALLS = new WeakMap<object, RuleCall>();

interface WithChecks {
  _zod: { def: { checks?: readonly object[] } };
}

/**
 * Records that the last check of `schema` (the refinement just added) runs `rule` with `args`,
 * so that the validity checks generated at build time can call the rule without zod. Returns
 * `schema`.
 *
 * @example
 * ```ts
 * const Pair = markRule(z.object({ from: z.string(), to: z.string() }).superRefine((r, ctx) => relationRule(r, ctx)), relationRule);
 * ruleCallOf(Pair._zod.def.checks!.at(-1)!)?.rule === relationRule; // => true
 * ```
 */
export function markRule<T>(schema: T, rule: RuleCall['rule'], args: readonly unknown[] = []): T {
  const checks = (schema as unknown as WithChecks)._zod.def.checks ?? [];
  const check = checks[checks.length - 1];
  if (check !== undefined) CALLS.set(check, Object.freeze({ rule, args: Object.freeze([...args]) }));
  return schema;
}

/**
 * The rule a check runs, when a schema of ours marked it with {@link markRule}.
 *
 * @example
 * ```ts
 * ruleCallOf(CountryCodeSchema._zod.def.checks!.at(-1)!)?.rule === isAssignedCountry; // => true
 * ```
 */
export function ruleCallOf(check: object): RuleCall | undefined {
  return CALLS.get(check);
}

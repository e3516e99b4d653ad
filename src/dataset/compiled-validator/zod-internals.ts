/**
 * The parts of zod 4's internals the fast path reads (`schema._zod.def`, `schema._zod.traits`,
 * `check._zod.check`), typed once for the closure compiler and the code generator.
 */

/** A check's payload: the value, and the issues the check pushes when it fails. */
export interface CheckPayload {
  value: unknown;
  issues: unknown[];
}

/** A zod check (length, format, bound, refinement), or a schema that is its own check. */
export interface ZodCheckLike {
  _zod: {
    def: {
      check?: string;
      when?: (payload: CheckPayload) => boolean;
      minimum?: number;
      maximum?: number;
      value?: unknown;
      inclusive?: boolean;
      format?: string;
      pattern?: RegExp;
    };
    check: (payload: CheckPayload) => unknown;
  };
}

/** A zod schema node. */
export interface ZodNode {
  _zod: {
    def: {
      type: string;
      coerce?: boolean;
      checks?: ZodCheckLike[];
      shape?: Record<string, ZodNode>;
      catchall?: ZodNode;
      element?: ZodNode;
      /** A tuple's positional items, and its rest element (`null` when it has none). */
      items?: ZodNode[];
      rest?: ZodNode | null;
      innerType?: ZodNode;
      entries?: Record<string, unknown>;
      values?: readonly unknown[];
    };
    traits: Set<string>;
  };
}

/** Thrown while compiling a construct the fast path does not cover; callers then use zod alone. */
export class Unsupported extends Error {}

/** A node's checks: the node itself first when it is a check (string formats are), then its own. */
export function checksOf(node: ZodNode): ZodCheckLike[] {
  return [...(node._zod.traits.has('$ZodCheck') ? [node as unknown as ZodCheckLike] : []), ...(node._zod.def.checks ?? [])];
}

/**
 * Runs one zod check through its own function on a reused payload: the exact rule, honouring
 * the check's `when`. A passing check allocates nothing.
 */
export function runCheck(check: ZodCheckLike): (value: unknown) => boolean {
  const payload: CheckPayload = { value: undefined, issues: [] };
  const when = check._zod.def.when;
  return (value) => {
    payload.value = value;
    if (payload.issues.length > 0) payload.issues.length = 0;
    if (when !== undefined && !when(payload)) return true;
    // An async check cannot be answered synchronously: let zod report it.
    return !(check._zod.check(payload) instanceof Promise) && payload.issues.length === 0;
  };
}

// Its own module so that compile.ts and codegen.ts (which compile.ts calls) share the type
// without importing each other.

/**
 * A compiled yes/no check: `true` only when the schema would accept the value.
 *
 * @example
 * ```ts
 * const check: ValidityCheck = compileValidityCheck(ActorSchema)!;
 * check(getActor('iskp')); // => true
 * ```
 */
export type ValidityCheck = (value: unknown) => boolean;

/** Exit codes of the command line: documented in `--help` and docs/extending.md. */
export const EXIT = {
  /** Every record is valid, or the command succeeded. */
  ok: 0,
  /** `validate` found invalid records. */
  invalid: 1,
  /** Bad arguments, or input that cannot be read or parsed at all. */
  unusable: 2,
} as const;

/**
 * A problem with the arguments or the input as a whole, reported on stderr with exit code 2.
 *
 * @example
 * ```ts
 * throw new UsageError('unknown kind "incidnt"; expected one of source, actor, …');
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

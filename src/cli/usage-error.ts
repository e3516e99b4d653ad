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

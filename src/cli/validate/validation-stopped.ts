/**
 * A validation thread ended or failed before the run was done with it (a `--schemas` module
 * that calls `process.exit`, or throws outside a refinement): the records sent to it have no
 * answer, so the run cannot say whether they are valid.
 *
 * Apart from the worker pool, so that a run validating on the main thread never loads
 * `node:worker_threads`.
 *
 * @example
 * ```ts
 * new ValidationStopped('a validation thread stopped (exit code 1) before the run was done').name; // => 'ValidationStopped'
 * ```
 */
export class ValidationStopped extends Error {
  override readonly name = 'ValidationStopped';
}

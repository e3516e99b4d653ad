import { InlineValidation, type Validation } from './inline-validation.js';
import type { KindSchema } from './kind-schema.js';
import type { WorkerSetup, WorkRequest, WorkResult } from './worker-protocol.js';
import type { ValidationPool } from './worker-pool.js';

/**
 * Input read before validation moves to threads. Below it, starting threads (each loads zod and
 * compiles the schema) costs more than validating on the main thread: 8 MiB is some 9,000
 * incidents, about 50 ms of work on one core.
 */
export const SMALL_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * Validates on the main thread while the input is small, and on `threads` worker threads from
 * the first batch submitted once `isBig()` says the input has grown past
 * {@link SMALL_INPUT_BYTES}. Batches already validated on the main thread are delivered by
 * then, so results stay in input order. `threads: 0` never starts threads; `fixed` starts them
 * for the first batch.
 *
 * @example
 * ```ts
 * const validation = new AdaptiveValidation({ kind: 'incident' }, await kindSchema('incident'), { threads: 2, fixed: false }, onResult, () => bytesRead > SMALL_INPUT_BYTES);
 * ```
 */
export class AdaptiveValidation implements Validation {
  readonly #setup: WorkerSetup;
  readonly #schema: KindSchema;
  readonly #threads: { threads: number; fixed: boolean };
  readonly #onResult: (result: WorkResult) => void;
  readonly #isBig: () => boolean;
  #inline: InlineValidation | undefined;
  #pool: ValidationPool | undefined;

  constructor(
    setup: WorkerSetup,
    schema: KindSchema,
    threads: { threads: number; fixed: boolean },
    onResult: (result: WorkResult) => void,
    isBig: () => boolean,
  ) {
    this.#setup = setup;
    this.#schema = schema;
    this.#threads = threads;
    this.#onResult = onResult;
    this.#isBig = isBig;
  }

  // The pool's module is imported when threads start: it loads node:worker_threads, which a
  // run on the main thread does not need.
  async #current(): Promise<Validation> {
    if (this.#pool !== undefined) return this.#pool;
    const { threads, fixed } = this.#threads;
    if (threads > 0 && (fixed || this.#isBig())) {
      const { ValidationPool } = await import('./worker-pool.js');
      this.#pool ??= new ValidationPool(this.#setup, threads, this.#onResult);
      return this.#pool;
    }
    this.#inline ??= new InlineValidation(this.#schema, this.#onResult);
    return this.#inline;
  }

  async submit(request: Omit<WorkRequest, 'seq'>): Promise<void> {
    return (await this.#current()).submit(request);
  }

  async drain(): Promise<void> {
    await this.#pool?.drain();
  }

  async close(): Promise<void> {
    await this.#pool?.close();
  }
}

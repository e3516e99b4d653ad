import type * as z from 'zod';
import { createRecordValidator } from '../../dataset/compiled-validator/record-validator.js';
import { createBatchChecker } from './check-batch.js';
import type { WorkRequest, WorkResult } from './worker-protocol.js';

/** What validates the batches of a run: threads ({@link ValidationPool}) or the main thread. */
export interface Validation {
  /** Validates a batch; results reach the run's callback in submission order. */
  submit(request: Omit<WorkRequest, 'seq'>): Promise<void>;
  /** Waits until every submitted batch is delivered. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Validates each batch on the main thread as it is submitted, with the same checker the workers
 * run: for small inputs, where starting threads would cost more than the validation itself.
 *
 * @example
 * ```ts
 * const inline = new InlineValidation(IncidentSchema, (result) => report(result));
 * await inline.submit({ type: 'text', ...batch }); // report() has run
 * ```
 */
export class InlineValidation implements Validation {
  readonly #check: (request: WorkRequest) => WorkResult;
  readonly #onResult: (result: WorkResult) => void;
  #seq = 0;

  constructor(schema: z.ZodType, onResult: (result: WorkResult) => void) {
    this.#check = createBatchChecker(createRecordValidator(schema));
    this.#onResult = onResult;
  }

  async submit(request: Omit<WorkRequest, 'seq'>): Promise<void> {
    this.#onResult(this.#check({ ...request, seq: this.#seq++ } as WorkRequest));
  }

  async drain(): Promise<void> {}

  async close(): Promise<void> {}
}

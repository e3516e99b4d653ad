import { createRecordValidator, type RecordIssue } from '../../dataset/compiled-validator/record-validator.js';
import type { ValidityCheck } from '../../dataset/compiled-validator/validity-check.js';
import { createBatchChecker } from './check-batch.js';
import type { KindSchema } from './kind-schema.js';
import type { WorkRequest, WorkResult } from './worker-protocol.js';

/** A stand-in issue for a record the generated check refuses: never reported, zod is asked. */
const REFUSED: readonly RecordIssue[] = Object.freeze([{ code: 'schema', path: [], message: 'refused by the generated check' }]);

/** Whether the generated check passes `value`; `false` when it throws, and zod is asked. */
export function passesQuickly(quick: ValidityCheck, value: unknown): boolean {
  try {
    return quick(value);
  } catch {
    return false;
  }
}

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
 * const inline = new InlineValidation(await kindSchema('incident'), (result) => report(result));
 * await inline.submit({ type: 'text', ...batch }); // report() has run
 * ```
 */
export class InlineValidation implements Validation {
  readonly #schema: KindSchema;
  readonly #quick: ((request: WorkRequest) => WorkResult) | undefined;
  #check: ((request: WorkRequest) => WorkResult) | undefined;
  readonly #onResult: (result: WorkResult) => void;
  #seq = 0;

  constructor(schema: KindSchema, onResult: (result: WorkResult) => void) {
    this.#schema = schema;
    const { quick } = schema;
    // Until a record fails the generated check, zod is not loaded; the first batch with a record
    // it refuses is checked again by zod, for the issues.
    this.#quick = quick === undefined ? undefined : createBatchChecker((value) => (passesQuickly(quick, value) ? [] : REFUSED));
    this.#onResult = onResult;
  }

  async submit(request: Omit<WorkRequest, 'seq'>): Promise<void> {
    const numbered = { ...request, seq: this.#seq++ } as WorkRequest;
    if (this.#check === undefined && this.#quick !== undefined) {
      const result = this.#quick(numbered);
      if (result.problems.length === 0) {
        this.#onResult(result);
        return;
      }
    }
    this.#check ??= createBatchChecker(createRecordValidator(await this.#schema.schema()));
    this.#onResult(this.#check(numbered));
  }

  async drain(): Promise<void> {}

  async close(): Promise<void> {}
}

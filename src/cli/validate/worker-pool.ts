import { Worker } from 'node:worker_threads';
import type { Validation } from './inline-validation.js';
import type { WorkerSetup, WorkRequest, WorkResult } from './worker-protocol.js';
import { ValidationStopped } from './validation-stopped.js';

/** Batches each worker may hold at once: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Validates batches on worker threads and hands results back in submission order. `submit`
 * waits while the workers are full, so a fast reader cannot pile the input up in memory.
 *
 * @example
 * ```ts
 * const pool = new ValidationPool({ kind: 'incident' }, 2, (result) => report(result));
 * await pool.submit({ type: 'text', ...batch });
 * await pool.drain();
 * await pool.close();
 * ```
 */
export class ValidationPool implements Validation {
  readonly #workers: { worker: Worker; busy: number }[];
  readonly #pending = new Map<number, WorkResult>();
  readonly #onResult: (result: WorkResult) => void;
  #nextSeq = 0;
  #nextToDeliver = 0;
  #inFlight = 0;
  #waiters: (() => void)[] = [];
  #failure: Error | undefined;
  #drained: (() => void) | undefined;
  #closing = false;

  constructor(setup: WorkerSetup, count: number, onResult: (result: WorkResult) => void) {
    this.#onResult = onResult;
    // This module is built into a chunk in dist/cli/ (tsup.config.ts), beside dist/cli-worker.js.
    const script = new URL('../cli-worker.js', import.meta.url);
    this.#workers = Array.from({ length: count }, () => {
      const entry = { worker: new Worker(script, { workerData: setup }), busy: 0 };
      entry.worker.on('message', (result: WorkResult) => {
        entry.busy--;
        this.#receive(result);
      });
      entry.worker.on('error', (error) => this.#fail(new ValidationStopped(`a validation thread failed: ${error.message}`)));
      entry.worker.on('messageerror', (error) => this.#fail(new ValidationStopped(`a validation thread sent an unreadable answer: ${error.message}`)));
      // A thread only ends when closed: any other end (process.exit in a caller's schema) loses work.
      entry.worker.on('exit', (code) => {
        if (!this.#closing) this.#fail(new ValidationStopped(`a validation thread stopped (exit code ${code}) before the run was done`));
      });
      return entry;
    });
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const wake of this.#waiters.splice(0)) wake();
    this.#drained?.();
  }

  #receive(result: WorkResult): void {
    this.#pending.set(result.seq, result);
    for (let next = this.#pending.get(this.#nextToDeliver); next !== undefined; next = this.#pending.get(this.#nextToDeliver)) {
      this.#pending.delete(this.#nextToDeliver);
      this.#nextToDeliver++;
      this.#inFlight--;
      this.#onResult(next);
    }
    this.#waiters.shift()?.();
    if (this.#inFlight === 0) this.#drained?.();
  }

  /** Sends a batch to the least busy worker, after waiting for room. */
  async submit(request: Omit<WorkRequest, 'seq'> & Partial<Pick<WorkRequest, 'seq'>>): Promise<void> {
    while (this.#failure === undefined && this.#inFlight >= this.#workers.length * IN_FLIGHT_PER_WORKER) {
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
    if (this.#failure) throw this.#failure;
    const message = { ...request, seq: this.#nextSeq++ } as WorkRequest;
    const target = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    target.busy++;
    this.#inFlight++;
    const transfer =
      message.type === 'text' ? [message.bytes.buffer, message.starts.buffer, message.ends.buffer, message.lines.buffer] : [message.lines.buffer];
    target.worker.postMessage(message, transfer as ArrayBuffer[]);
  }

  /** Waits until every submitted batch is delivered. */
  async drain(): Promise<void> {
    if (this.#inFlight > 0 && this.#failure === undefined) {
      await new Promise<void>((resolve) => (this.#drained = resolve));
    }
    if (this.#failure) throw this.#failure;
  }

  /** Ends the threads. */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map((w) => w.worker.terminate()));
  }
}

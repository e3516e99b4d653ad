import type { WriteStream } from 'node:tty';

const FIRST_AFTER_MS = 1000;
const EVERY_MS = 250;

/**
 * A one-line progress display on a terminal's stderr: records and MiB read, and the share of
 * the file when its size is known. It appears only once a run has taken a second, and is
 * erased at the end so that the report stays clean. `now` is the clock (milliseconds); tests
 * pass their own, so nothing depends on the machine's speed.
 *
 * @example
 * ```ts
 * const progress = new Progress(process.stderr, 1_000_000_000);
 * progress.update(50_000, 48_000_000); // after a second: "validate: 50,000 records, 45.8 MiB (5%)"
 * progress.done();
 * ```
 */
export class Progress {
  readonly #out: WriteStream;
  readonly #total: number | undefined;
  readonly #now: () => number;
  readonly #started: number;
  #last = 0;
  #shown = false;

  constructor(out: Pick<WriteStream, 'write'>, totalBytes?: number, now: () => number = Date.now) {
    this.#out = out as WriteStream;
    this.#total = totalBytes;
    this.#now = now;
    this.#started = now();
  }

  /** Shows the counts, at most every quarter second and only once the run has taken a second. */
  update(records: number, bytes: number): void {
    const now = this.#now();
    if (now - this.#started < FIRST_AFTER_MS || now - this.#last < EVERY_MS) return;
    this.#last = now;
    const share = this.#total ? ` (${Math.floor((100 * bytes) / this.#total)}%)` : '';
    this.#out.write(`\r\x1b[Kvalidate: ${records.toLocaleString('en')} records, ${(bytes / 1048576).toFixed(1)} MiB${share}`);
    this.#shown = true;
  }

  /** Erases the display, if it was shown. */
  done(): void {
    if (this.#shown) this.#out.write('\r\x1b[K');
  }
}

/**
 * Two 32-bit FNV-1a style hashes of a string, started from the run's secret key: together a
 * 64-bit fingerprint. Without the key, two different ids that share a fingerprint could be
 * found offline in minutes (a birthday search over 64 bits) and made to look like one id.
 */
function fingerprint(text: string, key: Uint32Array): [number, number] {
  let a = 0x811c9dc5 ^ key[0]!;
  let b = (0x01000193 ^ text.length ^ key[1]!) >>> 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // 0/0 marks an empty slot, so a real fingerprint never takes it.
  return [a >>> 0 || 1, b >>> 0];
}

/**
 * Remembers the ids seen so far and the line each was first seen on, in 24 to 48 bytes an id
 * (12 a slot, the table doubling when half full) rather than the id itself, so that a file of millions of records keeps memory small. Ids are
 * compared by a 64-bit fingerprint keyed at random for each run: two different ids collide
 * with a probability of about n² / 2⁶⁵ (one in 37 million at a million ids), reported as a
 * duplicate, and the key keeps anyone from making a file whose ids collide on purpose.
 *
 * @example
 * ```ts
 * const seen = new DuplicateIds();
 * seen.firstLine('iskp', 3); // => undefined
 * seen.firstLine('iskp', 9); // => 3
 * ```
 */
export class DuplicateIds {
  /** Random for each run, so that no file can be made whose different ids collide. */
  readonly #key = crypto.getRandomValues(new Uint32Array(2));
  #capacity = 1 << 16;
  #a = new Uint32Array(this.#capacity);
  #b = new Uint32Array(this.#capacity);
  #lines = new Uint32Array(this.#capacity);
  #size = 0;

  /** Records `id` as seen on `line`; returns the line it was first seen on, if it was. */
  firstLine(id: string, line: number): number | undefined {
    const [a, b] = fingerprint(id, this.#key);
    const found = this.#find(a, b);
    if (this.#a[found] !== 0) return this.#lines[found];
    this.#a[found] = a;
    this.#b[found] = b;
    this.#lines[found] = line;
    if (++this.#size * 2 > this.#capacity) this.#grow();
    return undefined;
  }

  #find(a: number, b: number): number {
    const mask = this.#capacity - 1;
    let slot = (a ^ b) & mask;
    while (this.#a[slot] !== 0 && (this.#a[slot] !== a || this.#b[slot] !== b)) slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const [oldA, oldB, oldLines] = [this.#a, this.#b, this.#lines];
    this.#capacity *= 2;
    this.#a = new Uint32Array(this.#capacity);
    this.#b = new Uint32Array(this.#capacity);
    this.#lines = new Uint32Array(this.#capacity);
    for (let i = 0; i < oldA.length; i++) {
      if (oldA[i] === 0) continue;
      const slot = this.#find(oldA[i]!, oldB[i]!);
      this.#a[slot] = oldA[i]!;
      this.#b[slot] = oldB[i]!;
      this.#lines[slot] = oldLines[i]!;
    }
  }
}

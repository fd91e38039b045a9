/**
 * A set of record ids that only grows: every tweet id of a TWCS file, kept to catch duplicates and late
 * replies. Ids that are integers from 0 to 2^31 - 2 (TWCS's are) go into an open-addressing table of
 * 32-bit integers, 8 bytes per id at most and outside the garbage-collected heap; a JavaScript Set of
 * numbers costs about 28 bytes per id and is traced by every full collection. Other ids (strings, larger
 * numbers) go into a plain Set.
 *
 * @example
 * const ids = new IdSet();
 * ids.add(42); ids.add("1245403438755852288");
 * [ids.has(42), ids.has(43), ids.has("1245403438755852288"), ids.size]; // => [true, false, true, 2]
 */
export class IdSet {
  /** Slots hold id + 1; 0 is an empty slot. */
  private slots = new Int32Array(1 << 10);
  /** 32 - log2(slots): the hash's top bits pick the slot (Fibonacci hashing). */
  private shift = 22;
  private used = 0;
  private readonly others = new Set<number | string>();

  /** How many distinct ids were added. */
  get size(): number {
    return this.used + this.others.size;
  }

  add(id: number | string): void {
    this.insert(id);
  }

  /**
   * Adds `id`; false when it was there already (has and add in one probe).
   *
   * @example
   * const ids = new IdSet();
   * [ids.insert(7), ids.insert(7)]; // => [true, false]
   */
  insert(id: number | string): boolean {
    if (!isSmallId(id)) {
      if (this.others.has(id)) return false;
      this.others.add(id);
      return true;
    }
    const slot = this.find(id);
    if (this.slots[slot] !== 0) return false;
    this.slots[slot] = id + 1;
    // Kept at most half full, so probes stay short.
    if (++this.used * 2 > this.slots.length) this.grow();
    return true;
  }

  has(id: number | string): boolean {
    return isSmallId(id) ? this.slots[this.find(id)] !== 0 : this.others.has(id);
  }

  /** The slot holding `id`, or the empty slot where it would go (linear probing). */
  private find(id: number): number {
    const mask = this.slots.length - 1;
    const stored = id + 1;
    let slot = Math.imul(id, 0x9e3779b1) >>> this.shift;
    for (let value = this.slots[slot]!; value !== 0 && value !== stored; value = this.slots[slot]!) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.shift--;
    for (const value of old) if (value !== 0) this.slots[this.find(value - 1)] = value;
  }
}

/** An integer id that fits a slot (id + 1 must be a positive 32-bit integer). */
function isSmallId(id: number | string): id is number {
  return typeof id === "number" && Number.isInteger(id) && id >= 0 && id < 0x7fffffff;
}

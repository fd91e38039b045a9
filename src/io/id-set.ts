/**
 * A set of record ids that only grows: every tweet id of a TWCS file, kept to catch duplicates and late
 * replies. Ids that are integers from 0 to 2^31 - 2 (TWCS's are) go into a bitmap while they are dense
 * enough (it covers at most 32 ids per id held, plus 2 million: 4 bytes per id at most; TWCS numbers its
 * tweets from 1, so a file's ids are dense, and consecutive ids share a cache line), else into an
 * open-addressing table of 32-bit integers (8 to 16 bytes per id). Both are outside the garbage-collected
 * heap; a JavaScript Set of numbers costs about 28 bytes per id and is traced by every full collection.
 * Other ids (strings, larger numbers) go into a plain Set.
 *
 * @example
 * const ids = new IdSet();
 * ids.add(42); ids.add("1245403438755852288");
 * [ids.has(42), ids.has(43), ids.has("1245403438755852288"), ids.size]; // => [true, false, true, 2]
 */
export class IdSet {
  /** Bit i of word w: id 32w + i. Ids below 32 × its length are here, never in the table. */
  private bits = new Uint32Array(0);
  /** How many ids the bitmap holds. */
  private dense = 0;
  /** Slots hold id + 1; 0 is an empty slot. */
  private slots = new Int32Array(1 << 10);
  /** 32 - log2(slots): the hash's top bits pick the slot (Fibonacci hashing). */
  private shift = 22;
  private used = 0;
  private readonly others = new Set<number | string>();

  /** How many distinct ids were added. */
  get size(): number {
    return this.dense + this.used + this.others.size;
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
    if (id >>> 5 < this.bits.length || this.cover(id)) {
      const word = id >>> 5;
      const bit = 1 << (id & 31);
      if ((this.bits[word]! & bit) !== 0) return false;
      this.bits[word] = this.bits[word]! | bit;
      this.dense++;
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
    if (!isSmallId(id)) return this.others.has(id);
    if (id >>> 5 < this.bits.length) return (this.bits[id >>> 5]! & (1 << (id & 31))) !== 0;
    return this.slots[this.find(id)] !== 0;
  }

  /**
   * Widens the bitmap to cover `id` when that keeps it within 32 ids per id held (plus 2^21), moving
   * the table's ids it now covers into it; false when `id` is too far out (it goes into the table).
   */
  private cover(id: number): boolean {
    const needed = (id >>> 5) + 1;
    const allowed = this.size + 65536;
    if (needed > allowed) return false;
    const words = Math.min(allowed, Math.max(needed, 2 * this.bits.length, 1024));
    const bits = new Uint32Array(words);
    bits.set(this.bits);
    this.bits = bits;
    if (this.used === 0) return true;
    const old = this.slots;
    this.slots = new Int32Array(old.length);
    this.used = 0;
    for (const value of old) {
      if (value === 0) continue;
      const moved = value - 1;
      if (moved >>> 5 < words) {
        bits[moved >>> 5] = bits[moved >>> 5]! | (1 << (moved & 31));
        this.dense++;
      } else {
        this.slots[this.find(moved)] = value;
        this.used++;
      }
    }
    return true;
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

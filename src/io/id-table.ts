/**
 * A map from record ids to values, for tables that see many inserts and deletes (the TWCS reader's open
 * threads: every tweet id is set once and deleted once). Ids that are integers from 0 to 2^31 - 2 go into
 * an open-addressing table (linear probing, deletion by backward shift, so no tombstones): an Int32Array
 * of keys beside an array of values, no entry object and no hash of a boxed key per operation. Other ids
 * (strings, larger numbers) go into a plain Map.
 *
 * @example
 * const table = new IdTable<string>();
 * table.set(42, "a"); table.set("1245403438755852288", "b"); table.delete(42);
 * [table.get(42), table.get("1245403438755852288"), table.size]; // => [undefined, "b", 1]
 */
export class IdTable<V> {
  /** Slots hold id + 1; 0 is an empty slot. */
  private keys = new Int32Array(1 << 8);
  private values: (V | undefined)[] = new Array<V | undefined>(1 << 8).fill(undefined);
  /** 32 - log2(slots): the hash's top bits pick the slot (Fibonacci hashing). */
  private shift = 24;
  private used = 0;
  private readonly others = new Map<number | string, V>();

  /** How many ids have a value. */
  get size(): number {
    return this.used + this.others.size;
  }

  get(id: number | string): V | undefined {
    if (!isSmallId(id)) return this.others.get(id);
    const slot = this.find(id);
    return this.keys[slot] === 0 ? undefined : this.values[slot];
  }

  set(id: number | string, value: V): void {
    if (!isSmallId(id)) {
      this.others.set(id, value);
      return;
    }
    const slot = this.find(id);
    this.values[slot] = value;
    if (this.keys[slot] !== 0) return;
    this.keys[slot] = id + 1;
    // Kept at most half full, so probes stay short.
    if (++this.used * 2 > this.keys.length) this.grow();
  }

  /** Removes the id's value; false when it had none. */
  delete(id: number | string): boolean {
    if (!isSmallId(id)) return this.others.delete(id);
    const keys = this.keys;
    const mask = keys.length - 1;
    let hole = this.find(id);
    if (keys[hole] === 0) return false;
    // Backward shift: pull later entries of the run into the hole while their home slot allows it, so
    // every entry stays reachable from its home slot without tombstones.
    for (let slot = (hole + 1) & mask; keys[slot] !== 0; slot = (slot + 1) & mask) {
      const home = this.home(keys[slot]! - 1);
      // The entry may move to the hole when the hole lies cyclically within [home, slot).
      if (((slot - home) & mask) >= ((slot - hole) & mask)) {
        keys[hole] = keys[slot]!;
        this.values[hole] = this.values[slot];
        hole = slot;
      }
    }
    keys[hole] = 0;
    this.values[hole] = undefined;
    this.used--;
    return true;
  }

  /** Every value, in no particular order. */
  *allValues(): IterableIterator<V> {
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== 0) yield this.values[slot]!;
    yield* this.others.values();
  }

  private home(id: number): number {
    return Math.imul(id, 0x9e3779b1) >>> this.shift;
  }

  /** The slot holding `id`, or the empty slot where it would go. */
  private find(id: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    const stored = id + 1;
    let slot = this.home(id);
    for (let value = keys[slot]!; value !== 0 && value !== stored; value = keys[slot]!) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.values = new Array<V | undefined>(oldKeys.length * 2).fill(undefined);
    this.shift--;
    for (let slot = 0; slot < oldKeys.length; slot++) {
      const value = oldKeys[slot]!;
      if (value === 0) continue;
      const to = this.find(value - 1);
      this.keys[to] = value;
      this.values[to] = oldValues[slot];
    }
  }
}

/** An integer id that fits a slot (id + 1 must be a positive 32-bit integer). */
function isSmallId(id: number | string): id is number {
  return typeof id === "number" && Number.isInteger(id) && id >= 0 && id < 0x7fffffff;
}

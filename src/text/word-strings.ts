/**
 * A table of the strings of short ASCII words, shared by all messages: a word met again (most are: "the",
 * "your", "dm") is given the strings made the first time instead of a new copy of its characters. Fewer
 * young strings to collect, and the table's strings keep the hash V8 caches in them, so the lookups by
 * word that follow (word kinds, stems) do not hash the word again. The table is keyed by one word's
 * characters, never by a message's text: it helps real data, where words repeat, as much as the bench.
 *
 * A word is found by its exact key (its characters as base-128 digits, see {@link wordKey}), compared
 * as two numbers: the word's characters are not read again. Direct-mapped: each slot holds the last word
 * whose key lands there, so the table stays bounded.
 *
 * @example
 * const table = new WordStrings(1024);
 * const [high, low] = wordKey("Hi Ana, hi", 0, 2);
 * const slot = table.slot("Hi Ana, hi", 0, 2, high, low);
 * [table.raw[slot], table.lower[slot]]; // => ["Hi", "hi"]
 * table.slot("Hi Ana, hi", 0, 2, high, low) === slot; // => true (the same strings, found again)
 */
export class WordStrings {
  /** Each slot's word as written. */
  readonly raw: string[];
  /** Each slot's word lower-cased. */
  readonly lower: string[];
  /** Each slot's key: high part at 2 * slot, low part at 2 * slot + 1 (0, 0: empty). */
  readonly #keys: Float64Array;
  readonly #mask: number;

  /** `size`: the number of slots, a power of two. */
  constructor(size: number) {
    this.raw = new Array<string>(size).fill("");
    this.lower = new Array<string>(size).fill("");
    this.#keys = new Float64Array(2 * size);
    this.#mask = size - 1;
  }

  /**
   * The slot holding the word text[start, end), put there if it is not: `raw[slot]` and `lower[slot]`
   * are its strings. The word must be ASCII, of 1 to {@link LONGEST} characters (V8 copies those out of
   * their text, where a longer one can be a slice that would keep the whole text alive), and
   * `high`, `low` its {@link wordKey}.
   */
  slot(text: string, start: number, end: number, high: number, low: number): number {
    const mixed = Math.imul((high | 0) ^ Math.imul((high / 0x100000000) | 0, 0x9e3779b1) ^ Math.imul(low | 0, 0x85ebca6b), 0x01000193);
    const slot = (mixed ^ (mixed >>> 15)) & this.#mask;
    const keys = this.#keys;
    if (keys[2 * slot] === high && keys[2 * slot + 1] === low) return slot;
    const raw = text.slice(start, end);
    const lower = raw.toLowerCase();
    keys[2 * slot] = high;
    keys[2 * slot + 1] = low;
    this.raw[slot] = raw;
    // A word that is its own lower-case form ("dm") has one string.
    this.lower[slot] = lower === raw ? raw : lower;
    return slot;
  }
}

/** The longest word the table takes. */
export const LONGEST = 12;

/**
 * The exact key of an ASCII word of 1 to 12 characters: its first 7 character codes as base-128 digits
 * (`high`, below 2^49) and the next 5 (`low`). No character code is 0 in a word, so two words have the
 * same key only when they are the same. wordsWhere works it out during its scan; this is the definition.
 *
 * @example
 * wordKey("a dm", 2, 4); // => [100 * 128 + 109, 0]
 */
export function wordKey(text: string, start: number, end: number): [high: number, low: number] {
  let high = 0;
  let low = 0;
  for (let i = start; i < end; i++) {
    if (i - start < 7) high = high * 128 + text.charCodeAt(i);
    else low = low * 128 + text.charCodeAt(i);
  }
  return [high, low];
}

/**
 * A table of the strings of short words, shared by all messages: a word met again (most are: "the",
 * "your", "dm") is given the strings made the first time instead of a new copy of its characters. Fewer
 * young strings to collect, and the table's strings keep the hash V8 caches in them, so the lookups by
 * word that follow (word kinds, stems) do not hash the word again. The table is keyed by one word's
 * characters, never by a message's text: it helps real data, where words repeat, as much as the bench.
 *
 * Direct-mapped: each slot holds the last word whose characters hash to it, so the table stays bounded.
 *
 * @example
 * const table = new WordStrings(1024);
 * const slot = table.slot("Hi Ana, hi", 0, 2, 7);
 * [table.raw[slot], table.lower[slot]]; // => ["Hi", "hi"]
 * table.slot("Hi Ana, hi", 0, 2, 7) === slot; // => true (the same strings, found again)
 */
export class WordStrings {
  /** Each slot's word as written. */
  readonly raw: string[];
  /** Each slot's word lower-cased, curly apostrophes read as straight ones. */
  readonly lower: string[];
  readonly #mask: number;

  /** `size`: the number of slots, a power of two. */
  constructor(size: number) {
    this.raw = new Array<string>(size).fill("");
    this.lower = new Array<string>(size).fill("");
    this.#mask = size - 1;
  }

  /**
   * The slot holding the word text[start, end), put there if it is not: `raw[slot]` and `lower[slot]`
   * are its strings. `hash`: any number that depends only on the word's characters (the same word must
   * give the same hash; a good one spreads words over the slots). Keep words short (under 13 characters): V8 copies those out of their text, where a
   * longer one can be a slice that would keep the whole text alive.
   */
  slot(text: string, start: number, end: number, hash: number): number {
    const slot = (hash ^ (hash >>> 15)) & this.#mask;
    const kept = this.raw[slot]!;
    if (kept.length === end - start && text.startsWith(kept, start)) return slot;
    const raw = text.slice(start, end);
    const lower = raw.toLowerCase().replaceAll("’", "'");
    this.raw[slot] = raw;
    // A word that is its own lower-case form ("dm") has one string.
    this.lower[slot] = lower === raw ? raw : lower;
    return slot;
  }
}

/** Whether `text` holds the characters of `word` from `start`. */
function sameCharacters(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

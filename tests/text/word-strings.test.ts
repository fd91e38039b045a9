import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordStrings } from "../../src/text/word-strings.js";

describe("WordStrings", () => {
  it("gives each word its own characters and their lower-case form, however slots are shared", () => {
    // Four slots and a hash that sends many words to one slot: words keep replacing each other.
    const table = new WordStrings(4);
    const word = fc.constantFrom("a", "A", "ab", "Ab", "ba", "x’y", "X'Y", "É", "é", "ab’", "9");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.nat(3), (list, salt) => {
        const text = list.join(" ");
        let at = 0;
        for (const w of list) {
          const slot = table.slot(text, at, at + w.length, w.length + salt);
          expect(table.raw[slot]).toBe(w);
          expect(table.lower[slot]).toBe(w.toLowerCase().replaceAll("’", "'"));
          at += w.length + 1;
        }
      }),
      { numRuns: 500, seed: 5 },
    );
  });
  it("finds a word met again in the same slot, with the same strings", () => {
    const table = new WordStrings(1024);
    const first = table.slot("Hi Ana", 3, 6, 42);
    const raw = table.raw[first];
    expect(table.slot("Ana, hi", 0, 3, 42)).toBe(first);
    expect(table.raw[first]).toBe(raw);
    expect(table.lower[first]).toBe("ana");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LONGEST, WordStrings, wordKey } from "../../src/text/word-strings.js";
import { words } from "../../src/text/words.js";

describe("WordStrings", () => {
  it("gives each word its own characters and their lower-case form, however slots are shared", () => {
    // Two slots: words keep replacing each other.
    const table = new WordStrings(2);
    const word = fc.constantFrom("a", "A", "ab", "Ab", "ba", "X'Y", "x'y", "don't", "e-mail", "9", "abcdefg", "abcdefgh", "ABCDEFGHIJKL", "abcdefghijkl");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (list) => {
        const text = list.join(" ");
        let at = 0;
        for (const w of list) {
          const slot = table.slot(text, at, at + w.length, ...wordKey(text, at, at + w.length));
          expect(table.raw[slot]).toBe(w);
          expect(table.lower[slot]).toBe(w.toLowerCase());
          at += w.length + 1;
        }
      }),
      { numRuns: 500, seed: 5 },
    );
  });
  it("finds a word met again in the same slot, with the same strings", () => {
    const table = new WordStrings(1024);
    const first = table.slot("Hi Ana", 3, 6, ...wordKey("Hi Ana", 3, 6));
    const raw = table.raw[first];
    expect(table.slot("Ana, hi", 0, 3, ...wordKey("Ana, hi", 0, 3))).toBe(first);
    expect(table.raw[first]).toBe(raw);
    expect(table.lower[first]).toBe("ana");
  });
});

describe("wordKey", () => {
  it("is the same for two words exactly when they are the same word", () => {
    const ascii = fc.stringMatching(/^[A-Za-z0-9'-]{1,12}$/);
    fc.assert(
      fc.property(ascii, ascii, (a, b) => {
        expect(wordKey(a, 0, a.length).join() === wordKey(b, 0, b.length).join()).toBe(a === b);
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect(wordKey("abcdefgab", 7, 9)).toEqual(wordKey("ab", 0, 2));
  });
  it("is the key wordsWhere uses: a word is the same string wherever it is met", () => {
    const [first, second] = [words("Sorry, Ana. sorry again, ana.")[0]!, words("Sorry, Ana. sorry again, ana.")[0]!];
    expect(first.raw).toBe(second.raw);
    expect(LONGEST).toBe(12);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WORD, words, wordsWhere } from "../../src/text/words.js";

/** The definition: the Unicode word pattern, curly apostrophes read as straight ones. */
const definition = (text: string) =>
  [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0], lower: m[0].toLowerCase().replaceAll("’", "'") }));

/** words() equals the definition on every text joined from these pieces. */
function agreesWithDefinition(pieces: string[], seed: number): void {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (parts) => {
      const text = parts.join("");
      expect(words(text)).toEqual(definition(text));
    }),
    { numRuns: 3000, seed },
  );
}

describe("words(text) on pure-ASCII text (the character-code scan)", () => {
  it("finds what the word pattern finds", () => {
    agreesWithDefinition(["a", "Z", "0", "9", "'", "-", "--", "''", " ", "\t", ".", "@", "_", "`", "[", "{", "/", ":", "Don't", "e-mail"], 11);
  });
  it("keeps contractions and hyphenated words whole, not a trailing apostrophe or hyphen", () => {
    expect(words("We'll re-check it- 'now' x--y").map((w) => w.raw)).toEqual(["We'll", "re-check", "it", "now", "x", "y"]);
  });
});

describe("words(text) on any text", () => {
  it("finds what the word pattern finds: accents, other scripts, letters beyond the BMP, emoji, lone surrogates", () => {
    agreesWithDefinition(["a", "É", "é", "ß", "İ", "我", "٣", "𝐀", "😀", "👍🏽", "\ud800", "\udc00", "’", "'", "-", " ", "\u00a0", "x’y", "7"], 17);
  });
});

describe("wordsWhere(text, keep)", () => {
  it("is words(text) filtered by start, on ASCII and non-ASCII text", () => {
    const piece = fc.constantFrom("we", "Don't", "é", "’", " ", "-", "7", "@x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.nat(40), (parts, from) => {
        const text = parts.join("");
        expect(wordsWhere(text, (start) => start >= from)).toEqual(words(text).filter((w) => w.start >= from));
      }),
      { numRuns: 1000, seed: 3 },
    );
  });
});

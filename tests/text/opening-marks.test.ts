import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutOpeningMarks } from "../../src/text/dialogue-acts.js";

// Openings made of the characters the shortcut decides on: ASCII letters and digits (returned as they
// are), the ASCII characters next to them in the code table, white space, punctuation and symbols, and
// letters beyond ASCII.
const piece = fc.constantFrom("a", "Z", "0", "9", "@", "[", "`", "{", "_", "^", "-", "(", "'", "’", "“", " ", "\u00a0", "\n", "–", "…", "é", "Ä", "🙂", "\ud83d", "$", "+", "word");
const texts = fc.oneof(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")), fc.string({ unit: "binary", maxLength: 8 }));

describe("withoutOpeningMarks", () => {
  it("drops what /^[\\s\\p{P}]{0,3}/u drops", () => {
    fc.assert(fc.property(texts, (text) => withoutOpeningMarks(text) === text.replace(/^[\s\p{P}]{0,3}/u, "")), { numRuns: 20000 });
  });

  it("keeps a text that opens with a letter or digit", () => {
    expect(withoutOpeningMarks("Try again")).toBe("Try again");
    expect(withoutOpeningMarks("- Try again")).toBe("Try again");
    expect(withoutOpeningMarks("")).toBe("");
  });
});

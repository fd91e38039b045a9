import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMAIL, emailSpans } from "../../src/text/email-spans.js";
import { matchSpans } from "../../src/text/spans.js";
import { words } from "../../src/text/words.js";

describe("emailSpans(text)", () => {
  it("finds addresses, not @handles", () => {
    expect(emailSpans("@Acme mail me at ana.b@example.co.uk now")).toEqual([{ start: 17, end: 36 }]);
    expect(emailSpans("@Acme @bob hi")).toEqual([]);
  });
  it("finds exactly what the EMAIL regex finds, on any text", () => {
    const piece = fc.constantFrom("a", "B", "7", "_", ".", "+", "-", "@", " ", "é", "x.com", "@x", "a".repeat(70));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(emailSpans(text)).toEqual(matchSpans(text, EMAIL));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});

describe("words(text) on ASCII and non-ASCII text", () => {
  it("gives on ASCII text what the Unicode pattern gives", () => {
    const piece = fc.constantFrom("we", "Don't", "e-mail", "'", "-", "’", "é", " ", "1", "!", "x'y'z", "--a");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        const unicode = [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0], lower: m[0].toLowerCase().replaceAll("’", "'") }));
        expect(words(text)).toEqual(unicode);
      }),
      { numRuns: 1000, seed: 9 },
    );
  });
});

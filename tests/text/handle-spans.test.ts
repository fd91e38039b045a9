import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HANDLE, handleSpans } from "../../src/text/text-features.js";
import { matchSpans } from "../../src/text/spans.js";

describe("handleSpans(text)", () => {
  it("finds what the handle pattern finds: after word characters or another @, long runs, non-ASCII", () => {
    const piece = fc.constantFrom("@", "@@", "a", "Z", "_", "7", " ", ".", "é", "😀", "x".repeat(49), "y".repeat(51), "@Acme", "a@b", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(handleSpans(text)).toEqual(matchSpans(text, HANDLE));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
  it("finds handles, not e-mail addresses' @", () => {
    expect(handleSpans("@Acme hi @bo_2 a@b")).toEqual([
      { start: 0, end: 5 },
      { start: 9, end: 14 },
    ]);
  });
});

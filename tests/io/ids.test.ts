import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainId, normalizeId } from "../../src/io/ids.js";

describe("normalizeId(raw)", () => {
  // Found with the broken-exports corpus: two TWCS files joined with `cat` leave the second one's
  // byte-order mark before a tweet_id, and the row was rejected for an id that looked right.
  it("repairs an id behind a byte-order mark or a no-break space, and says so", () => {
    expect(normalizeId("\uFEFF119240")).toEqual({ id: "119240", repaired: true });
    expect(normalizeId("119240\u00a0")).toEqual({ id: "119240", repaired: true });
    expect(normalizeId("119240")).toEqual({ id: "119240", repaired: false });
  });
});

describe("isPlainId(raw)", () => {
  it("is true exactly when normalizeId returns the text unrepaired", () => {
    const parts = fc.constantFrom("1", "0", "84", ".", ".0", "0.0", " ", "\uFEFF", "\u00a0", "\t", "x", "");
    fc.assert(
      fc.property(fc.oneof(fc.array(parts, { maxLength: 6 }).map((p) => p.join("")), fc.string({ maxLength: 8 })), (raw) => {
        const { id, repaired } = normalizeId(raw);
        expect(isPlainId(raw)).toBe(id === raw && !repaired);
      }),
      { numRuns: 5_000 },
    );
  });
});

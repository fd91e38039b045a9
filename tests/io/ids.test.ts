import { describe, expect, it } from "vitest";
import { normalizeId } from "../../src/io/ids.js";

describe("normalizeId(raw)", () => {
  // Found with the broken-exports corpus: two TWCS files joined with `cat` leave the second one's
  // byte-order mark before a tweet_id, and the row was rejected for an id that looked right.
  it("repairs an id behind a byte-order mark or a no-break space, and says so", () => {
    expect(normalizeId("\uFEFF119240")).toEqual({ id: "119240", repaired: true });
    expect(normalizeId("119240\u00a0")).toEqual({ id: "119240", repaired: true });
    expect(normalizeId("119240")).toEqual({ id: "119240", repaired: false });
  });
});

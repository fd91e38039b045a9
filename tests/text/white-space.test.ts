import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpaceAt } from "../../src/text/white-space.js";

describe("isSpaceAt", () => {
  it("agrees with /\\s/ on every UTF-16 code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}`;
      if (isSpaceAt(text, 1) !== /\s/.test(text[1]!)) expect.fail(`code unit ${code.toString(16)}`);
    }
  });

  it("reads the character at the index, anywhere in a text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), fc.nat(), (text, n) => {
      if (text.length === 0) return;
      const i = n % text.length;
      expect(isSpaceAt(text, i)).toBe(/\s/.test(text[i]!));
    }));
  });
});

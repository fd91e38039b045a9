import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GREETING, GREETING_NAME, GREETING_PHRASES, greetingBeforeCapital, maskedText } from "../../src/text/mask.js";
import { textFeatures } from "../../src/text/text-features.js";
import { expand } from "./expand-alternatives.js";

describe("maskedText", () => {
  it("masks names after a greeting and closing a sentence", () => {
    expect(maskedText(textFeatures("@105836 Hi Miriam, DM us your order 5521 https://t.co/x ^MM", "agent"))).toBe("hi <name>, dm us your order <num> <link>");
    expect(maskedText(textFeatures("@x Thank you,  Ana Lee! Glad to help, Bo.", "agent"))).toBe("thank you <name>! glad to help, <name>.");
    expect(maskedText(textFeatures("@x DM us, Please", "agent"))).toBe("dm us, <name>");
  });
});

describe("greetingBeforeCapital(body)", () => {
  it("lists the greetings of the greeting-name pattern", () => {
    expect(new Set(expand(GREETING.replace(/\[\w(\w)\]/g, "$1")))).toEqual(new Set(GREETING_PHRASES));
  });
  it("is true wherever the greeting-name pattern finds a name", () => {
    const piece = fc.constantFrom("Hi", "hi", "Hiya", "Thank you", "thanks", "Ok", "okay", "Glad", "Ana", "DM", "I", "é", "É", "x", " ", "   ", "\u00a0", "\n", ",", ", ", ".", "!", "😀");
    let matched = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const body = parts.join("");
        GREETING_NAME.lastIndex = 0;
        const found = GREETING_NAME.test(body);
        if (found) matched++;
        if (!greetingBeforeCapital(body)) expect(found).toBe(false);
      }),
      { numRuns: 20000, seed: 21 },
    );
    expect(matched).toBeGreaterThan(500);
  });
});

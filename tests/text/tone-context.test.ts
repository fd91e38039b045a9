import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isOnlyThanks } from "../../src/text/tone-context.js";

/** The definition isOnlyThanks counts by hand: what is left without thanks, white space and marks. */
function definition(body: string): boolean {
  if (body.includes("?") || /\b(?:ok|okay|k|done|did|yes|yeah|yep|yup|sure|check|(?:will|'ll) (?:do|try|dm|check|give)|sent|dm(?:'?ing|ed)|noted|got it|alright|understood)\b/i.test(body)) return false;
  const thanks = /\b(?:thanks?|thank you|thank u|thanx|thnx|thx|ty|tysm|tyvm|so much|very much|a lot|again|guys|team|folks|all|for that|for this|great|kindly|cool|lol|haha|you too|have a (?:nice|great|good|lovely) day)\b/gi;
  return body.replace(thanks, "").replace(/[\s\p{P}\p{S}]/gu, "").length <= 12;
}

describe("isOnlyThanks", () => {
  it.each([
    ["Thank you so much guys!", true],
    ["OK thanks", false],
    ["thanks 😊😊😊😊😊😊😊", true],
    ["thanks for the quick reply", false],
    ["\ud83dthanks\ude00", true],
    ["\ud83d\ud83d\ud83d\ud83d\ud83d\ud83d\ud83d thanks \ude00\ude00\ude00\ude00\ude00\ude00", false],
  ])("%j -> %s", (text, expected) => {
    expect(isOnlyThanks(text)).toBe(expected);
    expect(definition(text)).toBe(expected);
  });

  it("agrees with the definition (two replacements and a length)", () => {
    const piece = fc.constantFrom("thanks", "Thank you", "so much", "guys", "ty", "great", "have a nice day", " ", "!", ".", ",", "\t", "\n", "a", "bc", "xyz123", "é", "😊", "\ud83d", "\ude00", "$", "~", "\u0007", "\u00a0", "¿", "?", "ok", "hello there");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.constantFrom("", " "), (parts, glue) => {
        const text = parts.join(glue);
        expect(isOnlyThanks(text)).toBe(definition(text));
      }),
      { seed: 5, numRuns: 5000 },
    );
  });
});

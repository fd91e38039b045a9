import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isContentWord, isTopicWord, sharedContentWords, sharesContentWords } from "../../src/text/customer-overlap.js";
import { stem } from "../../src/text/words.js";
import { textFeatures } from "../../src/text/text-features.js";
import { GENERIC_WORDS, PHATIC_WORDS } from "../../src/text/generic-words.js";

const VOCABULARY = ["airpods", "AirPod", "disconnecting", "disconnects", "account", "app", "help", "sorry", "youtube", "TeamYouTube", "7", "42", "2fa", "the", "order", "orders", "refund", "refunds", "crashing", "crash", "please", "dm", "it's", "@ana", "https://t.co/x", "Zoom", "installer"];
const text = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 }).map((words) => words.join(" "));

/** The overlap as first written: a filter over the reply's words, stemming each one again. */
function reference(replyText: string, customerTexts: string[], loose: boolean, brand: string): string[] {
  const keep = loose ? isTopicWord : isContentWord;
  const names = [brand.toLowerCase()];
  const notContent = (word: string) => word.length >= 4 && names.some((name) => name.includes(word));
  const said = customerTexts.map((t) => textFeatures(t, "customer").words.filter((w) => keep(w.lower)));
  if (said.every((words) => words.length === 0)) return [];
  return textFeatures(replyText, "agent")
    .words.filter((w) => keep(w.lower) && !notContent(w.lower) && said.some((words) => words.some((c) => stem(c.lower) === stem(w.lower) && !notContent(c.lower))))
    .map((w) => w.raw);
}

describe("sharedContentWords", () => {
  it("finds the reply's words the customer used, by stem", () => {
    const reply = textFeatures("@x Sorry your AirPods keep disconnecting", "agent");
    expect(sharedContentWords(reply, [textFeatures("my left AirPod disconnects", "customer")]).map((w) => w.raw)).toEqual(["AirPods", "disconnecting"]);
  });

  it("leaves the brand's name out, strictly and loosely", () => {
    const reply = textFeatures("Your YouTube account", "agent");
    const customer = [textFeatures("youtube account locked", "customer")];
    expect(sharedContentWords(reply, customer, { notContent: ["TeamYouTube"] }).map((w) => w.raw)).toEqual([]);
    expect(sharedContentWords(reply, customer, { loose: true, notContent: ["TeamYouTube"] }).map((w) => w.raw)).toEqual(["account"]);
  });

  it("matches the plain filter it replaced, for the same features asked strictly and loosely in any order", () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), fc.constantFrom("TeamYouTube", "AppleSupport"), (replyText, customerTexts, modes, brand) => {
        const reply = textFeatures(replyText, "agent");
        const customer = customerTexts.map((t) => textFeatures(t, "customer"));
        for (const loose of modes) {
          const expected = reference(replyText, customerTexts, loose, brand);
          expect(sharedContentWords(reply, customer, { loose, notContent: [brand] }).map((w) => w.raw)).toEqual(expected);
          expect(sharesContentWords(reply, customer, { loose, notContent: [brand] })).toBe(expected.length > 0);
        }
      }),
    );
  });
});

describe("isContentWord / isTopicWord on short words and numbers", () => {
  it("are the regex definitions (length 3+ or a digit, not a one- or two-digit number, not generic)", () => {
    const piece = fc.constantFrom("a", "1", "9", "x", "0", "é", "٣", "my", "dm");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 3 }), (parts) => {
        const word = parts.join("");
        const base = (word.length >= 3 || /\d/.test(word)) && !/^\d{1,2}$/.test(word);
        expect(isContentWord(word)).toBe(base && !GENERIC_WORDS.has(word));
        expect(isTopicWord(word)).toBe(base && !PHATIC_WORDS.has(word));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GREETING, PATTERNS } from "../../src/text/addressed-name.js";
import { COMMA_CUE, GREETING_CUE, GREETING_PHRASES, LOWER_CUE, nameCues, phraseEnds } from "../../src/text/name-cues.js";
import { expand } from "./expand-alternatives.js";

describe("nameCues(body, from)", () => {
  it("lists the greetings of the name pattern, each first letter in either case", () => {
    const whole = new RegExp(`^(?:${GREETING})$`);
    for (const phrase of GREETING_PHRASES) {
      expect(whole.test(phrase)).toBe(true);
      expect(whole.test(phrase[0]!.toUpperCase() + phrase.slice(1))).toBe(true);
    }
    // And nothing else: every greeting the pattern takes is listed.
    expect(new Set(expand(GREETING.replace(/\[\w(\w)\]/g, "$1")))).toEqual(new Set(GREETING_PHRASES));
  });

  it("is never missing a cue where its pattern finds a name", () => {
    const piece = fc.constantFrom(
      "Hi", "hi", "Hiya", "Thanks", "thanks so much", "Thank you so much", "Good morning", "good day", "Oh no", "Sure thing", "wow",
      "Ana", "DM", "Justin", "O'Neil", "I", "é", "ß", "É", "𝐚", "\ud835", "\udc1a", "x", "account",
      " ", "  ", "    ", "\u00a0", "\t", "\n", ",", ", ", ".", "!", "?", ")", "-", "😀",
    );
    const matched = PATTERNS.map(() => 0);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.nat(6), (parts, from) => {
        const body = parts.join("");
        const cues = nameCues(body, from);
        PATTERNS.forEach(([pattern, , , cue], i) => {
          pattern.lastIndex = from;
          const found = pattern.exec(body) !== null;
          if (found) matched[i]!++;
          if ((cues & cue) === 0) expect(found).toBe(false);
        });
      }),
      { numRuns: 40000, seed: 13 },
    );
    // The texts are not all misses: each pattern finds names in many of them.
    for (const count of matched) expect(count).toBeGreaterThan(200);
  });

  it("phraseEnds: a phrase ends at the position, first letter in either case", () => {
    const ends = phraseEnds(["hi", "thank you"]);
    expect(ends("Thank you, Ana", 9)).toBe(true);
    expect(ends("oh hI", 5)).toBe(false);
    expect(ends("Hi", 1)).toBe(false);
  });

  it("sees each cue", () => {
    expect(nameCues("Hey, Afua.", 0)).toBe(GREETING_CUE | COMMA_CUE);
    expect(nameCues("We get it, Marc. However", 0) & COMMA_CUE).toBe(COMMA_CUE);
    expect(nameCues("your account Nancy.", 0)).toBe(LOWER_CUE);
    expect(nameCues("please dm us, thanks", 0)).toBe(0);
  });
});


import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GREETING, PATTERNS } from "../../src/text/addressed-name.js";
import { COMMA_CUE, GREETING_CUE, GREETING_PHRASES, LOWER_CUE, nameCues } from "../../src/text/name-cues.js";

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

  it("sees each cue", () => {
    expect(nameCues("Hey, Afua.", 0)).toBe(GREETING_CUE | COMMA_CUE);
    expect(nameCues("We get it, Marc. However", 0) & COMMA_CUE).toBe(COMMA_CUE);
    expect(nameCues("your account Nancy.", 0)).toBe(LOWER_CUE);
    expect(nameCues("please dm us, thanks", 0)).toBe(0);
  });
});

/** The strings a pattern of literals, `(?:a|b)` groups and `?` after a group stands for. */
function expand(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= source.length; i++) {
    const char = source[i];
    if (char === "(") depth++;
    else if (char === ")") depth--;
    else if ((char === "|" && depth === 0) || i === source.length) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return alternatives.flatMap((alternative) => {
    const open = alternative.indexOf("(?:");
    if (open === -1) return [alternative];
    let depth = 0;
    let close = open;
    for (; close < alternative.length; close++) {
      if (alternative[close] === "(") depth++;
      else if (alternative[close] === ")" && --depth === 0) break;
    }
    const optional = alternative[close + 1] === "?";
    const head = alternative.slice(0, open);
    const tail = alternative.slice(close + (optional ? 2 : 1));
    const inner = expand(alternative.slice(open + 3, close));
    return [...(optional ? [""] : []), ...inner].flatMap((middle) => expand(tail).map((rest) => head + middle + rest));
  });
}

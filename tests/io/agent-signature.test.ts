import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agentSignature, mayBeDecoration } from "../../src/io/agent-signature.js";

describe("agentSignature(text)", () => {
  it.each([
    ["@105836 Have you tried from another device, Miriam ^MM", "MM"],
    ["@1 Which platform are you on? *MS", "MS"],
    ["@1 Thanks. The distance could affect playback /AY", "AY"],
    ["@1 Please see https://help.yahoo.com/kb/SLN2051.html -FR", "FR"],
    ["@1 Your business means a lot to us. ^RR https://t.co/znUu1VJn9r", "RR"],
    ["@1 Happy to help! Thanks.^Kartika", "Kartika"],
    ["@1 Glad we could help. ~Brianna", "Brianna"],
    ["@1 Let us know. - Mindy", "Mindy"],
    ["@1 Reach out anytime. ^CharlesOpacki", "CharlesOpacki"],
    ["@1 We're here for you -JS 😊", "JS"],
  ])("finds the agent in %j", (text, agentId) => {
    expect(agentSignature(text)?.agentId).toBe(agentId);
  });

  it.each([["Please DM us. 1/2"], ["It is well-known"], ["and/or"], ["Thanks for reaching out!"], ["@AppleSupport my phone broke"]])(
    "finds no signature in %j",
    (text) => {
      expect(agentSignature(text)).toBeUndefined();
    },
  );

  it("gives the signature's span in the text", () => {
    const text = "@105836 Have you tried from another device, Miriam ^MM";
    const found = agentSignature(text)!;
    expect(text.slice(found.start, found.end)).toBe("^MM");
  });
});

describe("agentSignature(text) spans", () => {
  // The definition: the patterns' own match indices (the `d` flag) over the last 40 characters of content.
  const SIGNATURE = /(?:^|[\s.!?,:;)])([\^*/~\-–—])[ \t]?([A-Z][A-Za-z]{0,23})$/d;
  it("puts the marker and name where the pattern's indices put them", () => {
    const piece = fc.constantFrom("Thanks", " ", "\t", ".", "^", "*", "/", "~", "-", "–", "MM", "Sasha", "a", "1", "^ MM", "- Mindy", "https://t.co/x", "😀");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const found = agentSignature(text);
        if (!found) return;
        const at = text.lastIndexOf(found.agentId, found.end);
        expect(at + found.agentId.length).toBe(found.end);
        const match = SIGNATURE.exec(text.slice(0, found.end));
        if (match?.indices) expect(found.start).toBe(match.indices[1]![0]);
      }),
      { numRuns: 3000, seed: 21 },
    );
  });
});

describe("mayBeDecoration(code)", () => {
  it("is true for every ASCII character a trailing link or decoration token can start with", () => {
    // The patterns of agent-signature.ts's contentEnd: a token is set aside when one of them matches.
    const link = /^(?:https?:\/\/|www\.|pic\.twitter\.com\/)/;
    const decoration = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\u00a0]/u;
    for (let code = 0; code < 128; code++) {
      const c = String.fromCharCode(code);
      const starts = link.test(`${c}ttp://x`) || link.test(`${c}ww.x`) || link.test(`${c}ic.twitter.com/x`) || decoration.test(c);
      if (starts) expect(mayBeDecoration(code)).toBe(true);
    }
    expect([..."hwp"].every((c) => mayBeDecoration(c.charCodeAt(0)))).toBe(true);
  });
});

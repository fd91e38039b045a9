import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patterns, phrases, useReferenceMatching } from "../../src/text/phrase-matcher.js";
import { COMPLAINT, EMOTION, POSITIVE, STRONG_NEGATIVE, WEAK_NEGATIVE } from "../../src/text/tone-lexicon.js";
import * as acts from "../../src/text/act-lexicon.js";
import * as ownership from "../../src/rubrics/ownership-lexicon.js";

describe("phrases(list) and patterns(fragments)", () => {
  it("matches user phrases literally, case-insensitively, across white space and apostrophe styles", () => {
    expect(phrases(["fed up", "we’ll fix", "a.b"]).find("I'm FED   up, we'll fix it, axb a.b").map((m) => m.text)).toEqual(["FED   up", "we'll fix", "a.b"]);
  });
  it("matches at word boundaries only", () => {
    expect(patterns(["hell"]).find("hello, the hell")).toEqual([{ start: 11, end: 15, text: "hell" }]);
  });
  it("keeps fragments that end in a space working before digits", () => {
    expect(patterns(["take up to "]).first("can take up to 72 hours")?.text).toBe("take up to ");
  });

  // Every built-in lexicon, on 100 KB of adversarial text: matching must stay linear (no catastrophic backtracking).
  const lexicons = { COMPLAINT, EMOTION, POSITIVE, STRONG_NEGATIVE, WEAK_NEGATIVE, ...acts, ...ownership };
  it.each(Object.entries(lexicons).filter(([, v]) => Array.isArray(v)))("%s runs in linear time on 100 KB of adversarial input", (_, list) => {
    const matcher = patterns(list as string[]);
    const inputs = ["a ".repeat(50_000), "we ".repeat(33_000), "!?".repeat(50_000), "aaaa".repeat(25_000), "you can ".repeat(12_500), "-".repeat(100_000)];
    for (const input of inputs) {
      const started = performance.now();
      matcher.find(input);
      // Generous bound: linear scanning of 100 KB takes milliseconds; backtracking would take minutes.
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });

  it("never throws on user phrases with regex characters", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), fc.string({ maxLength: 200 }), (list, text) => {
        phrases(list).find(text);
      }),
      { seed: 4, numRuns: 200 },
    );
  });
});

describe("fast matching (no `u` flag) and reference matching (Unicode boundaries) agree", () => {
  const lexicons = { COMPLAINT, EMOTION, POSITIVE, STRONG_NEGATIVE, WEAK_NEGATIVE, ...acts, ...ownership };
  const matchers = Object.entries(lexicons)
    .filter(([, v]) => Array.isArray(v))
    .map(([name, list]) => [name, patterns(list as string[])] as const);
  const both = (find: () => unknown) => {
    useReferenceMatching(true);
    try {
      return [find(), (useReferenceMatching(false), find())];
    } finally {
      useReferenceMatching(false);
    }
  };

  it("rejects a match that touches a non-ASCII letter, as \\p{L} boundaries do", () => {
    const sorry = patterns(["sorry"]);
    const only = [{ start: 23, end: 28, text: "sorry" }];
    expect(both(() => sorry.find("désorry sorryé éxsorry sorry! 😡sorry𝐀"))).toEqual([only, only]);
    expect(both(() => sorry.find("😡sorry!"))).toEqual([[{ start: 2, end: 7, text: "sorry" }], [{ start: 2, end: 7, text: "sorry" }]]);
  });

  it("finds a shorter alternative at the same place when the longer one touches a non-ASCII letter", () => {
    const every = patterns(["every time", "every"]);
    const found = [{ start: 0, end: 5, text: "every" }];
    expect(both(() => every.find("every time中"))).toEqual([found, found]);
    expect(both(() => every.find("every time中 and every time"))).toEqual([
      [...found, { start: 16, end: 26, text: "every time" }],
      [...found, { start: 16, end: 26, text: "every time" }],
    ]);
  });

  it("finds the same matches in text mixing ASCII, accented and astral letters, emoji and lexicon words", () => {
    const pieces = ["sorry", "we will", "fix", "this", "refund", "policy", "angry", "thanks", " ", " ", "!", "?", "é", "ü", "ß", "𝐀", "😡", "’", "'", "-", "1", "中", "ا", "\n", "can't", "hours", "DM"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        for (const [, matcher] of matchers) {
          const [reference, fast] = both(() => matcher.find(text));
          expect(fast).toEqual(reference);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

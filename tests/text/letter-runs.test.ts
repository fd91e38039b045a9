import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasLetterRun, letterRunLiterals, splitLetterRuns } from "../../src/text/letter-runs.js";
import { patterns, useReferenceMatching } from "../../src/text/phrase-matcher.js";
import { WEAK_NEGATIVE } from "../../src/text/tone-lexicon.js";

const RUN = "\\b\\w{0,8}([a-z])\\1{3,}\\w{0,8}";

describe("letter-run fragments", () => {
  it("are split off only when no other fragment captures or refers back", () => {
    expect(splitLetterRuns(["surely", RUN, "again"])).toEqual({ rest: ["surely", "again"], run: 4 });
    expect(splitLetterRuns(["surely"])).toBeUndefined();
    expect(splitLetterRuns([RUN])).toBeUndefined();
    expect(splitLetterRuns(["(a)\\1", RUN])).toBeUndefined();
    expect(splitLetterRuns(["(?<x>a)", RUN])).toBeUndefined();
    expect(splitLetterRuns([RUN, RUN, "a"])).toBeUndefined();
    expect(splitLetterRuns(["(?:a|b)(?=c)(?<!d)", RUN])).toEqual({ rest: ["(?:a|b)(?=c)(?<!d)"], run: 4 });
  });

  it("are detected as the regex detects them: a letter and its repeats, in either case", () => {
    expect(hasLetterRun("so goOOod", 0, 4)).toBe(true);
    expect(hasLetterRun("good", 0, 4)).toBe(false);
    expect(hasLetterRun("aaaa", 1, 4)).toBe(false);
    expect(hasLetterRun("1111 ____ ````", 0, 4)).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "A", "b", "1", "`", "@", "é", " ", "ſ", "K"), maxLength: 30 }), (text) => {
        expect(hasLetterRun(text, 0, 4)).toBe(/([a-z])\1{3,}/i.test(text));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it("are found by their literals as by the letter test (A-Z read as a-z, as the literal gate reads them)", () => {
    expect(letterRunLiterals(4)).toHaveLength(26);
    expect(letterRunLiterals(12)[0]).toBe("aaaaaaaa");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "A", "b", "1", "`", "@", "é", " ", "ſ", "K"), maxLength: 30 }), fc.integer({ min: 2, max: 10 }), (text, run) => {
        const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
        const held = letterRunLiterals(run).some((literal) => lower.includes(literal));
        if (run <= 8) expect(held).toBe(hasLetterRun(text, 0, run));
        else if (hasLetterRun(text, 0, run)) expect(held).toBe(true);
      }),
      { seed: 8, numRuns: 2000 },
    );
  });

  it("leave a lexicon's matches unchanged, fast and reference", () => {
    const lexicon = WEAK_NEGATIVE.filter((fragment) => !/^\(\?:REALLY/.test(fragment));
    const matcher = patterns(lexicon);
    const whole = new RegExp(`(?<![a-z0-9])(?:${lexicon.join("|")})(?:(?<![a-z0-9])|(?![a-z0-9]))`, "gi");
    fc.assert(
      fc.property(fc.array(fc.constantFrom("so", "sooooo", "still not", "again", "AGAIN", "aaaa", "yet", " ", "  ", "?", "??", "!", "é", "x", "nooo"), { maxLength: 12 }), (parts) => {
        const text = parts.join(parts.length % 2 ? " " : "");
        const expected = [...text.matchAll(whole)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
        const ascii = !/[^\x00-\x7f]/.test(text);
        if (ascii) expect(matcher.find(text)).toEqual(expected);
        useReferenceMatching(true);
        const reference = matcher.find(text);
        useReferenceMatching(false);
        expect(matcher.find(text)).toEqual(reference);
      }),
      { seed: 11, numRuns: 1000 },
    );
  });
});

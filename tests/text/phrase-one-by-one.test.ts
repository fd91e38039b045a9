import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { definitionMatches, definitionRegex } from "../support/phrase-definition.js";
import { patterns } from "../../src/text/phrase-matcher.js";

// Lexicons whose fragments share words, so that several may match at one place or overlap: the
// matcher runs the few fragments a text may hold one by one, and must find what their alternation
// finds (the leftmost match, the first fragment in order there, then on after it).
const WORDS = ["ab", "abc", "b", "c a", "a", "ca", "b c"];
const fragment = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(...WORDS, "a\\w{0,2}", "(?:x|\\d)", "c\\W{0,2}$"),
    fc.tuple(tie("node"), tie("node")).map(([x, y]) => `${x} ${y}`),
    fc.tuple(tie("node"), tie("node")).map(([x, y]) => `(?:${x}|${y})`),
    tie("node").map((x) => `(?:${x})?`),
  ),
})).node;
const lexicons = fc.sample(fc.array(fragment, { minLength: 1, maxLength: 12 }), { seed: 3, numRuns: 60 });
const matchers = lexicons.map((fragments) => patterns(fragments));
// Enough queries for the literal gates' rebuild (up to 4096 queries of new gates): before it they let all through.
for (let i = 0; i < 5000; i++) matchers[i % matchers.length]!.first("ab");

describe("fragments run one by one find what their alternation finds", () => {
  it("on texts of near-misses: the lexicon's words, cut, joined, next to non-ASCII letters", () => {
    let found = 0;
    fc.assert(
      fc.property(
        fc.nat(lexicons.length - 1),
        fc.array(fc.constantFrom(...WORDS, "A", "BC", " ", "  ", "é", "ab’", "7", "x", "?", "\n"), { maxLength: 14 }),
        fc.nat(6),
        fc.nat(6),
        (which, parts, from, cut) => {
          const text = parts.join("");
          const [matcher, regex] = [matchers[which]!, definitionRegex(lexicons[which]!)];
          const all = matcher.find(text);
          found += all.length;
          expect(all).toEqual(definitionMatches(regex, text));
          expect(matcher.first(text)).toEqual(all[0]);
          const to = Math.max(0, text.length - cut);
          expect(matcher.find(text, from, to)).toEqual(definitionMatches(regex, text, from, to));
          expect(matcher.first(text, from, to)).toEqual(definitionMatches(regex, text, from, to)[0]);
        },
      ),
      { seed: 8, numRuns: 4000 },
    );
    expect(found).toBeGreaterThan(2000); // texts matched, often several times
  });
});

import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import * as lexicons from "../../src/text/act-lexicon.js";
import { patterns, useReferenceMatching } from "../../src/text/phrase-matcher.js";
import { sentenceLiterals } from "../../src/text/sentence-literals.js";
import { textFeatures } from "../../src/text/text-features.js";

const { STEP_LEAD, STEP_VERB, REQUEST_LEAD, INFO_REQUEST_OPENING } = lexicons;
// Every list of the act lexicon, and the clause openings dialogue-acts.ts reads with regexes of their own.
const lists = Object.values(lexicons).filter((v): v is string[] => Array.isArray(v));
const openings = [
  { list: [`${STEP_LEAD}${STEP_VERB}`], regex: new RegExp(`^${STEP_LEAD}${STEP_VERB}\\b`, "iu") },
  { list: [`${REQUEST_LEAD}(?:${INFO_REQUEST_OPENING.join("|")})`], regex: new RegExp(`^${REQUEST_LEAD}(?:${INFO_REQUEST_OPENING.join("|")})\\b`, "iu") },
];
const masksOf = sentenceLiterals([...lists, ...openings.map((o) => o.list)]);
const matchers = lists.map((list) => patterns(list));

// Words of the lexicons (so that matches happen), with case, curly apostrophes, the two non-ASCII letters
// that fold to ASCII ones under the `u` flag, sentence ends, links and signatures around them.
const words = [...new Set(lists.flat().join(" ").toLowerCase().match(/[a-z']{2,}/g))];
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), w.replace("'", "’"), w.replace("s", "ſ"), w.replace("k", "K"))) },
  { weight: 3, arbitrary: fc.constantFrom(" ", " ", "  ", ". ", "? ", "! ", ", ", ": ", " - ", "\n", " > ", " → ") },
  { weight: 1, arbitrary: fc.constantFrom("https://x.co/a.b", "@x", "^SJ", "é", "🙂", "you", "us", "the", "a", "it", "we", "to") },
  { weight: 1, arbitrary: fc.constantFrom("we’ve refunded", "I can’t refund", "we’re aware", "it’s likely", "we don’t support", "you’ll need to restart", "we’d like to know") },
);
const texts = fc.array(token, { maxLength: 40 }).map((parts) => parts.join(""));

describe("sentenceLiterals(lexicons)(text, sentences)", () => {
  afterEach(() => useReferenceMatching(false));

  it("marks each sentence with the lexicons that hold a literal in it", () => {
    const masks = sentenceLiterals([["sorry (?:for|about)"], ["let us know"]]);
    expect([...masks("Sorry about that. Let us know.", [{ start: 0, end: 17 }, { start: 18, end: 30 }])]).toEqual([1, 2]);
    expect([...masks("Sorry. About that", [{ start: 0, end: 6 }, { start: 7, end: 17 }])]).toEqual([0, 0]);
  });

  it("lets a lexicon without required literals match anywhere", () => {
    expect([...sentenceLiterals([["\\w{2,20}\\s(?:>|→|->)\\s\\w{2,20}"]])("abc", [{ start: 0, end: 3 }])]).toEqual([1]);
  });

  // The proof that skipping is exact: where a bit is clear, the matcher finds nothing in the sentence.
  it.each([false, true])("clears a lexicon's bit only where it has no match in the sentence (reference matching: %s)", (reference) => {
    useReferenceMatching(reference);
    fc.assert(
      fc.property(texts, (text) => {
        const features = textFeatures(text, "agent");
        const masks = masksOf(text, features.sentences);
        features.sentences.forEach((sentence, at) => {
          matchers.forEach((matcher, i) => {
            if ((masks[at]! & (1 << i)) === 0) expect(matcher.first(text, sentence.start, sentence.end), `${i} in ${JSON.stringify(sentence.text)}`).toBeUndefined();
          });
          openings.forEach((opening, k) => {
            if ((masks[at]! & (1 << (lists.length + k))) !== 0) return;
            // Any clause of the sentence: every suffix after a space or punctuation stands for one.
            for (let i = 0; i < sentence.text.length; i++) expect(opening.regex.test(sentence.text.slice(i))).toBe(false);
          });
        });
      }),
      { numRuns: 1500, seed: 23 },
    );
  });
});

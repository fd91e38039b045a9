import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentences, type Sentence } from "../../src/text/sentences.js";
import { matchSpans, overlapsAny, type Span } from "../../src/text/spans.js";

/** The splitter as it was before its character tests replaced regexes (the reference for the fast one). */
function referenceSentences(text: string, links: readonly Span[]): Sentence[] {
  const QUESTION_END = /\?[\s\p{Extended_Pictographic}\u200d\ufe0f!?)]*$/u;
  const ABBREVIATIONS = new Set(["e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "vs", "approx", "no", "st", "pls", "u.s", "a.m", "p.m", "min", "hr", "hrs", "inc", "ltd", "co"]);
  const isSpace = (i: number) => /\s/.test(text[i]!);
  const skipSpace = (from: number) => {
    let i = from;
    while (i < text.length && isSpace(i)) i++;
    return i;
  };
  const isAbbreviation = (dot: number) => {
    let i = dot;
    while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
    const word = text.slice(i, dot).toLowerCase();
    return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
  };
  const out: Sentence[] = [];
  let start = skipSpace(0);
  const push = (end: number) => {
    let e = end;
    while (e > start && isSpace(e - 1)) e--;
    if (e > start) {
      const piece = text.slice(start, e);
      out.push({ start, end: e, text: piece, endsWithQuestionMark: QUESTION_END.test(piece) });
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (links.some((l) => l.end === i) && /^\s{1,3}\p{Lu}/u.test(text.slice(i, i + 4))) {
      push(i);
      start = skipSpace(i);
      continue;
    }
    if (ch === "\n") {
      push(i);
      start = skipSpace(i + 1);
      continue;
    }
    if (!/[.!?…]/.test(ch)) continue;
    let j = i;
    while (j + 1 < text.length && /[.!?…)"'”’]/.test(text[j + 1]!)) j++;
    const after = text[j + 1];
    if (after !== undefined && !/\s/.test(after)) continue;
    if (overlapsAny(i, j + 1, links)) continue;
    if (ch === "." && j === i && isAbbreviation(i)) continue;
    push(j + 1);
    start = skipSpace(j + 1);
    i = j;
  }
  push(text.length);
  return out;
}

const LINK = /\bhttps?:\/\/[^\s<>"]{1,2000}|\bwww\.[^\s<>"]{1,2000}/g;
// Texts made of the pieces the splitter decides on: ends, closers, spaces, links, abbreviations, letters.
const piece = fc.constantFrom(
  ".", "!", "?", "…", ")", '"', "'", "”", "’", " ", "  ", "\n", "\u00a0", "\u2028", "https://x.co/a.b", "www.y.com/q?x=1.", "e.g", "Dr", "approx", "no", "J", "é", "Ünd",
  "word", "Which", "a", "ab", "abcdefg", "abcdefgh", "U.S", "🙂", "\ud83d", "A", "x.y", "İ", "ß",
);
const texts = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));

describe("sentences(text, links) against the reference splitter", () => {
  it("gives the same sentences for texts of sentence ends, closers, links, abbreviations and spaces", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const links = matchSpans(text, LINK);
        expect(sentences(text, links)).toEqual(referenceSentences(text, links));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });
});

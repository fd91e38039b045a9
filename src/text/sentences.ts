import type { Span } from "./spans.js";
import { isSpaceAt } from "./white-space.js";

/** A sentence of a message and whether it is phrased as a question. */
export interface Sentence extends Span {
  text: string;
  /** Ends with "?" (emoji and spaces after it allowed). */
  endsWithQuestionMark: boolean;
}

/** What may end a sentence besides a link: ". ! ? …" and a line break (global: `test` from `lastIndex`). */
const SENTENCE_MARK = /[.!?\n\u2026]/g;
const QUESTION_END = /\?[\s\p{Extended_Pictographic}\u200d\ufe0f!?)]*$/u;
const ABBREVIATIONS: ReadonlySet<string> = new Set(["e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "vs", "approx", "no", "st", "pls", "u.s", "a.m", "p.m", "min", "hr", "hrs", "inc", "ltd", "co"]);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * Splits a message into sentences at ". ", "! ", "? ", "…" and line breaks, never inside a link or
 * after a common abbreviation ("e.g.", "Dr.", "a.m."). `links` are in text order and do not overlap (as
 * matchSpans finds them). Linear time.
 *
 * @example
 * sentences("Sorry! Which app is it? See https://x.co/a.b for more.", []).map((s) => s.text);
 * // => ["Sorry!", "Which app is it?", "See https://x.co/a.b for more."]
 */
export function sentences(text: string, links: readonly Span[]): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, 0);
  const push = (end: number) => {
    let e = end;
    while (e > start && isSpaceAt(text, e - 1)) e--;
    if (e > start) {
      const piece = text.slice(start, e);
      out.push({ start, end: e, text: piece, endsWithQuestionMark: piece.includes("?") && QUESTION_END.test(piece) });
    }
  };
  // Links come in text order and do not overlap: their ends are met in order, one pointer for them all.
  // Only two kinds of position can end a sentence: a sentence mark or line break (found by a native
  // search, not a test per character) and a link's end; the loop jumps from one to the next.
  let link = 0;
  let mark = -1;
  for (let i = 0; i < text.length; i++) {
    while (link < links.length && links[link]!.end < i) link++;
    if (mark < i) {
      SENTENCE_MARK.lastIndex = i;
      mark = SENTENCE_MARK.test(text) ? SENTENCE_MARK.lastIndex - 1 : text.length;
    }
    const linkEnd = link < links.length ? links[link]!.end : text.length;
    i = mark < linkEnd ? mark : linkEnd;
    if (i >= text.length) break;
    const code = text.charCodeAt(i);
    // In tweets a link often ends a sentence: a link followed by a capitalised word starts a new one.
    if (linkEnd === i && /^\s{1,3}\p{Lu}/u.test(text.slice(i, i + 4))) {
      push(i);
      start = skipSpace(text, i);
      continue;
    }
    if (code === 10) {
      push(i);
      start = skipSpace(text, i + 1);
      continue;
    }
    // . ! ? …
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    let j = i;
    while (j + 1 < text.length && isCloserAt(text, j + 1)) j++;
    if (j + 1 < text.length && !isSpaceAt(text, j + 1)) continue;
    if (overlapsLink(i, j + 1, links, link)) continue;
    if (code === 46 && j === i && isAbbreviation(text, i)) continue;
    push(j + 1);
    start = skipSpace(text, j + 1);
    i = j;
  }
  push(text.length);
  return out;
}

/** `/[.!?…)"'”’]/.test(text[i])`, without the regex. */
function isCloserAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 46 || code === 33 || code === 63 || code === 41 || code === 34 || code === 39 || code === 0x2026 || code === 0x201d || code === 0x2019;
}

/**
 * Whether [start, end) overlaps a link, given `from`: the first link that ends at or after `start`
 * (the links before it end before `start`; links are in text order and do not overlap, so their ends
 * are in order too).
 */
function overlapsLink(start: number, end: number, links: readonly Span[], from: number): boolean {
  for (let k = from; k < links.length && links[k]!.start < end; k++) if (start < links[k]!.end) return true;
  return false;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceAt(text, i)) i++;
  return i;
}

/** The word just before a period is a known abbreviation or a single letter ("J. Smith"). */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && isLetterOrDotAt(text, i - 1)) i--;
  // Longer words are neither an abbreviation of the list nor a single letter.
  if (dot - i > LONGEST_ABBREVIATION) return false;
  const word = text.slice(i, dot).toLowerCase();
  // The word's characters are letters or dots one code unit each: a single letter is one character.
  return ABBREVIATIONS.has(word) || (word.length === 1 && SINGLE_LETTER.test(word));
}

const SINGLE_LETTER = /^\p{L}$/u;

/** `/[\p{L}.]/u.test(text[i])`, without the regex for ASCII. */
function isLetterOrDotAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 46 || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return /[\p{L}.]/u.test(text[i]!);
}

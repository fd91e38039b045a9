import type { Span } from "./spans.js";

/** A word of a message: its lower-cased form and where it is. */
export interface Word extends Span {
  lower: string;
  /** The word as written (for capitalisation checks). */
  raw: string;
}

// Letters (any script), digits, apostrophes inside words ("don't", "we’ll"), and hyphens inside words.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Splits a text into words, keeping contractions whole and normalising curly apostrophes.
 *
 * @example
 * words("We’ll fix it, Ana!").map((w) => w.lower); // => ["we'll", "fix", "it", "ana"]
 */
export function words(text: string): Word[] {
  return wordsWhere(text, () => true);
}

/**
 * The words of a text that start where `keep` says (it is asked in text order): the words left out are
 * never built. On pure-ASCII text the words are found by a scan of character codes, not a regex, so no
 * match arrays are made either.
 *
 * @example
 * wordsWhere("@ana we'll fix it", (start) => start > 4).map((w) => w.lower); // => ["we'll", "fix", "it"]
 */
export function wordsWhere(text: string, keep: (start: number) => boolean): Word[] {
  const out: Word[] = [];
  if (NON_ASCII.test(text)) {
    WORD.lastIndex = 0;
    for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
      if (!keep(match.index)) continue;
      const raw = match[0];
      out.push({ start: match.index, end: match.index + raw.length, raw, lower: raw.toLowerCase().replaceAll("’", "'") });
    }
    return out;
  }
  // What WORD finds on ASCII text (where \p{L}\p{N} are [A-Za-z0-9]): a run of letters and digits, then
  // any "'" or "-" followed by another run.
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i = alnumRunEnd(text, i + 1);
    for (let c = text.charCodeAt(i); (c === 39 || c === 45) && i + 1 < length && isAsciiAlnum(text.charCodeAt(i + 1)); c = text.charCodeAt(i)) i = alnumRunEnd(text, i + 2);
    if (!keep(start)) continue;
    const raw = text.slice(start, i);
    out.push({ start, end: i, raw, lower: raw.toLowerCase() });
  }
  return out;
}

/** `[A-Za-z0-9]`. */
function isAsciiAlnum(code: number): boolean {
  const letter = code | 32;
  return (letter >= 97 && letter <= 122) || (code >= 48 && code <= 57);
}

function alnumRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isAsciiAlnum(text.charCodeAt(i))) i++;
  return i;
}

/**
 * A light stemmer for matching a reply's words to the customer's ("crashing" ~ "crashes" ~ "crash").
 * Strips inflections and a few safe derivational suffixes ("-ion", "-ment", "-ness"); not "-er", which
 * would turn "recover" into "recov" but leave "recovering" as "recover". Only a key for overlap.
 *
 * @example
 * stem("crashing"); // => "crash"
 * stem("deliveries"); // => "delivery"
 * stem("connection"); // => "connect"
 * stem("recover") === stem("recovering"); // => true
 */
export function stem(word: string): string {
  // Rubrics stem the same customer words for every reply: each word is stemmed once. Only words shorter
  // than 13 characters are kept, which V8 copies out of their text (a longer one can be a slice that
  // would keep a whole chunk of the file alive); the cache is cleared when full.
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = stemWord(word);
    if (word.length < 13) {
      if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
      stemCache.set(word, stemmed);
    }
  }
  return stemmed;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

function stemWord(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length <= 3) return w;
  for (const [suffix, replacement] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  return w.replace(/(.)\1$/, "$1");
}

const SUFFIXES: [string, string][] = [
  ["ational", "ate"],
  ["ations", "ate"],
  ["ation", "ate"],
  ["ions", ""],
  ["ion", ""],
  ["ery", "er"],
  ["ements", ""],
  ["ement", ""],
  ["ments", ""],
  ["ment", ""],
  ["iness", "y"],
  ["ness", ""],
  ["ities", ""],
  ["ity", ""],
  ["ies", "y"],
  ["ied", "y"],
  ["ying", "y"],
  ["ing", ""],
  ["ed", ""],
  ["ly", ""],
  ["es", ""],
  ["s", ""],
  ["e", ""],
];

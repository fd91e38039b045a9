import type { Span } from "./spans.js";

/** A word of a message: its lower-cased form and where it is. */
export interface Word extends Span {
  lower: string;
  /** The word as written (for capitalisation checks). */
  raw: string;
}

// Letters (any script), digits, apostrophes inside words ("don't", "we’ll"), and hyphens inside words.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// The same on pure-ASCII text (most messages), where \p{L}\p{N} are [A-Za-z0-9], without the slower u flag.
const ASCII_WORD = /[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*/g;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Splits a text into words, keeping contractions whole and normalising curly apostrophes.
 *
 * @example
 * words("We’ll fix it, Ana!").map((w) => w.lower); // => ["we'll", "fix", "it", "ana"]
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const ascii = !NON_ASCII.test(text);
  const pattern = ascii ? ASCII_WORD : WORD;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0];
    out.push({ start: match.index, end: match.index + raw.length, raw, lower: ascii ? raw.toLowerCase() : raw.toLowerCase().replaceAll("’", "'") });
  }
  return out;
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

import type { Span } from "./spans.js";
import { LONGEST, WordStrings } from "./word-strings.js";

/** A word of a message: its lower-cased form and where it is. */
export interface Word extends Span {
  lower: string;
  /** The word as written (for capitalisation checks). */
  raw: string;
}

// Letters (any script), digits, apostrophes inside words ("don't", "we’ll"), and hyphens inside words.
// The definition; wordsWhere finds the same words by scanning character codes.
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

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
 * never built. The words are those {@link WORD} matches, found by a scan of character codes (no regex
 * match arrays). A short ASCII word's strings come from a table shared by all texts (see WordStrings): the
 * same word met again is not copied again.
 *
 * @example
 * wordsWhere("@ana we'll fix it", (start) => start > 4).map((w) => w.lower); // => ["we'll", "fix", "it"]
 */
export function wordsWhere(text: string, keep: (start: number) => boolean): Word[] {
  const out: Word[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    let size = 1;
    if (code < 128) {
      if (ASCII[code] === 0) {
        i++;
        continue;
      }
    } else if ((size = wordCharAt(text, i)) === 0) {
      i++;
      continue;
    }
    const start = i;
    // Whether the word so far is ASCII with no capital: then it is its own lower-case form.
    let plain = code < 128 && ASCII[code] === LOWER;
    // Whether it is ASCII, and its key (see wordKey), worked out on the way: the characters at 7 and
    // after go to the low part.
    let ascii = code < 128;
    let high = code;
    let low = 0;
    const split = start + 7;
    i += size;
    while (i < length) {
      code = text.charCodeAt(i);
      if (code < 128) {
        const kind = ASCII[code]!;
        if (kind !== 0) {
          if (kind === UPPER) plain = false;
          if (i < split) high = high * 128 + code;
          else low = low * 128 + code;
          i++;
          continue;
        }
        // An apostrophe or hyphen joins two runs: "don't", "e-mail".
        if (code !== 39 && code !== 45) break;
      } else if (code !== 0x2019) {
        // A letter or digit beyond ASCII: the word is lower-cased by toLowerCase.
        if ((size = wordCharAt(text, i)) === 0) break;
        plain = ascii = false;
        i += size;
        continue;
      } else plain = ascii = false; // "we’ll": the curly apostrophe is read as a straight one
      if ((size = wordCharAt(text, i + 1)) === 0) break;
      const next = text.charCodeAt(i + 1);
      if (next >= 128 || ASCII[next] === UPPER) plain = false;
      if (next >= 128) ascii = false;
      if (i < split) high = high * 128 + code;
      else low = low * 128 + code;
      if (i + 1 < split) high = high * 128 + next;
      else low = low * 128 + next;
      i += 1 + size;
    }
    if (!keep(start)) continue;
    if (ascii && i - start <= LONGEST) {
      const slot = strings.slot(text, start, i, high, low);
      out.push({ start, end: i, raw: strings.raw[slot]!, lower: strings.lower[slot]! });
      continue;
    }
    const raw = text.slice(start, i);
    if (plain) {
      out.push({ start, end: i, raw, lower: raw });
      continue;
    }
    const lower = raw.toLowerCase();
    out.push({ start, end: i, raw, lower: lower.includes("’") ? lower.replaceAll("’", "'") : lower });
  }
  return out;
}

/** Short ASCII words take their strings from this table (see WordStrings). */
const strings = new WordStrings(1 << 15);

const LOWER = 1;
const UPPER = 2;
/** The ASCII word characters: LOWER for a-z and digits, UPPER for A-Z, 0 for the rest. */
const ASCII = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII[code] = LOWER;
for (let code = 97; code <= 122; code++) ASCII[code] = LOWER;
for (let code = 65; code <= 90; code++) ASCII[code] = UPPER;

/**
 * The length in code units (1, or 2 for a surrogate pair) of the letter or digit (`[\p{L}\p{N}]`) at
 * `index`, or 0 when there is none there.
 */
function wordCharAt(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (code < 128) return ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return isLetterOrDigit(String.fromCharCode(code, low)) ? 2 : 0;
  }
  let known = bmp[code]!;
  if (known === 0) bmp[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Whether each BMP character is a letter or digit, learnt on first sight: 0 not yet known, 1 yes, 2 no. */
const bmp = new Uint8Array(0x10000);
/** The same for characters beyond the BMP (emoji, mostly), bounded. */
const astral = new Map<string, boolean>();

function isLetterOrDigit(pair: string): boolean {
  let known = astral.get(pair);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(pair);
    if (astral.size >= 10_000) astral.clear();
    astral.set(pair, known);
  }
  return known;
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

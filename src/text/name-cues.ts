import { isSpaceAt } from "./white-space.js";

/** A greeting then `,?\s{1,3}` then a capital: "Hi Justin", "Thanks, Ana" (see addressed-name's AFTER_GREETING). */
export const GREETING_CUE = 1;
/** `,\s{1,3}` then a capital: ", Marc." (AFTER_COMMA). */
export const COMMA_CUE = 2;
/** A lower-case letter, one white-space character, then a capital: "account Nancy." (BEFORE_END). */
export const LOWER_CUE = 4;

/**
 * The greetings of addressed-name's GREETING pattern, each first letter in either case, the rest as
 * written (its tests check the two agree).
 */
export const GREETING_PHRASES: readonly string[] = [
  "hi", "hey", "hello", "hiya", "howdy", "dear", "good morning", "good afternoon", "good evening", "good day", "thanks", "thanks so much", "thank you",
  "thank you so much", "thx", "welcome", "welcome back", "sorry", "congrats", "congratulations", "great question", "absolutely", "oh no", "awesome", "wow", "sure thing",
];

/**
 * Which of the name patterns can match in `body` from `from`, found by one scan of the capitals that
 * follow white space (every name of those patterns is one), instead of each pattern tried at every
 * position: a pattern whose cue is missing has no match. A cue present does not mean a match.
 *
 * @example
 * nameCues("Hi Justin, which app?", 0) & GREETING_CUE; // => 1
 * nameCues("Please DM us.", 0); // => 4 (a lower-case letter, a space, then "DM")
 * nameCues("please dm us", 0); // => 0
 */
export function nameCues(body: string, from: number): number {
  let cues = 0;
  // The regex finds each white space then capital (a native scan); the capital is just before lastIndex.
  SPACE_CAPITAL.lastIndex = Math.max(from - 1, 0);
  while (SPACE_CAPITAL.test(body)) {
    const q = SPACE_CAPITAL.lastIndex - 1;
    // The white space before the capital, and what comes before it.
    let s = q - 1;
    while (s > 0 && isSpaceAt(body, s - 1)) s--;
    const run = q - s;
    if (run === 1 && s > 0 && isLowerCase(body, s - 1)) cues |= LOWER_CUE;
    if (run > 3) continue;
    const comma = s > 0 && body.charCodeAt(s - 1) === 44;
    if (comma) cues |= COMMA_CUE;
    if ((cues & GREETING_CUE) === 0 && endsWithGreeting(body, comma ? s - 1 : s)) cues |= GREETING_CUE;
    if (cues === (GREETING_CUE | COMMA_CUE | LOWER_CUE)) break;
  }
  return cues;
}

const SPACE_CAPITAL = /\s[A-Z]/g;

const endsWithGreeting = phraseEnds(GREETING_PHRASES);

/**
 * A test of whether one of `phrases` (lower-case ASCII) ends at a position of a text, its first letter
 * in either case, the rest as written.
 *
 * @example
 * phraseEnds(["hi", "thank you"])("Thank you, Ana", 9); // => true
 */
export function phraseEnds(phrases: readonly string[]): (text: string, end: number) => boolean {
  const rests = phrases.map((phrase) => phrase.slice(1));
  // 1 for the ASCII codes that end a phrase: most positions are settled by their last letter.
  const lastLetter = new Uint8Array(128);
  for (const phrase of phrases) lastLetter[phrase.charCodeAt(phrase.length - 1)] = 1;
  return (text, end) => {
    const last = end > 0 ? text.charCodeAt(end - 1) : 0;
    if (last >= 128 || lastLetter[last] === 0) return false;
    for (let i = 0; i < phrases.length; i++) {
      const phrase = phrases[i]!;
      const start = end - phrase.length;
      if (start >= 0 && (text.charCodeAt(start) | 32) === phrase.charCodeAt(0) && text.startsWith(rests[i]!, start + 1)) return true;
    }
    return false;
  };
}

/** `/\p{Ll}/u` at `i` (a surrogate pair read whole), ASCII without the regex. */
function isLowerCase(body: string, i: number): boolean {
  const code = body.charCodeAt(i);
  if (code < 128) return code >= 97 && code <= 122;
  const low = code >= 0xdc00 && code <= 0xdfff && i > 0 ? body.charCodeAt(i - 1) : 0;
  const char = low >= 0xd800 && low <= 0xdbff ? body.slice(i - 1, i + 1) : body[i]!;
  return LOWER.test(char);
}

const LOWER = /^\p{Ll}$/u;

import type { TextFeatures } from "./text-features.js";
import { phraseEnds } from "./name-cues.js";
import { isSpaceAt } from "./white-space.js";

/** @internal (GREETING_PHRASES lists the same greetings; its tests check they agree) */
export const GREETING = "[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Tt]hanks|[Tt]hank you|[Tt]hx|[Hh]iya|[Mm]orning|[Ee]vening|[Aa]fternoon|[Ww]elcome|[Ss]orry|[Cc]ongrats|[Oo]k|[Oo]kay|[Gg]reat|[Gg]lad";
/** @internal */
export const GREETING_NAME = new RegExp(`\\b(${GREETING}),?\\s+[A-Z][\\p{L}'’-]{1,20}(?:\\s+[A-Z][\\p{L}'’-]{1,20})?(?=[\\s,.!?:;]|$)`, "gu");
const TRAILING_NAME = /,\s+[A-Z][\p{L}'’-]{1,20}(?=\s*[.!?]|\s*$)/gu;
const SPACE_CAPITAL = /\s[A-Z]/;
/** The greetings of GREETING, each first letter in either case, the rest as written. @internal */
export const GREETING_PHRASES: readonly string[] = ["hi", "hey", "hello", "dear", "thanks", "thank you", "thx", "hiya", "morning", "evening", "afternoon", "welcome", "sorry", "congrats", "ok", "okay", "great", "glad"];
const endsWithGreeting = phraseEnds(GREETING_PHRASES);
const SPACE_CAPITALS = /\s[A-Z]/g;
// Module constants, not literals in the function (each evaluation of a literal makes a RegExp object).
const NUMBER = /\d+(?:[.,:/-]\d+)*/g;

/**
 * The text of a reply with everything that changes from customer to customer masked, so that a template
 * sent to many customers reads the same each time: the leading @handles and the signature are dropped,
 * other handles become "@user", links "<link>", e-mail addresses "<email>", numbers "<num>", names after
 * a greeting or at the end of a sentence "<name>"; the rest is lower-cased with white space folded.
 *
 * @example
 * maskedText(textFeatures("@105836 Hi Miriam, DM us your order 5521 https://t.co/x ^MM", "agent"));
 * // => "hi <name>, dm us your order <num> <link>"
 */
export function maskedText(features: TextFeatures): string {
  const { text } = features;
  const end = features.signature ? features.signature.start : text.length;
  let body = "";
  let at = features.leadEnd;
  const replaced: { start: number; end: number; with: string }[] = [];
  for (const s of features.links) replaced.push({ start: s.start, end: s.end, with: "<link>" });
  for (const s of features.emails) replaced.push({ start: s.start, end: s.end, with: "<email>" });
  for (const s of features.handles) if (s.start >= features.leadEnd) replaced.push({ start: s.start, end: s.end, with: "@user" });
  if (replaced.length > 1) replaced.sort((a, b) => a.start - b.start);
  for (const span of replaced) {
    if (span.start < at || span.start >= end) continue;
    body += text.slice(at, span.start) + span.with;
    at = span.end;
  }
  body += text.slice(at, Math.max(at, end));
  // Both name patterns need white space before a capital: most replies are checked by one cheap regex.
  if (SPACE_CAPITAL.test(body)) {
    // The greeting pattern is run only where a greeting comes before a capital (few replies).
    if (greetingBeforeCapital(body)) body = body.replace(GREETING_NAME, (match, greeting: string) => `${greeting} <name>`);
    // A trailing name follows a comma: a reply without one is not scanned with the Unicode pattern.
    if (body.includes(",")) body = body.replace(TRAILING_NAME, ", <name>");
  }
  const lower = body.replace(NUMBER, "<num>").toLowerCase();
  // Curly apostrophes read as straight ones and white space folded to one space, in one scan (the two
  // are disjoint: the same string as one replacement after the other); a text with single spaces and
  // no curly apostrophe is not copied.
  return lower.replace(APOSTROPHE_OR_SPACES, straightOrOneSpace).trim();
}

const APOSTROPHE_OR_SPACES = /’|\s{2,}|[^\S ]/g;
const straightOrOneSpace = (match: string): string => (match === "’" ? "'" : " ");

/**
 * Whether a greeting, an optional comma and white space come before a capital somewhere in `body`: what
 * GREETING_NAME needs (without it, it has no match). @internal
 *
 * @example
 * greetingBeforeCapital("thanks, Ana"); // => true
 * greetingBeforeCapital("DM us Ana"); // => false
 */
export function greetingBeforeCapital(body: string): boolean {
  SPACE_CAPITALS.lastIndex = 0;
  while (SPACE_CAPITALS.test(body)) {
    // The white space run before the capital (just before lastIndex), and what comes before it.
    let s = SPACE_CAPITALS.lastIndex - 2;
    while (s > 0 && isSpaceAt(body, s - 1)) s--;
    if (endsWithGreeting(body, s > 0 && body.charCodeAt(s - 1) === 44 ? s - 1 : s)) return true;
  }
  return false;
}

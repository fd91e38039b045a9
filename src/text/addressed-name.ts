import { isFirstName } from "./first-names.js";
import { COMMA_CUE, GREETING_CUE, LOWER_CUE, nameCues } from "./name-cues.js";
import type { Span } from "./spans.js";
import type { TextFeatures } from "./text-features.js";

/** Who the customer is, as far as names go. */
export interface NameContext {
  /** Personal names of the customer from the export (customer.name, authorName), any case. */
  names: readonly string[];
  /** The customer's handle (a name may be taken from it: "@JohnSmith88" -> "John"). */
  handle?: string;
  /** Words that are never the customer's name here: the brand, its products, the agent's own name. */
  notNames: readonly string[];
}

export interface AddressedName extends Span {
  text: string;
  reason: string;
}

// Words that follow "Hi" or close a sentence after a comma but are not names.
const NOT_VOCATIVE = new Set(
  "there|team|all|everyone|everybody|folks|friend|friends|guys|again|both|sir|madam|maam|ma'am|mate|buddy|pal|you|y'all|yall|gamer|gamers|fam|love|dear|customer|customers|user|users|player|players|creator|creators|member|members|fan|fans|people|twitter|so|too|though|please|thanks|thank|yes|no|ok|okay|sure|now|today|tonight|again|here|sorry|welcome|hello|hi|hey|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|support|help|care|service|tech|mac|iphone|ipad|windows|android|google|apple|amazon|microsoft|sony|xbox|playstation|minecraft|spotify|youtube|zoom|dropbox|adobe|premium|plus|pro|account|everything|anything|something|nothing|this|that|it|we|us|our|they|them"
    .split("|"),
);
/** @internal (name-cues lists the same greetings; its tests check they agree) */
export const GREETING = "[Hh]i|[Hh]ey|[Hh]ello|[Hh]iya|[Hh]owdy|[Dd]ear|[Gg]ood (?:morning|afternoon|evening|day)|[Tt]hanks(?: so much)?|[Tt]hank you(?: so much)?|[Tt]hx|[Ww]elcome(?: back)?|[Ss]orry|[Cc]ongrats|[Cc]ongratulations|[Gg]reat question|[Aa]bsolutely|[Oo]h no|[Aa]wesome|[Ww]ow|[Ss]ure thing";
const CAPITAL = "[A-Z][\\p{Ll}'’-]{1,20}|[A-Z]{2,20}";
// "Hi Justin", "Hey, Afua.", "Thanks for the details, Justin." (name then punctuation), "Hannah, we are ..." (body start).
const AFTER_GREETING = new RegExp(`(?<![\\p{L}])(?:${GREETING}),?\\s{1,3}(${CAPITAL})(?:\\s(${CAPITAL}))?(?=[\\s,.!?:;)]|$)`, "gu");
const AFTER_COMMA = new RegExp(`,\\s{1,3}(${CAPITAL})(?:\\s(${CAPITAL}))?(?=\\s{0,3}[.!?:;)]|\\s{0,3}$|\\s{0,3}[\\p{Extended_Pictographic}])`, "gu");
const BODY_START = new RegExp(`^(${CAPITAL}),\\s`, "u");
const BEFORE_END = new RegExp(`(?<=[\\p{Ll}]\\s)(${CAPITAL})(?=[.!?]|$)`, "gu");
/**
 * The patterns tried in turn, with the reason each gives, whether its name needs no further test, and
 * the cue it needs (see nameCues). @internal
 */
export const PATTERNS = [
  [AFTER_GREETING, "a name after a greeting", true, GREETING_CUE],
  [AFTER_COMMA, "a name after a comma, closing the sentence", true, COMMA_CUE],
  [BEFORE_END, "a first name closing a sentence", false, LOWER_CUE],
] as const;

/**
 * Finds where an agent message addresses the customer by a personal name, beyond the automatic @handle:
 * the customer's known name anywhere in the body; a name after a greeting ("Hi Justin", "Thanks, Ana");
 * a name closing a sentence after a comma (", Marc."); a name opening the message ("Hannah, we ...");
 * or a common first name at the end of a sentence ("... your account Nancy."). The agent's own signature,
 * the brand and its products, "there", "team" and similar words are not names.
 *
 * @example
 * addressedName(textFeatures("@OGYouTubeGod Hi Justin, which app? ^SJ", "agent"), { names: [], notNames: [] })?.text;
 * // => "Justin"
 */
export function addressedName(features: TextFeatures, context: NameContext): AddressedName | undefined {
  // Two rubrics (name-use, personalization) ask about the same reply with the same context, one after
  // the other: found once. The last answer is kept, not a WeakMap entry per reply (~1 µs each to add).
  if (last.features === features && last.context !== undefined && sameContext(last.context, context)) return last.found;
  const found = findAddressedName(features, context);
  last.features = features;
  last.context = context;
  last.found = found;
  return found;
}

const last: { features: TextFeatures | undefined; context: NameContext | undefined; found: AddressedName | undefined } = { features: undefined, context: undefined, found: undefined };

/** The same names (the same array), handle and words that are not names. */
function sameContext(a: NameContext, b: NameContext): boolean {
  return a.names === b.names && a.handle === b.handle && a.notNames.length === b.notNames.length && a.notNames.every((word, i) => word === b.notNames[i]);
}

function findAddressedName(features: TextFeatures, context: NameContext): AddressedName | undefined {
  const { text } = features;
  const end = features.signature ? features.signature.start : text.length;
  const body = text.slice(0, end);
  const from = features.leadEnd;
  // The words that are not names here, listed only once a candidate is found (most replies have none).
  // The agent's id blocks a word as the words of notNames do (see blockedWords), tested apart: replies
  // of one conversation share notNames but not always the agent.
  let blocked: BlockedWords | undefined;
  let agent: string | undefined;
  const isBlocked = (lower: string) => {
    blocked ??= blockedWords(context.notNames);
    agent ??= features.signature?.agentId.toLowerCase() ?? "";
    if (blocked.words.has(lower) || lower === agent) return true;
    return lower.length >= 4 && (blocked.long.some((b) => b.includes(lower) || lower.includes(b)) || (agent.length >= 4 && (agent.includes(lower) || lower.includes(agent))));
  };
  const candidate = (word: string | undefined, at: number, strong: boolean) => {
    if (!word || at < from || inAny(at, features.handles) || inAny(at, features.links) || inAny(at, features.emails)) return false;
    const lower = word.toLowerCase().replaceAll("’", "'");
    if (NOT_VOCATIVE.has(lower) || isBlocked(lower)) return false;
    return strong || isFirstName(word) || known(lower);
  };
  const knownNames = personalNames(context);
  const known = (lower: string) => knownNames.has(lower);

  // The customer's own name, anywhere in the body (most customers of a Twitter export have none known).
  if (knownNames.size > 0) {
    for (const word of features.words) {
      if (word.end <= end && knownNames.has(word.lower) && /^\p{Lu}/u.test(word.raw) && candidate(word.raw, word.start, true)) {
        return { start: word.start, end: word.end, text: word.raw, reason: "the customer's name" };
      }
    }
  }
  // Each pattern is run only where one scan saw what it needs (most replies have no greeting before a capital).
  const cues = nameCues(body, from);
  for (const [pattern, reason, strong, cue] of PATTERNS) {
    if ((cues & cue) === 0) continue;
    pattern.lastIndex = from;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      const start = m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - (m[2] ? m[2].length + 1 : 0));
      if (candidate(m[1], start, strong)) return { start, end: start + m[1]!.length, text: m[1]!, reason };
    }
  }
  const opening = BODY_START.exec(body.slice(from));
  if (opening && candidate(opening[1], from, isFirstName(opening[1]!) || known(opening[1]!.toLowerCase()))) {
    return { start: from, end: from + opening[1]!.length, text: opening[1]!, reason: "a name opening the message" };
  }
  return undefined;
}

interface BlockedWords {
  /** The words of notNames, lower-cased. */
  words: ReadonlySet<string>;
  /** Those of 4 letters or more, which also block a word that holds one or is held in one. */
  long: readonly string[];
}

/**
 * The words of notNames, which are not names for a reply, kept by list: a job's conversations share a
 * few brands (the agent's own id is tested apart).
 */
function blockedWords(notNames: readonly string[]): BlockedWords {
  // The words of a list are the letter runs of its items: lists whose items joined by a line break are
  // the same text have the same words, so that text is the key.
  const key = notNames.length === 1 ? notNames[0]! : notNames.join("\n");
  let kept = blockedByList.get(key);
  if (kept === undefined) {
    const words = new Set(notNames.flatMap((w) => w.toLowerCase().split(/[^\p{L}]+/u)));
    kept = { words, long: [...words].filter((b) => b.length >= 4) };
    if (blockedByList.size >= 1000) blockedByList.clear();
    blockedByList.set(key, kept);
  }
  return kept;
}

const blockedByList = new Map<string, BlockedWords>();

/** True when the position is inside one of the spans. */
function inAny(at: number, spans: readonly Span[]): boolean {
  for (const span of spans) if (at >= span.start && at < span.end) return true;
  return false;
}

/** The customer's personal names, lower-cased: export names, and first names found in the handle. */
function personalNames(context: NameContext): ReadonlySet<string> {
  // Worked out once per conversation: its replies share one names array (see nameContext), and come one
  // after the other (the last answer is kept).
  if (lastNames.names !== context.names || lastNames.handle !== context.handle) {
    lastNames.names = context.names;
    lastNames.handle = context.handle;
    lastNames.set = splitNames(context);
  }
  return lastNames.set;
}

const lastNames: { names: readonly string[] | undefined; handle: string | undefined; set: ReadonlySet<string> } = { names: undefined, handle: undefined, set: new Set() };

function splitNames(context: NameContext): Set<string> {
  const out = new Set<string>();
  for (const name of context.names) for (const part of name.toLowerCase().split(/[^\p{L}'’-]+/u)) if (part.length >= 2) out.add(part);
  if (context.handle) {
    for (const part of context.handle.split(/[_\d.]+|(?<=\p{Ll})(?=\p{Lu})/u)) {
      if (part.length >= 3 && isFirstName(part)) out.add(part.toLowerCase());
    }
  }
  return out;
}

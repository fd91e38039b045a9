import { phrases, type PhraseMatcher } from "./phrase-matcher.js";
import { NEGATIVE_EMOJI, POSITIVE_EMOJI, STRONG_NEGATIVE_EMOJI } from "./tone-lexicon.js";
import type { Span } from "./spans.js";
import { EYE_ROLL_EMOJI } from "./tone-cues.js";
import { builtIn, emphasisWords, toneOfCues, weak, type CueKind } from "./tone-weights.js";
import { toneBody } from "./tone-body.js";
import { checkedList, GRATITUDE, isOnlyThanks, NEGATION_BEFORE, PROBLEM, sentenceStart } from "./tone-context.js";

/** How a message sounds: the customer is upset, matter-of-fact, or pleased. */
export type Tone = "negative" | "neutral" | "positive";

/** The cues found in a message and the tone they add up to. */
export interface ToneReading {
  tone: Tone;
  /** Points of displeasure and of pleasure. */
  negative: number;
  positive: number;
  cues: (Span & { text: string; kind: CueKind })[];
}

/** Extra cues (literal phrases) added to the built-in lexicon, each worth a full 2 points. */
export interface ToneOptions {
  negative?: readonly string[];
  positive?: readonly string[];
}

const extraCache = new Map<string, PhraseMatcher>();

/**
 * Reads the tone of a message. `negative` when the customer shows displeasure: profanity, insults,
 * sarcasm ("That's reassuring...", praise beside 🙄), words naming an unhappy feeling, a negated positive
 * ("not keen on", "isn't the best"), complaints (being ignored, going in circles, wasted time, broken
 * promises), leaving or threatening to, shouting, "?!", a sad or eye-rolling emoji, or two weaker signs
 * together (a "still", "for the past week", "several times", "???", "didn't work"). `positive` for
 * thanks, praise and relief ("it's working now!"); "!!!" after thanks amplifies it. `neutral` otherwise:
 * a problem described calmly, a polite request, thanks in a request or thanks acknowledging a step ("OK
 * thanks", "Done, thank you") are neutral.
 *
 * @example
 * messageTone("@Acme my order hasn't arrived, can you check?").tone; // => "neutral"
 * messageTone("@Acme third time this week the app crashed!!! 😡").tone; // => "negative"
 * messageTone("@Acme None of those work, we seem to be going in circles here.").tone; // => "negative"
 * messageTone("@Acme that worked, thank you so much!").tone; // => "positive"
 * messageTone("@Acme Thank you!!!!!").tone; // => "positive"
 * messageTone("@Acme OK thanks").tone; // => "neutral"
 */
export function messageTone(text: string, options: ToneOptions = {}): ToneReading {
  const body = toneBody(text);
  const cues: Cue[] = [];
  for (const [matcher, kind] of builtIn) for (const m of matcher.find(body)) cues.push({ start: m.start, end: m.end, text: m.text, kind });
  if (options.negative?.length) extraCues(options.negative, "strong", body, cues);
  if (options.positive?.length) extraCues(options.positive, "positive", body, cues);
  // Weak cues clear of the cues above, at most two, the second worded otherwise than the first.
  const clear = cues.length;
  let firstWeak: string | undefined;
  for (const m of weak.find(body)) {
    if (overlapsCue(cues, clear, m.start, m.end)) continue;
    const lower = m.text.toLowerCase();
    if (lower === firstWeak) continue;
    cues.push({ start: m.start, end: m.end, text: m.text, kind: "weak" });
    if (firstWeak !== undefined) break;
    firstWeak = lower;
  }
  // A word in capitals (emphasis) and shouting both need two capitals in a row: most texts have none.
  if (TWO_CAPITALS.test(body)) {
    emphasisWords.lastIndex = 0;
    const emphasized = emphasisWords.exec(body);
    if (emphasized) cues.push({ start: emphasized.index, end: emphasized.index + emphasized[0].length, text: emphasized[0], kind: "weak" });
    const shout = shouting(body);
    if (shout) cues.push(shout);
  }
  // Reports a problem or asks for something: read on first use (most texts never need it).
  let problem: boolean | undefined;
  const reportsProblem = () => (problem ??= PROBLEM.test(body));
  // Runs of "!!!" shout (2 points); "???" or "?!" are emphasis (1 point); each kind counts once.
  // Each run holds "!!!", "???", "?!" or "!?": a text without them has none (most texts).
  if (body.includes("!!!") || body.includes("?!") || body.includes("!?") || body.includes("???")) {
    let loud: RegExpExecArray | undefined;
    let emphatic: RegExpExecArray | undefined;
    // An exec loop, not matchAll (which copies the regex for every text). No run is empty.
    RUNS.lastIndex = 0;
    for (let run = RUNS.exec(body); run; run = RUNS.exec(body)) {
      if (run[0].includes("!!!")) loud ??= run;
      else emphatic ??= run;
      if (loud && emphatic) break;
    }
    // "Thank you!!!" and "It works now!!!": the run amplifies gratitude or relief in its sentence.
    if (loud) {
      const from = sentenceStart(body, loud.index);
      const amplifies = (c: Cue) => (c.kind === "positive" ? !reportsProblem() : GRATITUDE.has(c.kind)) && c.start >= from;
      if (!cues.some(amplifies)) cues.push({ start: loud.index, end: loud.index + loud[0].length, text: loud[0], kind: "shouting" });
    }
    // "?!" is incredulity ("it does not let me ... at the same time?!"): 2 points.
    if (emphatic) {
      const start = emphatic.index;
      const end = start + emphatic[0].length;
      if (!cues.some((c) => c.kind === "weak" && c.start < end && start < c.end)) cues.push({ start, end, text: emphatic[0], kind: INCREDULITY.test(emphatic[0]) ? "incredulity" : "emphasis" });
    }
  }
  // Every emoji and emoticon holds a non-ASCII character, ":", "_" or "<": most texts have none.
  const emojiLike = EMOJI_HINT.test(body);
  const strongEmoji = emojiLike ? STRONG_NEGATIVE_EMOJI.exec(body) : null;
  const negEmoji = strongEmoji ?? (emojiLike ? NEGATIVE_EMOJI.exec(body) : null);
  if (negEmoji) cues.push({ start: negEmoji.index, end: negEmoji.index + negEmoji[0].length, text: negEmoji[0], kind: strongEmoji ? "strong-negative-emoji" : "negative-emoji" });
  const posEmoji = emojiLike ? POSITIVE_EMOJI.exec(body) : null;
  if (posEmoji) cues.push({ start: posEmoji.index, end: posEmoji.index + posEmoji[0].length, text: posEmoji[0], kind: "positive-emoji" });
  // A message that is only thanks, or thanks with a warm emoji and no problem, is gratitude.
  if (cues.some((c) => c.kind === "polite-thanks") && (isOnlyThanks(body) || (posEmoji && !reportsProblem()))) cues.push({ start: 0, end: 0, text: "", kind: "positive" });
  // Praise beside an eye-roll or facepalm is sarcasm ("best security I've ever seen 🤦"): read on first use.
  let eyeRoll: boolean | undefined;
  // A few negated-positive spans are enough to judge; bounding them keeps long hostile texts linear.
  // Listed only when a cue of pleasure is judged (the loop below leaves negated-positive cues as they are).
  let negatedSpans: Cue[] | undefined;
  // Thanks in a message that reports a problem or asks for something is politeness; so is praise in a
  // wish ("it would be awesome if ..."); "thanks, but ..." is a contrast, not gratitude; a negated
  // positive ("not great", "isn't working now") is no praise.
  // Only cues of pleasure are judged here: the words around the others are not read.
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    if (!GRATITUDE.has(cue.kind)) continue;
    if (cue.kind === "positive" && cue.text && (eyeRoll ??= emojiLike && EYE_ROLL_EMOJI.test(body))) cues[i] = { start: cue.start, end: cue.end, text: cue.text, kind: "sarcasm" };
    else if (dismissed(cue, body, reportsProblem, (negatedSpans ??= cues.filter((c) => c.kind === "negated-positive").slice(0, 16)))) cues.splice(i, 1);
  }
  if (cues.length > 1) sortByStart(cues);
  return toneOfCues(cues);
}

type Cue = ToneReading["cues"][number];

/**
 * Sorts the cues by start, stably (cues that start together keep their order), in place: the order of
 * `sort((a, b) => a.start - b.start)`, by an insertion sort (without sort's set-up) for a message's few
 * cues, by sort for many (a long text full of cues stays n log n).
 */
function sortByStart(cues: Cue[]): void {
  if (cues.length > 16) {
    cues.sort(byStart);
    return;
  }
  for (let i = 1; i < cues.length; i++) {
    const cue = cues[i]!;
    let j = i;
    while (j > 0 && cues[j - 1]!.start > cue.start) {
      cues[j] = cues[j - 1]!;
      j--;
    }
    cues[j] = cue;
  }
}

const byStart = (a: Cue, b: Cue) => a.start - b.start;

/** Runs of "!" and "?" that shout or stress. */
const RUNS = /!{3,}|[?!]*(?:\?!|!\?)[?!]*|\?{3,}/g;
/** Two capitals in a row: in every word emphasisWords and shouting() match. */
const TWO_CAPITALS = /[A-Z]{2}/;
/**
 * A character every emoji and emoticon of the emoji patterns holds (STRONG_NEGATIVE_EMOJI,
 * NEGATIVE_EMOJI, POSITIVE_EMOJI, EYE_ROLL_EMOJI): non-ASCII, or ":", "_", "<" (">:(", "T_T", "<3").
 */
const EMOJI_HINT = /[:_<\u0080-\uffff]/;
/** A run that holds "?!" or "!?". */
const INCREDULITY = /\?!|!\?/;

/** Whether [start, end) overlaps one of the first `count` cues. */
function overlapsCue(cues: readonly Cue[], count: number, start: number, end: number): boolean {
  for (let i = 0; i < count; i++) if (cues[i]!.start < end && start < cues[i]!.end) return true;
  return false;
}

/** Adds the matches of a user's extra cues (each list compiled once). */
function extraCues(list: readonly string[], kind: "strong" | "positive", body: string, cues: Cue[]): void {
  const key = JSON.stringify(list);
  let matcher = extraCache.get(key);
  if (!matcher) extraCache.set(key, (matcher = phrases(checkedList(list, kind === "strong" ? "negative" : "positive"))));
  for (const m of matcher.find(body)) cues.push({ start: m.start, end: m.end, text: m.text, kind });
}

/**
 * Whether a cue of gratitude, praise or relief is no pleasure after all: thanks in a message that
 * reports a problem, praise in a wish ("it would be awesome if ..."), "thanks, but ...", a negated
 * positive ("not great", "isn't working now"), relief asked about ("working now?").
 */
function dismissed(cue: Cue, body: string, reportsProblem: () => boolean, negatedSpans: readonly Span[]): boolean {
  if (cue.kind === "thanks" && reportsProblem()) return true;
  const before = body.slice(Math.max(0, cue.start - 15), cue.start);
  const after = body.slice(cue.end, cue.end + 25);
  if (cue.kind === "positive" && WISH_BEFORE.test(before)) return true;
  if (cue.kind !== "polite-thanks" && CONTRAST_WORD.test(after) && CONTRAST_AFTER.test(after)) return true;
  if (NEGATION_BEFORE.test(before) || negatedSpans.some((c) => c.start <= cue.start && cue.start < c.end)) return true;
  return cue.kind === "relief" && ASKED_AFTER.test(after);
}

// The patterns are module constants: the bundler turns a literal with `\p{...}` into a `new RegExp` call,
// which in a function body would build the regex on every call.
/** Praise in a wish: "it would be awesome if ...". */
const WISH_BEFORE = /(?:would|'d) be\s{1,3}$/i;
/** "thanks, but ...": a contrast after the cue (a few words may come between). */
const CONTRAST_AFTER = /^(?:[\s\p{P}\p{Extended_Pictographic}]{1,4}\p{L}{1,12}){0,2}[\s\p{P}\p{Extended_Pictographic}]{0,4}(?:appreciate it[\s,]{0,3})?(?:but|although|though|however|unfortunately)\b/iu;
/** A word of contrast, which every match of CONTRAST_AFTER holds (a cheap test first: most cues have none after them). */
const CONTRAST_WORD = /but|though|however|unfortunately/iu;
/** Relief asked about: "working now?". */
const ASKED_AFTER = /^\s{0,2}\?/;


/** Three or more words in capitals in a row (not acronyms alone): shouting. */
function shouting(body: string): Cue | undefined {
  const match = CAPITAL_WORDS.exec(body);
  if (match && THREE_CAPITALS.test(match[0]) && match[0].replace(NOT_CAPITAL, "").length >= 8) {
    return { start: match.index, end: match.index + match[0].length, text: match[0], kind: "shouting" };
  }
  return undefined;
}

const CAPITAL_WORDS = /\b[A-Z]{2,}(?:[\s,.!?']{1,3}[A-Z]{2,}){2,}\b/;
const THREE_CAPITALS = /[A-Z]{3,}/;
const NOT_CAPITAL = /[^A-Z]/g;

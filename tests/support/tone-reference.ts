/**
 * The tone reader as it was before its speed-ups (main 257f2eb, src/text/tone.ts), kept only to check
 * that the faster one gives the same reading (tone, points and every cue) on any text. It shares the cue
 * weights and lexicons (tone-weights.ts) and the context tests (tone-context.ts): the speed-ups changed how they are applied, not what they are.
 */
import { phrases, type PhraseMatcher } from "../../src/text/phrase-matcher.js";
import { NEGATIVE_EMOJI, POSITIVE_EMOJI, STRONG_NEGATIVE_EMOJI } from "../../src/text/tone-lexicon.js";
import type { Span } from "../../src/text/spans.js";
import { EYE_ROLL_EMOJI } from "../../src/text/tone-cues.js";
import { builtIn, emphasisWords, toneOfCues, weak, type CueKind } from "../../src/text/tone-weights.js";
import { checkedList, GRATITUDE, isOnlyThanks, NEGATION_BEFORE, PROBLEM, sentenceStart } from "../../src/text/tone-context.js";
import type { ToneOptions, ToneReading } from "../../src/text/tone.js";

const extraCache = new Map<string, PhraseMatcher>();

/**
 * Reads the tone of a message. `negative` when the customer shows displeasure: profanity, insults,
 * sarcasm ("That's reassuring...", praise beside 🙄), words naming an unhappy feeling, a negated positive
 * ("not keen on", "isn't the best"), complaints (being ignored, going in circles, wasted time, broken
 * promises), leaving or threatening to, shouting, "?!", a sad or eye-rolling emoji, or two weaker signs
 * together (a "still", "for the past week", "several times", "???", "didn't work"). `positive` for
 * thanks, praise and relief ("it's working now!"); "!!!" after thanks amplifies it. `neutral` otherwise:
 * a problem described calmly, a polite request, thanks in a request are neutral.
 *
 * @example
 * messageTone("@Acme my order hasn't arrived, can you check?").tone; // => "neutral"
 * messageTone("@Acme third time this week the app crashed!!! 😡").tone; // => "negative"
 * messageTone("@Acme None of those work, we seem to be going in circles here.").tone; // => "negative"
 * messageTone("@Acme that worked, thank you so much!").tone; // => "positive"
 * messageTone("@Acme Thank you!!!!!").tone; // => "positive"
 */
export function referenceMessageTone(text: string, options: ToneOptions = {}): ToneReading {
  const body = text.replace(/(?:^|\s)@\w{1,50}/g, (m) => " ".repeat(m.length)).replace(/https?:\/\/\S{1,2000}/g, (m) => " ".repeat(m.length));
  const cues: ToneReading["cues"] = [];
  for (const [matcher, kind] of builtIn) for (const m of matcher.find(body)) cues.push({ start: m.start, end: m.end, text: m.text, kind });
  for (const [list, kind] of [[options.negative, "strong"], [options.positive, "positive"]] as const) {
    if (!list?.length) continue;
    const key = JSON.stringify(list);
    if (!extraCache.has(key)) extraCache.set(key, phrases(checkedList(list, kind === "strong" ? "negative" : "positive")));
    for (const m of extraCache.get(key)!.find(body)) cues.push({ start: m.start, end: m.end, text: m.text, kind });
  }
  const weakHits = weak.find(body).filter((m) => !cues.some((c) => c.start < m.end && m.start < c.end));
  const distinct = weakHits.filter((m, i) => weakHits.findIndex((o) => o.text.toLowerCase() === m.text.toLowerCase()) === i);
  for (const m of distinct.slice(0, 2)) cues.push({ start: m.start, end: m.end, text: m.text, kind: "weak" });
  emphasisWords.lastIndex = 0;
  const emphasized = emphasisWords.exec(body);
  if (emphasized) cues.push({ start: emphasized.index, end: emphasized.index + emphasized[0].length, text: emphasized[0], kind: "weak" });
  const shout = shouting(body);
  if (shout) cues.push({ ...shout, kind: "shouting" });
  // Runs of "!!!" shout (2 points); "???" or "?!" are emphasis (1 point); each kind counts once.
  // Each run holds "!!!", "???", "?!" or "!?": a text without them has none (most texts).
  const runs = body.includes("!!!") || body.includes("?!") || body.includes("!?") || body.includes("???") ? [...body.matchAll(/!{3,}|[?!]*(?:\?!|!\?)[?!]*|\?{3,}/g)] : [];
  const loud = runs.find((m) => /!{3,}/.test(m[0]));
  const emphatic = runs.find((m) => !/!{3,}/.test(m[0]));
  // "Thank you!!!" and "It works now!!!": the run amplifies gratitude or relief in its sentence.
  const amplifies = (c: ToneReading["cues"][number]) => (c.kind === "positive" ? !PROBLEM.test(body) : GRATITUDE.has(c.kind)) && c.start >= sentenceStart(body, loud!.index);
  if (loud && !cues.some(amplifies)) cues.push({ start: loud.index, end: loud.index + loud[0].length, text: loud[0], kind: "shouting" });
  // "?!" is incredulity ("it does not let me ... at the same time?!"): 2 points.
  if (emphatic && !cues.some((c) => c.kind === "weak" && c.start < emphatic.index + emphatic[0].length && emphatic.index < c.end)) cues.push({ start: emphatic.index, end: emphatic.index + emphatic[0].length, text: emphatic[0], kind: /\?!|!\?/.test(emphatic[0]) ? "incredulity" : "emphasis" });
  const strongEmoji = STRONG_NEGATIVE_EMOJI.exec(body);
  const negEmoji = strongEmoji ?? NEGATIVE_EMOJI.exec(body);
  if (negEmoji) cues.push({ start: negEmoji.index, end: negEmoji.index + negEmoji[0].length, text: negEmoji[0], kind: strongEmoji ? "strong-negative-emoji" : "negative-emoji" });
  const posEmoji = POSITIVE_EMOJI.exec(body);
  if (posEmoji) cues.push({ start: posEmoji.index, end: posEmoji.index + posEmoji[0].length, text: posEmoji[0], kind: "positive-emoji" });
  const reportsProblem = PROBLEM.test(body);
  // A message that is only thanks, or thanks with a warm emoji and no problem, is gratitude.
  if (cues.some((c) => c.kind === "polite-thanks") && (isOnlyThanks(body) || (posEmoji && !reportsProblem))) cues.push({ start: 0, end: 0, text: "", kind: "positive" });
  // Praise beside an eye-roll or facepalm is sarcasm ("best security I've ever seen 🤦").
  const eyeRoll = EYE_ROLL_EMOJI.test(body);
  // A few negated-positive spans are enough to judge; bounding them keeps long hostile texts linear.
  // Listed only when a cue of pleasure is judged (the loop below leaves negated-positive cues as they are).
  let negatedSpans: ToneReading["cues"] | undefined;
  // Thanks in a message that reports a problem or asks for something is politeness; so is praise in a
  // wish ("it would be awesome if ..."); "thanks, but ..." is a contrast, not gratitude; a negated
  // positive ("not great", "isn't working now") is no praise.
  // Only cues of pleasure are judged here: the words around the others are not read.
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    if (!GRATITUDE.has(cue.kind)) continue;
    if (cue.kind === "positive" && eyeRoll && cue.text) cues[i] = { ...cue, kind: "sarcasm" };
    else if (dismissed(cue, body, reportsProblem, (negatedSpans ??= cues.filter((c) => c.kind === "negated-positive").slice(0, 16)))) cues.splice(i, 1);
  }
  if (cues.length > 1) cues.sort((a, b) => a.start - b.start);
  return toneOfCues(cues);
}

/**
 * Whether a cue of gratitude, praise or relief is no pleasure after all: thanks in a message that
 * reports a problem, praise in a wish ("it would be awesome if ..."), "thanks, but ...", a negated
 * positive ("not great", "isn't working now"), relief asked about ("working now?").
 */
function dismissed(cue: ToneReading["cues"][number], body: string, reportsProblem: boolean, negatedSpans: readonly Span[]): boolean {
  if (cue.kind === "thanks" && reportsProblem) return true;
  const before = body.slice(Math.max(0, cue.start - 15), cue.start);
  const after = body.slice(cue.end, cue.end + 25);
  if (cue.kind === "positive" && /(?:would|'d) be\s{1,3}$/i.test(before)) return true;
  if (cue.kind !== "polite-thanks" && /^(?:[\s\p{P}\p{Extended_Pictographic}]{1,4}\p{L}{1,12}){0,2}[\s\p{P}\p{Extended_Pictographic}]{0,4}(?:appreciate it[\s,]{0,3})?(?:but|although|though|however|unfortunately)\b/iu.test(after)) return true;
  if (NEGATION_BEFORE.test(before) || negatedSpans.some((c) => c.start <= cue.start && cue.start < c.end)) return true;
  return cue.kind === "relief" && /^\s{0,2}\?/.test(after);
}

/** Three or more words in capitals in a row (not acronyms alone): shouting. */
function shouting(body: string): (Span & { text: string }) | undefined {
  const match = /\b[A-Z]{2,}(?:[\s,.!?']{1,3}[A-Z]{2,}){2,}\b/.exec(body);
  if (match && /[A-Z]{3,}/.test(match[0]) && match[0].replace(/[^A-Z]/g, "").length >= 8) {
    return { start: match.index, end: match.index + match[0].length, text: match[0] };
  }
  return undefined;
}

import { patterns, type PhraseMatcher } from "./phrase-matcher.js";
import { COMPLAINT, EMOTION, POLITE_THANKS, POSITIVE, STRONG_NEGATIVE, THANKS, WEAK_NEGATIVE } from "./tone-lexicon.js";
import { IGNORED, LEAVING, NEGATED_POSITIVE, RELIEF, REPEATED, SARCASM } from "./tone-cues.js";

/**
 * The kinds of tone cue, the points each is worth, and the compiled lexicons that find them
 * (messageTone in tone.ts adds them up).
 *
 * @example
 * WEIGHT.strong; // => [2, 0]
 * builtIn.find(([, kind]) => kind === "thanks")![0].first("Thanks so much!")?.text; // => "Thanks so much"
 */
export type CueKind =
  | "strong" | "emotion" | "complaint" | "negated-positive" | "sarcasm" | "leaving" | "ignored" | "weak" | "shouting" | "emphasis" | "incredulity" | "strong-negative-emoji" | "negative-emoji"
  | "positive" | "relief" | "thanks" | "polite-thanks" | "positive-emoji";

/** Points of displeasure and of pleasure per cue. */
export const WEIGHT: Record<CueKind, [number, number]> = {
  strong: [2, 0],
  emotion: [2, 0],
  complaint: [2, 0],
  "negated-positive": [2, 0],
  sarcasm: [2, 0],
  leaving: [2, 0],
  ignored: [2, 0],
  shouting: [2, 0],
  weak: [1, 0],
  emphasis: [1, 0],
  incredulity: [2, 0],
  "strong-negative-emoji": [2, 0],
  "negative-emoji": [2, 0],
  positive: [0, 2],
  relief: [0, 2],
  thanks: [0, 2],
  "positive-emoji": [0, 0.5],
  "polite-thanks": [0, 0],
};

/** Lexicons whose every match is a cue of that kind. */
export const builtIn: [PhraseMatcher, CueKind][] = [
  [patterns(STRONG_NEGATIVE), "strong"],
  [patterns(EMOTION), "emotion"],
  [patterns(COMPLAINT), "complaint"],
  [patterns(NEGATED_POSITIVE), "negated-positive"],
  [patterns(SARCASM), "sarcasm"],
  [patterns(LEAVING), "leaving"],
  [patterns(IGNORED), "ignored"],
  [patterns(RELIEF), "relief"],
  [patterns(POSITIVE), "positive"],
  [patterns(THANKS), "thanks"],
  [patterns(POLITE_THANKS), "polite-thanks"],
];
/** Weaker signs of displeasure: two together (or one with another cue) make a message negative. */
export const weak = patterns([...WEAK_NEGATIVE.filter((fragment) => !/^\(\?:REALLY/.test(fragment)), ...REPEATED]);
/** Emphasis in capitals ("REALLY"), a weak sign. */
export const emphasisWords = new RegExp(`(?<![\\p{L}])(?:${WEAK_NEGATIVE.find((f) => f.startsWith("(?:REALLY"))!.slice(3, -1)})(?![\\p{L}])`, "gu");

/**
 * Adds up the points of a message's cues: negative at 2 points of displeasure (and no more pleasure than
 * that), positive at 2 points of pleasure, neutral otherwise.
 *
 * @example
 * toneOfCues([{ start: 0, end: 4, text: "ugh!", kind: "emotion" }]).tone; // => "negative"
 */
export function toneOfCues<C extends { kind: CueKind }>(cues: C[]): { tone: "negative" | "neutral" | "positive"; negative: number; positive: number; cues: C[] } {
  let negative = 0;
  let positive = 0;
  for (const cue of cues) {
    negative += WEIGHT[cue.kind][0];
    positive += WEIGHT[cue.kind][1];
  }
  const tone = negative >= 2 && negative >= positive ? "negative" : positive >= 2 ? "positive" : "neutral";
  return { tone, negative, positive, cues };
}

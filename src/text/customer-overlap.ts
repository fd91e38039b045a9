import { GENERIC_WORDS, PHATIC_WORDS } from "./generic-words.js";
import type { TextFeatures } from "./text-features.js";
import { stem, type Word } from "./words.js";

/**
 * The content words of a reply that the customer used before it (compared by stem, generic words left
 * out): the reply refers to what the customer said. Links are not read: an article's address is not the
 * reply naming the problem.
 *
 * @example
 * sharedContentWords(textFeatures("@x Sorry your AirPods keep disconnecting", "agent"), [textFeatures("my left AirPod disconnects", "customer")]).map((w) => w.raw);
 * // => ["AirPods", "disconnecting"]
 */
export function sharedContentWords(reply: TextFeatures, customer: readonly TextFeatures[], options: { loose?: boolean; notContent?: readonly string[] } = {}): Word[] {
  const names = (options.notContent ?? []).map((name) => name.toLowerCase());
  const loose = options.loose ?? false;
  const stems = new Set<string>();
  for (const features of customer) for (const [lower, stemmed] of keptWords(features, loose)) if (!notContent(lower, names)) stems.add(stemmed);
  if (stems.size === 0) return [];
  const keep = loose ? isTopicWord : isContentWord;
  return reply.words.filter((word) => keep(word.lower) && !notContent(word.lower, names) && stems.has(stem(word.lower)));
}

/** A message's content (or topic) words with their stems, worked out once per message and reused by every reply after it. */
function keptWords(features: TextFeatures, loose: boolean): readonly (readonly [string, string])[] {
  let kept = (loose ? topicWords : contentWords).get(features);
  if (!kept) {
    const keep = loose ? isTopicWord : isContentWord;
    kept = features.words.filter((word) => keep(word.lower)).map((word) => [word.lower, stem(word.lower)] as const);
    (loose ? topicWords : contentWords).set(features, kept);
  }
  return kept;
}

const contentWords = new WeakMap<TextFeatures, readonly (readonly [string, string])[]>();
const topicWords = new WeakMap<TextFeatures, readonly (readonly [string, string])[]>();

/**
 * How much of what the customer said before a reply is read for overlap: their last 100 messages at
 * most (real threads hold a handful), so that a thread of 100,000 messages is read in linear time.
 */
export const CUSTOMER_HISTORY = 100;

/** A word that can say something about a particular customer's problem. */
export function isContentWord(word: string): boolean {
  return (word.length >= 3 || /\d/.test(word)) && !GENERIC_WORDS.has(word) && !isSmallNumber(word);
}

/** A word that can say what a problem is about, everyday support words included ("account", "app"). */
export function isTopicWord(word: string): boolean {
  return (word.length >= 3 || /\d/.test(word)) && !PHATIC_WORDS.has(word) && !isSmallNumber(word);
}

/** Words of the brand's own name ("youtube" for TeamYouTube) are not the customer's topic. */
function notContent(word: string, lowerCaseNames: readonly string[]): boolean {
  return word.length >= 4 && lowerCaseNames.some((name) => name.includes(word));
}

/** "7", "42": a one- or two-digit number (the length is checked first: most words are longer). */
function isSmallNumber(word: string): boolean {
  return word.length <= 2 && /^\d{1,2}$/.test(word);
}

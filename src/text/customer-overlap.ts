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
  const said = customer.map((features) => keptStems(features, loose));
  if (said.every((stems) => stems.size === 0)) return [];
  const keep = loose ? isTopicWord : isContentWord;
  // A reply word is shared when a customer word with its stem is content (not the brand's name).
  const saidBy = (stemmed: string) => said.some((stems) => stems.get(stemmed)?.some((lower) => !notContent(lower, names)) ?? false);
  return reply.words.filter((word) => keep(word.lower) && !notContent(word.lower, names) && saidBy(stem(word.lower)));
}

/**
 * A message's content (or topic) words by stem (stem -> the words, lower-cased, in text order), worked
 * out once per message and reused by every reply after it.
 */
function keptStems(features: TextFeatures, loose: boolean): ReadonlyMap<string, readonly string[]> {
  const cache = loose ? topicStems : contentStems;
  let kept = cache.get(features);
  if (!kept) {
    const keep = loose ? isTopicWord : isContentWord;
    const byStem = new Map<string, string[]>();
    for (const word of features.words) {
      if (!keep(word.lower)) continue;
      const stemmed = stem(word.lower);
      const same = byStem.get(stemmed);
      if (same) same.push(word.lower);
      else byStem.set(stemmed, [word.lower]);
    }
    cache.set(features, (kept = byStem));
  }
  return kept;
}

const contentStems = new WeakMap<TextFeatures, ReadonlyMap<string, readonly string[]>>();
const topicStems = new WeakMap<TextFeatures, ReadonlyMap<string, readonly string[]>>();

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

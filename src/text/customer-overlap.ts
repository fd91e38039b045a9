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
  const keep = (word: string) => (options.loose ? isTopicWord(word) : isContentWord(word)) && !notContent(word, names);
  const stems = new Set<string>();
  for (const features of customer) for (const word of features.words) if (keep(word.lower)) stems.add(stem(word.lower));
  if (stems.size === 0) return [];
  return reply.words.filter((word) => keep(word.lower) && stems.has(stem(word.lower)));
}

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

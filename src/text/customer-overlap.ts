import { GENERIC_WORDS, PHATIC_WORDS } from "./generic-words.js";
import { WORD_TABLE, type TextFeatures } from "./text-features.js";
import { stem, type Word } from "./words.js";
import { conceptOf } from "./concepts.js";

/**
 * The content words of a reply that the customer used before it (compared by stem, or by a group of words
 * for the same kind of problem: "trouble connecting" for "can't go online"; generic words left out): the
 * reply refers to what the customer said. Links are not read: an article's address is not the
 * reply naming the problem.
 *
 * @example
 * sharedContentWords(textFeatures("@x Sorry your AirPods keep disconnecting", "agent"), [textFeatures("my left AirPod disconnects", "customer")]).map((w) => w.raw);
 * // => ["AirPods", "disconnecting"]
 */
export function sharedContentWords(reply: TextFeatures, customer: readonly TextFeatures[], options: { loose?: boolean; notContent?: readonly string[] } = {}): Word[] {
  const out: Word[] = [];
  overlap(reply, customer, options, out);
  return out;
}

/**
 * Whether a reply shares any content (or, `loose`, topic) word with what the customer said: the same
 * test as `sharedContentWords(...).length > 0`, stopping at the first shared word.
 *
 * @example
 * sharesContentWords(textFeatures("Sorry your AirPods keep disconnecting", "agent"), [textFeatures("my AirPod disconnects", "customer")]); // => true
 */
export function sharesContentWords(reply: TextFeatures, customer: readonly TextFeatures[], options: { loose?: boolean; notContent?: readonly string[] } = {}): boolean {
  return overlap(reply, customer, options, undefined);
}

/** The shared words, pushed to `out` (all of them), or whether there is one (`out` undefined: stops at the first). */
function overlap(reply: TextFeatures, customer: readonly TextFeatures[], options: { loose?: boolean; notContent?: readonly string[] }, out: Word[] | undefined): boolean {
  const loose = options.loose ?? false;
  const said: StemMap[] = [];
  let any = false;
  for (const features of customer) {
    const stems = keptStems(features, loose);
    if (stems.size > 0) any = true;
    said.push(stems);
  }
  if (!any) return false;
  const names = (options.notContent ?? []).map((name) => name.toLowerCase());
  // A reply word is shared when a customer word with its stem is content (not the brand's name).
  // The reply's words are classified here, not kept in a table: a reply is read once (strictly or loosely).
  const kind = loose ? TOPIC : CONTENT;
  let found = false;
  for (const word of reply.words) {
    const known = wordKind(word.lower);
    if ((known.kinds & kind) === 0 || notContent(word.lower, names)) continue;
    const concept = conceptOf(known.stem);
    if (!saidBy(said, known.stem, names) && (concept === undefined || !saidBy(said, concept, names))) continue;
    found = true;
    if (out) out.push(word);
    else break;
  }
  return found;
}

function saidBy(said: readonly StemMap[], stemmed: string, names: readonly string[]): boolean {
  for (const stems of said) {
    const same = stems.get(stemmed);
    if (same === undefined) continue;
    if (typeof same === "string") {
      if (!notContent(same, names)) return true;
    } else for (const lower of same) if (!notContent(lower, names)) return true;
  }
  return false;
}

/**
 * A message's content (or topic) words by stem: stem -> the words with that stem, lower-cased, in text
 * order; one word as itself, several as an array (most stems have one word: no array for it).
 */
type StemMap = ReadonlyMap<string, string | readonly string[]>;

/** A customer message's stem maps, each made when first asked for. */
interface StemMaps {
  content?: StemMap;
  topic?: StemMap;
}

const TOPIC = 1;
const CONTENT = 2;
/** Maps of features that have no slot for theirs (TextFeatures not made by textFeatures). */
const tables = new WeakMap<TextFeatures, StemMaps>();

/**
 * A message's content (or topic) words by stem (see StemMap), worked out once per message and reused by
 * every reply after it. A message read both strictly and loosely has its words classified twice (each
 * a cached lookup): most are read one way only.
 */
function keptStems(features: TextFeatures, loose: boolean): StemMap {
  const slot = WORD_TABLE in features;
  let maps = (slot ? features[WORD_TABLE] : tables.get(features)) as StemMaps | undefined;
  if (!maps) {
    maps = {};
    if (slot) features[WORD_TABLE] = maps;
    else tables.set(features, maps);
  }
  let kept = loose ? maps.topic : maps.content;
  if (!kept) {
    const kind = loose ? TOPIC : CONTENT;
    const byStem = new Map<string, string | string[]>();
    for (const word of features.words) {
      const known = wordKind(word.lower);
      if ((known.kinds & kind) === 0) continue;
      addWord(byStem, known.stem, word.lower);
      const concept = conceptOf(known.stem);
      if (concept !== undefined) addWord(byStem, concept, word.lower);
    }
    kept = byStem;
    if (loose) maps.topic = kept;
    else maps.content = kept;
  }
  return kept;
}

function addWord(byStem: Map<string, string | string[]>, key: string, lower: string): void {
  const same = byStem.get(key);
  if (same === undefined) byStem.set(key, lower);
  else if (typeof same === "string") byStem.set(key, [same, lower]);
  else same.push(lower);
}

/** What overlap reads of a lower-cased word: whether it is a topic (TOPIC) and a content (CONTENT) word, and its stem. */
interface WordKind {
  kinds: number;
  /** The stem of a topic word (only those are compared by stem). */
  stem: string;
}

/**
 * A word's kinds and stem, worked out once per distinct word: one lookup instead of a set lookup per
 * kind and one for the stem (content words are topic words too: the generic words hold the phatic
 * ones). As for stems, only words shorter than 13 characters are kept, and the cache is cleared when full.
 */
function wordKind(lower: string): WordKind {
  // A word of one or two letters is never a topic word ("i", "my", "to"): settled without a lookup.
  if (lower.length < 3 && !hasDigit(lower)) return NO_KIND;
  let known = kindCache.get(lower);
  if (known === undefined) {
    known = { kinds: isTopicWord(lower) ? (GENERIC_WORDS.has(lower) ? TOPIC : TOPIC | CONTENT) : 0, stem: stem(lower) };
    if (lower.length < 13) {
      if (kindCache.size >= KIND_CACHE_LIMIT) kindCache.clear();
      kindCache.set(lower, known);
    }
  }
  return known;
}

const kindCache = new Map<string, WordKind>();
/** Neither a topic nor a content word (its stem is not read). */
const NO_KIND: WordKind = { kinds: 0, stem: "" };

/** `/\d/.test(word)`, without a regex object per call. */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigit(word.charCodeAt(i))) return true;
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
const KIND_CACHE_LIMIT = 50_000;

/**
 * How much of what the customer said before a reply is read for overlap: their last 100 messages at
 * most (real threads hold a handful), so that a thread of 100,000 messages is read in linear time.
 */
export const CUSTOMER_HISTORY = 100;

/** A word that can say something about a particular customer's problem. */
export function isContentWord(word: string): boolean {
  return (word.length >= 3 || hasDigit(word)) && !GENERIC_WORDS.has(word) && !isSmallNumber(word);
}

/** A word that can say what a problem is about, everyday support words included ("account", "app"). */
export function isTopicWord(word: string): boolean {
  return (word.length >= 3 || hasDigit(word)) && !PHATIC_WORDS.has(word) && !isSmallNumber(word);
}

/** Words of the brand's own name ("youtube" for TeamYouTube) are not the customer's topic. */
function notContent(word: string, lowerCaseNames: readonly string[]): boolean {
  return word.length >= 4 && lowerCaseNames.some((name) => name.includes(word));
}

/** "7", "42": a one- or two-digit number (the length is checked first: most words are longer). */
function isSmallNumber(word: string): boolean {
  return word.length <= 2 && word.length > 0 && isDigit(word.charCodeAt(0)) && (word.length === 1 || isDigit(word.charCodeAt(1)));
}

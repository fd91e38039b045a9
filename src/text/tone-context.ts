import { CarelensError } from "../errors.js";
import { WordListSchema } from "./word-list.js";
import type { CueKind } from "./tone-weights.js";
import { z } from "zod";

/*
 * What messageTone (tone.ts) reads around a cue to judge it: a negation before it, problem words in the
 * message, where its sentence starts; and the check of a user's extra cue lists.
 */

/**
 * A user's extra tone cues, checked once (when first compiled): literal phrases of bounded length.
 *
 * @example
 * checkedList(["fed up"], "negative"); // => ["fed up"]
 */
export function checkedList(list: readonly string[], option: string): readonly string[] {
  const parsed = WordListSchema.safeParse(list);
  if (!parsed.success) throw new CarelensError(`invalid tone option "${option}":\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Cues of gratitude, praise or relief. */
export const GRATITUDE = new Set<CueKind>(["positive", "relief", "thanks", "polite-thanks"]);

/** A negation just before a word of praise or relief: "not", "isn't", "no longer", "never". */
export const NEGATION_BEFORE = /\b(?:not|never|no longer|isn'?t|wasn'?t|aren'?t|don'?t|doesn'?t|didn'?t|hardly)\s{1,3}(?:\w{1,10}\s{1,3})?$/i;

/**
 * Where the sentence holding `index` starts: after the last ".", "!", "?" or line break before it.
 *
 * @example
 * sentenceStart("Broken. Thanks!!!", 14); // => 7
 */
export function sentenceStart(body: string, index: number): number {
  const window = body.slice(Math.max(0, index - 200), index);
  const last = Math.max(window.lastIndexOf("."), window.lastIndexOf("!"), window.lastIndexOf("?"), window.lastIndexOf("\n"));
  return last < 0 ? Math.max(0, index - 200) : index - window.length + last + 1;
}

/** Words of a problem report or a request: thanks next to them is politeness. */
export const PROBLEM = /\b(?:can'?t|cannot|won'?t|doesn'?t|isn'?t|not|no|never|lost|hacked|broken|error|issue|problem|help|please|pls|need|still|how|why|what|when|where|which|could you|can you|stop(?:s|ped)? working|freez\w{0,3}|crash\w{0,3}|drain\w{0,3})\b|\?/i;

/**
 * A message that is little more than thanks ("Thank you!", "Thanks so much guys"): the thanks is the point.
 * Thanks that acknowledges a step ("OK thanks", "Done, thank you", "Will try, thanks") is politeness, as the
 * guidelines say of thanks attached to an "ok" or a detail.
 *
 * @example
 * isOnlyThanks("Thank you so much guys!"); // => true
 * isOnlyThanks("OK thanks"); // => false
 */
export function isOnlyThanks(body: string): boolean {
  if (body.includes("?") || ACKNOWLEDGEMENT.test(body)) return false;
  // What is left once the words of thanks, white space, punctuation and symbols are taken out, counted
  // without making the strings: ASCII characters outside the words of thanks are looked up in a table;
  // past 12 of them the answer is no (taking out more cannot make them fewer). At a character beyond
  // ASCII the definition decides (two halves of an emoji around a word of thanks join once it is out).
  let left = 0;
  let at = 0;
  THANKS_WORDS.lastIndex = 0;
  for (;;) {
    const match = THANKS_WORDS.exec(body);
    const end = match ? match.index : body.length;
    for (let i = at; i < end; i++) {
      const code = body.charCodeAt(i);
      if (code >= 128) return onlyThanksLeft(body);
      if (SPACE_OR_MARK_ASCII[code] === 0 && ++left > 12) return false;
    }
    if (!match) return true;
    // No word of thanks is empty.
    at = end + match[0].length;
  }
}

/** The definition: what is left of the text without its words of thanks, white space, punctuation and symbols. */
function onlyThanksLeft(body: string): boolean {
  return body.replace(THANKS_WORDS, "").replace(SPACE_OR_MARK, "").length <= 12;
}

/** The words of a message of thanks (replace() starts each global pattern from the text's start). */
const THANKS_WORDS = /\b(?:thanks?|thank you|thank u|thanx|thnx|thx|ty|tysm|tyvm|so much|very much|a lot|again|guys|team|folks|all|for that|for this|great|kindly|cool|lol|haha|you too|have a (?:nice|great|good|lovely) day)\b/gi;
/** Words that acknowledge a step or an answer: "ok", "done", "will try", "just did", "sent". */
const ACKNOWLEDGEMENT = /\b(?:ok|okay|k|done|did|yes|yeah|yep|yup|sure|check|(?:will|'ll) (?:do|try|dm|check|give)|sent|dm(?:'?ing|ed)|noted|got it|alright|understood)\b/i;
const SPACE_OR_MARK = /[\s\p{P}\p{S}]/gu;
/** 1 for the ASCII characters SPACE_OR_MARK takes out. */
const SPACE_OR_MARK_ASCII = new Uint8Array(128);
for (let code = 0; code < 128; code++) SPACE_OR_MARK_ASCII[code] = /^[\s\p{P}\p{S}]$/u.test(String.fromCharCode(code)) ? 1 : 0;

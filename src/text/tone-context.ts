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

import { z } from "zod";
import { isSpaceAt } from "../text/white-space.js";

/**
 * How handle time is estimated for a reply when the export has no work-time column:
 * reading time of the customer's new words + writing time of the reply + a fixed overhead.
 * Defaults: 238 words a minute for reading (Brysbaert 2019's average silent reading rate for English
 * non-fiction), 40 words a minute for writing (composing a reply, slower than the ~52 wpm of copy-typing
 * that Dhakal et al. 2018 measured over 136 million keystrokes), 30 seconds of overhead per reply
 * (opening the case, looking the customer up, tagging). Assumptions, not measurements: set your own.
 *
 * @example
 * HandleTimeModelSchema.parse({}); // => { readingWordsPerMinute: 238, writingWordsPerMinute: 40, overheadSeconds: 30 }
 */
export const HandleTimeModelSchema = z
  .object({
    readingWordsPerMinute: z.number().positive().default(238),
    writingWordsPerMinute: z.number().positive().default(40),
    overheadSeconds: z.number().nonnegative().default(30),
  })
  .strict();
export type HandleTimeModel = z.output<typeof HandleTimeModelSchema>;
export type HandleTimeModelInput = z.input<typeof HandleTimeModelSchema>;

/**
 * Words a person reads or writes in a message: whitespace-separated tokens, not counting @handles and links.
 *
 * @example
 * countWords("@105836 Have you tried from another device? https://t.co/x ^MM"); // => 7
 */
export function countWords(text: string): number {
  // One pass over the character codes: a token starts at a non-space character after white space (or
  // at the start), and counts unless it opens with "@" or a link. Only a token opening with h, H, w or
  // W is compared with the link prefixes.
  let words = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || (code >= 160 && isSpaceAt(text, i))) {
      inToken = false;
      continue;
    }
    if (inToken) continue;
    inToken = true;
    if (code !== 64 && (((code | 32) !== 104 && (code | 32) !== 119) || !startsLink(text, i))) words++;
  }
  return words;
}

/** A token at `start` opens with "http://", "https://" or "www." (ASCII letters in any case; a prefix holds no white space, so it lies within the token). */
function startsLink(text: string, start: number): boolean {
  return opens(text, start, "http://") || opens(text, start, "https://") || opens(text, start, "www.");
}

function opens(text: string, start: number, prefix: string): boolean {
  if (text.length - start < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    const code = text.charCodeAt(start + k);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Estimated seconds of agent work for one reply under `model`.
 *
 * @example
 * estimateReplySeconds(8, 9, { readingWordsPerMinute: 240, writingWordsPerMinute: 40, overheadSeconds: 30 }); // => 45.5
 */
export function estimateReplySeconds(newCustomerWords: number, replyWords: number, model: HandleTimeModel): number {
  return (newCustomerWords / model.readingWordsPerMinute) * 60 + (replyWords / model.writingWordsPerMinute) * 60 + model.overheadSeconds;
}

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
  // The tokens are the runs of non-white-space characters, read in place (no split array).
  let words = 0;
  let i = 0;
  while (i < text.length) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !isSpaceAt(text, i)) i++;
    if (text.charCodeAt(start) !== 64 && !startsLink(text, start, i)) words++;
  }
  return words;
}

/** The token text[start, end) opens with "http://", "https://" or "www." (ASCII letters in any case). */
function startsLink(text: string, start: number, end: number): boolean {
  return opens(text, start, end, "http://") || opens(text, start, end, "https://") || opens(text, start, end, "www.");
}

function opens(text: string, start: number, end: number, prefix: string): boolean {
  if (end - start < prefix.length) return false;
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

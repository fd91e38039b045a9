import { z } from "zod";

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
  let words = 0;
  for (const token of text.split(/\s+/)) {
    if (token === "" || token.startsWith("@") || /^(?:https?:\/\/|www\.)/i.test(token)) continue;
    words++;
  }
  return words;
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

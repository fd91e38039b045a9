import type { Conversation } from "../../model/conversation.js";
import { CsvRows } from "../csv/csv-rows.js";
import type { ExportFormat } from "../export-format.js";
import { LoadLog } from "../load-report.js";
import { twcsLayout, twcsRow, type TwcsLayout } from "./twcs-rows.js";
import { TwcsThreads } from "./twcs-threads.js";

/**
 * The Kaggle "Customer Support on Twitter" CSV: tweet_id, author_id, inbound, created_at, text,
 * response_tweet_id, in_response_to_tweet_id. Threads are rebuilt from the reply links while the file
 * streams; a conversation's id is the tweet_id of its earliest tweet.
 */
export const twcs: ExportFormat<{ maxConversationMessages?: number } | undefined> = {
  name: "twcs",
  description: 'Kaggle "Customer Support on Twitter" CSV (tweet_id, author_id, inbound, created_at, text, response_tweet_id, in_response_to_tweet_id)',
  read: (chunks, log, options) => readTwcs(chunks, log, new TwcsThreads(log, options?.maxConversationMessages)),
  readBatches: (chunks, log, options) => readTwcsBatches(chunks, log, new TwcsThreads(log, options?.maxConversationMessages)),
};

/**
 * Reads TWCS rows into `threads`, yielding each conversation as it completes. With `finish` (the
 * default) the threads still open at the end are emitted too, with their dangling references reported;
 * a reader of one part of a file leaves them open for `threads.openRows()`, and only the first part
 * reports the header's issues (`headerIssues`).
 */
export async function* readTwcs(
  chunks: AsyncIterable<string>,
  log: LoadLog,
  threads: TwcsThreads,
  options: { firstLine?: number; finish?: boolean; headerIssues?: boolean } = {},
): AsyncGenerator<Conversation> {
  for await (const batch of readTwcsBatches(chunks, log, threads, options)) yield* batch;
}

/**
 * {@link readTwcs} in batches: the conversations each chunk of text completed, in order (never an empty
 * batch). A reader that takes them a batch at a time saves an await per conversation.
 *
 * @example
 * for await (const batch of readTwcsBatches(chunks, log, new TwcsThreads(log))) for (const conversation of batch) job.count(conversation);
 */
export async function* readTwcsBatches(
  chunks: AsyncIterable<string>,
  log: LoadLog,
  threads: TwcsThreads,
  options: { firstLine?: number; finish?: boolean; headerIssues?: boolean } = {},
): AsyncGenerator<Conversation[]> {
  let layout: TwcsLayout | undefined;
  const rows = new CsvRows(
    log,
    {
      header(fields) {
        // The parts of a file after the first share its header: its issues are reported once.
        const found = twcsLayout(fields, (options.headerIssues ?? true) ? log : new LoadLog("twcs", 0));
        if ("missing" in found) return found.missing;
        layout = found;
        return [];
      },
      row(fields, line, record) {
        const row = twcsRow(fields, line, record, layout!, log);
        if (row) threads.add(row);
      },
    },
    "TWCS",
    options.firstLine,
  );
  for await (const chunk of chunks) {
    rows.push(chunk);
    threads.retain();
    const batch = threads.completed();
    if (batch.length > 0) yield batch;
  }
  rows.end();
  if (options.finish ?? true) threads.finish();
  const batch = threads.completed();
  if (batch.length > 0) yield batch;
}

import type { Conversation } from "../../model/conversation.js";
import { CsvRows } from "../csv/csv-rows.js";
import type { ExportFormat } from "../export-format.js";
import type { LoadLog } from "../load-report.js";
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
  read: readTwcs,
};

async function* readTwcs(chunks: AsyncIterable<string>, log: LoadLog, options?: { maxConversationMessages?: number }): AsyncGenerator<Conversation> {
  const ready: Conversation[] = [];
  const threads = new TwcsThreads(log, (conversation) => ready.push(conversation), options?.maxConversationMessages);
  let layout: TwcsLayout | undefined;
  const rows = new CsvRows(
    log,
    {
      header(fields) {
        const found = twcsLayout(fields, log);
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
  );
  for await (const chunk of chunks) {
    rows.push(chunk);
    threads.retain();
    if (ready.length > 0) yield* ready.splice(0);
  }
  rows.end();
  threads.finish();
  yield* ready;
}

import type { Conversation } from "../../model/conversation.js";
import { clipInput } from "../issues.js";
import { jsonRecords } from "../json/json-records.js";
import type { LoadLog } from "../load-report.js";

/** Turns one parsed JSON record into conversations, reporting what it rejects or repairs on the log. */
export type RecordReader = (value: unknown, at: { index: number; line: number }, log: LoadLog) => Conversation[];

/**
 * Reads a JSON export record by record (array elements, or NDJSON lines with `lines: true`). A record that
 * is not valid JSON is rejected with its index, line and raw text; the others are handed to `read`.
 */
export async function* readJsonConversations(
  chunks: AsyncIterable<string>,
  log: LoadLog,
  read: RecordReader,
  options: { lines?: boolean } = {},
): AsyncGenerator<Conversation> {
  for await (const record of jsonRecords(chunks, options)) {
    log.records++;
    if (!record.ok) {
      log.items++;
      log.reject({
        code: "invalid-json",
        message: `Record rejected: invalid JSON (${record.error})`,
        path: [],
        record: record.index,
        line: record.line,
        input: clipInput(record.raw),
      });
      continue;
    }
    yield* read(record.value, { index: record.index, line: record.line }, log);
  }
}

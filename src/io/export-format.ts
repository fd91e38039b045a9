import type { Conversation } from "../model/conversation.js";
import type { LoadLog } from "./load-report.js";

/**
 * An export format: how to turn text chunks into conversations, reporting every rejected or repaired
 * record on the log. Readers stream: they yield each conversation once it is complete.
 */
export interface ExportFormat<Options = never> {
  name: string;
  description: string;
  read(chunks: AsyncIterable<string>, log: LoadLog, options: Options): AsyncGenerator<Conversation>;
  /**
   * The same conversations as `read`, in the same order, in non-empty batches (those a chunk of text
   * completed): one await per batch instead of one per conversation. Optional; streamExport prefers it.
   */
  readBatches?(chunks: AsyncIterable<string>, log: LoadLog, options: Options): AsyncGenerator<Conversation[]>;
}

import type { Conversation } from "../../model/conversation.js";
import { LoadLog, type LoadReport } from "../load-report.js";
import { textChunks, type ExportSource } from "../source.js";
import { readTwcsBatches } from "./twcs.js";
import type { TwcsRow } from "./twcs-rows.js";
import { TwcsThreads } from "./twcs-threads.js";

/** One part of a TWCS file being read: its complete conversations, then the rows of its open threads. */
export interface TwcsPart extends AsyncIterable<Conversation> {
  /** The same conversations in non-empty batches (one await per batch); a part is read once, either way. */
  batches(): AsyncGenerator<Conversation[]>;
  /** The part's load report (records and issues numbered within the part; complete once read). */
  readonly report: LoadReport;
  /** After reading: rows of threads that link to tweets outside the part, for {@link joinTwcsParts}. */
  openRows(): TwcsRow[];
}

/**
 * Reads one byte range of a TWCS file (a worker's share): `header` is the file's header line and
 * `firstLine` the line number the range starts on, so issues and messages carry the file's line numbers;
 * `headerIssues: false` for every part but the first, so the header's issues are reported once.
 * Threads that link to tweets outside the range are not emitted but kept for {@link joinTwcsParts}.
 *
 * @example
 * const part = readTwcsPart(bytesOfSecondHalf, { header: "tweet_id,author_id,...", firstLine: 1_500_002 });
 * for await (const conversation of part) job.count(conversation);
 * const rows = part.openRows(); // hand these to the main thread
 */
export function readTwcsPart(source: ExportSource, options: { header: string; firstLine: number; maxIssues?: number; headerIssues?: boolean }): TwcsPart {
  const log = new LoadLog("twcs", options.maxIssues ?? 10_000);
  const threads = new TwcsThreads(log);
  async function* chunks() {
    yield `${options.header}\n`;
    yield* textChunks(source);
  }
  const read = () => readTwcsBatches(chunks(), log, threads, { firstLine: options.firstLine - 1, finish: false, headerIssues: options.headerIssues });
  return {
    get report() {
      return log.report();
    },
    openRows: () => threads.openRows(),
    async *batches() {
      for await (const batch of read()) {
        for (const conversation of batch) log.count(conversation);
        yield batch;
      }
    },
    async *[Symbol.asyncIterator]() {
      for await (const batch of read()) {
        for (const conversation of batch) {
          log.count(conversation);
          yield conversation;
        }
      }
    },
  };
}

/**
 * Threads the open rows of all parts together (in file order, `order` numbered across the file): the
 * conversations that crossed part boundaries, and those with tweets missing from the file (reported as
 * dangling references, as a one-pass read reports them).
 *
 * @example
 * const { conversations, report } = joinTwcsParts(parts.flatMap((p) => p.openRows()));
 */
export function joinTwcsParts(rows: TwcsRow[], maxIssues = 10_000): { conversations: Conversation[]; report: LoadReport } {
  const log = new LoadLog("twcs", maxIssues);
  const threads = new TwcsThreads(log);
  for (const row of [...rows].sort((a, b) => a.order - b.order)) threads.add(row);
  threads.finish();
  const conversations = threads.completed();
  for (const conversation of conversations) log.count(conversation);
  return { conversations, report: log.report() };
}

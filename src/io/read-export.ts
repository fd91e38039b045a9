import { z } from "zod";
import { CarelensError, CarelensLoadError } from "../errors.js";
import type { Conversation } from "../model/conversation.js";
import { MappedOptionsSchema, type ColumnMapping } from "./column-mapping.js";
import { formats, mappedFormats, type FormatName } from "./formats/index.js";
import type { LoadIssue } from "./issues.js";
import { LoadLog, type LoadReport } from "./load-report.js";
import { textChunks, type ExportSource } from "./source.js";
import type { Channel, Role } from "../model/message.js";

/** How to read an export. */
export interface ReadOptions {
  format: FormatName;
  /** Throw one {@link CarelensLoadError} carrying every issue if any record was rejected or repaired. */
  strict?: boolean;
  /** How many issues the report keeps in full (counts stay exact). Default 10,000. */
  maxIssues?: number;
  /** Called for each issue as it is found (e.g. to print progress). */
  onIssue?: (issue: LoadIssue) => void;
  /** Formats csv, json, ndjson: which column holds each field. */
  mapping?: ColumnMapping;
  /** Formats csv, json, ndjson: channel when there is no channel column. */
  channel?: Channel;
  /** Formats csv, json, ndjson: brand when there is no brand column. */
  brand?: string;
  /** Formats csv, json, ndjson: extra role values, e.g. { "Kunde": "customer" }. */
  roleValues?: Record<string, Role>;
  /** Formats csv, json, ndjson: rows of a conversation are contiguous, so conversations stream out early. */
  contiguous?: boolean;
  /**
   * Format twcs: the most tweets one conversation may hold (default 10,000). A reply thread that grows
   * past it while it still links to tweets not yet read is emitted as it is (a `thread-split` warning) and
   * the rest of the thread becomes a new conversation, so memory stays bounded however long a thread is.
   */
  maxConversationMessages?: number;
}

/** Conversations as they are read, and the load report once they all have been. */
export interface ExportStream extends AsyncIterable<Conversation> {
  /** The load report: complete once the stream has been read to the end. */
  readonly report: LoadReport;
  /**
   * The same conversations in the same order, in non-empty batches (as the reader completes them): one
   * await per batch instead of one per conversation, for loops that take every conversation. A stream is
   * read once, either way.
   *
   * @example
   * for await (const batch of stream.batches()) for (const conversation of batch) job.count(conversation);
   */
  batches(): AsyncGenerator<Conversation[]>;
}

/** Every conversation of an export, and what the load found. */
export interface LoadedExport {
  conversations: Conversation[];
  report: LoadReport;
}

/**
 * Reads an export as a stream of conversations: each one is yielded as soon as it is complete, so
 * memory stays bounded by the conversations still open, not by the file.
 *
 * @example
 * const stream = streamExport(text, { format: "twcs" });
 * for await (const conversation of stream) console.log(conversation.id, conversation.messages.length);
 * console.log(stream.report.issues.length);
 */
export function streamExport(source: ExportSource, options: ReadOptions): ExportStream {
  const format = formats[options.format as FormatName];
  if (!format || !Object.hasOwn(formats, options.format)) {
    throw new CarelensError(`unknown format "${String(options.format)}": expected one of ${Object.keys(formats).join(", ")}`);
  }
  const formatOptions = mappedFormats.includes(options.format) ? mappedOptions(options) : { maxConversationMessages: maxMessages(options.maxConversationMessages) };
  const log = new LoadLog(options.format, options.strict ? Infinity : (options.maxIssues ?? 10_000), options.onIssue);
  let started = false;
  /** The reader's batches, not yet counted on the log. */
  async function* read(): AsyncGenerator<Conversation[]> {
    if (started) throw new CarelensError("an export stream can be read only once: call streamExport again");
    started = true;
    type Read<T> = (chunks: AsyncIterable<string>, log: LoadLog, options: unknown) => AsyncGenerator<T>;
    if (format.readBatches) yield* (format.readBatches as Read<Conversation[]>)(textChunks(source), log, formatOptions);
    else for await (const conversation of (format.read as Read<Conversation>)(textChunks(source), log, formatOptions)) yield [conversation];
  }
  const checkStrict = () => {
    if (!options.strict) return;
    const problems = log.report().issues.filter((issue) => issue.severity !== "info");
    if (problems.length > 0) throw new CarelensLoadError(problems);
  };
  return {
    get report() {
      return log.report();
    },
    async *batches() {
      for await (const batch of read()) {
        for (const conversation of batch) log.count(conversation);
        yield batch;
      }
      checkStrict();
    },
    async *[Symbol.asyncIterator]() {
      for await (const batch of read()) {
        for (const conversation of batch) {
          log.count(conversation);
          yield conversation;
        }
      }
      checkStrict();
    },
  };
}

/**
 * Reads a whole export into memory.
 *
 * @example
 * const { conversations, report } = await parseExport(json, { format: "ibm-cdp" });
 * report.issuesByCode["invalid-duration"]; // => 22 (for ibm-twitter-cdp/dev.json)
 */
export async function parseExport(source: ExportSource, options: ReadOptions): Promise<LoadedExport> {
  const stream = streamExport(source, options);
  const conversations: Conversation[] = [];
  for await (const batch of stream.batches()) for (const conversation of batch) conversations.push(conversation);
  return { conversations, report: stream.report };
}

function maxMessages(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new CarelensError(`maxConversationMessages must be a whole number >= 1, got ${JSON.stringify(value)}`);
  }
  return value;
}

function mappedOptions(options: ReadOptions): z.output<typeof MappedOptionsSchema> {
  const parsed = MappedOptionsSchema.safeParse({
    mapping: options.mapping,
    channel: options.channel,
    brand: options.brand,
    roleValues: options.roleValues,
    contiguous: options.contiguous,
  });
  if (!parsed.success) {
    throw new CarelensError(`invalid options for format "${options.format}":\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

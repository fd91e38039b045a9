import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { toJson } from "../output/to-json.js";
import { CarelensError } from "../errors.js";
import { formatFromPath, openRecordWriter } from "./record-writer.js";

/** A result to write: the whole document (for .json) and its rows (for .csv, .ndjson / .jsonl). */
export interface WritableResult {
  document: unknown;
  rows: Iterable<object> | AsyncIterable<object>;
  /** CSV columns, in order (default: the union of the rows' keys). */
  columns?: readonly string[];
}

/**
 * Writes a result to `path`, in the format its extension names: .json the document, .csv the rows
 * (formula-safe cells), .ndjson or .jsonl one row per line, .arrow (Arrow IPC) or .parquet the rows as
 * columns; without a path, JSON to stdout.
 *
 * @example
 * await writeResult("comparison.csv", { document: result, rows: comparisonRows(result) });
 * await writeResult("issues.ndjson", { document: report, rows: issueRows(report) });
 */
export async function writeResult(path: string | undefined, result: WritableResult): Promise<void> {
  const format = path ? formatFromPath(path) : "json";
  if (format === "json") {
    const writer = openRawWriter(path);
    await writer.write(`${toJson(result.document)}\n`);
    return writer.close();
  }
  let columns = result.columns;
  let rows = result.rows;
  if (format === "csv" && !columns) {
    const all: object[] = [];
    for await (const row of rows) all.push(row);
    const seen = new Set<string>();
    for (const row of all) for (const key of Object.keys(row)) seen.add(key);
    columns = [...seen];
    rows = all;
  }
  const writer = openRecordWriter(path, { format, ...(columns ? { columns } : {}) });
  for await (const row of rows) await writer.write(JSON.parse(toJson(row)) as Record<string, unknown>);
  await writer.close();
}

/**
 * A text writer on a file (or stdout) that respects back-pressure, so large outputs stream.
 *
 * @example
 * const out = openRawWriter("report.html");
 * for await (const piece of reportHtmlChunks(data)) await out.write(piece);
 * await out.close();
 */
export function openRawWriter(path: string | undefined): { write(text: string): Promise<void>; close(): Promise<void> } {
  const stream = path ? createWriteStream(path) : process.stdout;
  let failure: Error | undefined;
  stream.on("error", (error: Error) => (failure = error));
  const check = () => {
    if (failure) throw new CarelensError(`cannot write "${path ?? "stdout"}": ${failure.message}`);
  };
  return {
    async write(text: string) {
      check();
      if (!stream.write(text)) await Promise.race([once(stream, "drain"), once(stream, "error")]);
      check();
    },
    async close() {
      if (path) {
        stream.end();
        await Promise.race([once(stream, "finish"), once(stream, "error")]);
      }
      check();
    },
  };
}

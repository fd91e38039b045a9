import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { CarelensError } from "../errors.js";
import { toArrowIpc, toParquet } from "../output/columnar.js";
import { csvCell } from "../output/csv.js";

/** Where records go: a file (format from its extension) or standard output (NDJSON). */
export interface RecordWriter {
  write(record: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export type RecordFormat = "ndjson" | "csv" | "json" | "arrow" | "parquet";

/**
 * The format a file name asks for: .csv, .json, .ndjson / .jsonl, .arrow (Arrow IPC stream) or .parquet.
 *
 * @example
 * formatFromPath("scores.csv"); // => "csv"
 */
export function formatFromPath(path: string): RecordFormat {
  if (/\.csv$/i.test(path)) return "csv";
  if (/\.json$/i.test(path)) return "json";
  if (/\.(?:ndjson|jsonl)$/i.test(path)) return "ndjson";
  if (/\.(?:arrow|arrows)$/i.test(path)) return "arrow";
  if (/\.parquet$/i.test(path)) return "parquet";
  throw new CarelensError(`cannot tell the output format of "${path}": use a .csv, .json, .ndjson, .jsonl, .arrow or .parquet file name`);
}

/**
 * Opens a streaming writer. CSV needs its columns up front (`columns`); its cells are formula-safe.
 *
 * @example
 * const out = openRecordWriter("scores.ndjson");
 * await out.write({ conversationId: "c1" });
 * await out.close();
 */
export function openRecordWriter(path: string | undefined, options: { format?: RecordFormat; columns?: readonly string[] } = {}): RecordWriter {
  const format = options.format ?? (path ? formatFromPath(path) : "ndjson");
  // Columnar files are written whole: the rows are kept until close (NDJSON and CSV stream).
  const columnar: Record<string, unknown>[] = [];
  const stream: WriteStream | NodeJS.WriteStream = path ? createWriteStream(path) : process.stdout;
  let first = true;
  let failure: Error | undefined;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" && !path) process.exit(0);
    failure = error;
  });
  const put = async (text: string) => {
    if (failure) throw new CarelensError(`cannot write "${path ?? "stdout"}": ${failure.message}`);
    if (!stream.write(text)) await once(stream, "drain");
  };
  const putBytes = async (bytes: Uint8Array) => {
    if (!stream.write(bytes)) await once(stream, "drain");
  };
  return {
    async write(record) {
      if (format === "arrow" || format === "parquet") return void columnar.push(record);
      if (format === "ndjson") return put(`${JSON.stringify(record)}\n`);
      if (format === "json") {
        await put(`${first ? "[\n" : ",\n"}${JSON.stringify(record)}`);
      } else {
        const columns = options.columns ?? Object.keys(record);
        if (first) await put(`${columns.map(csvCell).join(",")}\r\n`);
        await put(`${columns.map((c) => csvCell(Object.hasOwn(record, c) ? record[c] : undefined)).join(",")}\r\n`);
      }
      first = false;
    },
    async close() {
      if (format === "json") await put(first ? "[]\n" : "\n]\n");
      if (format === "arrow") await putBytes(toArrowIpc(columnar));
      if (format === "parquet") await putBytes(new Uint8Array(toParquet(columnar)));
      if (path) {
        (stream as WriteStream).end();
        await once(stream, "finish");
      }
      if (failure) throw new CarelensError(`cannot write "${path ?? "stdout"}": ${failure.message}`);
    },
  };
}

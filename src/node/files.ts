import { createReadStream } from "node:fs";
import { access, stat } from "node:fs/promises";
import { CarelensError } from "../errors.js";
import { parseExport, streamExport, type ExportStream, type LoadedExport, type ReadOptions } from "../io/read-export.js";

/**
 * Reads a file as byte chunks (64 KiB), optionally only the bytes [start, end).
 *
 * @example
 * for await (const chunk of fileChunks("export.csv")) total += chunk.length;
 */
export async function* fileChunks(path: string, range: { start?: number; end?: number; onBytes?: (bytes: number) => void } = {}): AsyncGenerator<Uint8Array> {
  try {
    const end = range.end === undefined ? undefined : range.end - 1;
    if (end !== undefined && end < (range.start ?? 0)) return;
    for await (const chunk of createReadStream(path, { start: range.start, end, highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
      range.onBytes?.(chunk.length);
      yield chunk;
    }
  } catch (error) {
    throw fileError(path, error);
  }
}

/** The size of a file in bytes (for progress bars). */
export async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw fileError(path, error);
  }
}

/**
 * Streams the conversations of an export file.
 *
 * @example
 * const stream = await openExport("../shared/data/twcs-sample/sample.csv", { format: "twcs" });
 * for await (const conversation of stream) console.log(conversation.id);
 */
export async function openExport(path: string, options: ReadOptions & { onBytes?: (bytes: number) => void }): Promise<ExportStream> {
  await readable(path);
  return streamExport(fileChunks(path, { onBytes: options.onBytes }), options);
}

/**
 * Loads a whole export file.
 *
 * @example
 * const { conversations, report } = await loadExport("../shared/data/ibm-twitter-cdp/dev.json", { format: "ibm-cdp" });
 */
export async function loadExport(path: string, options: ReadOptions): Promise<LoadedExport> {
  await readable(path);
  return parseExport(fileChunks(path), options);
}

async function readable(path: string): Promise<void> {
  try {
    await access(path);
  } catch (error) {
    throw fileError(path, error);
  }
}

function fileError(path: string, error: unknown): CarelensError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : (error as Error).message;
  return new CarelensError(`cannot read "${path}": ${why}`);
}

import { open } from "node:fs/promises";

/** A byte range of a CSV file that starts and ends on record boundaries. */
export interface FileRange {
  start: number;
  end: number;
  /** The 1-based line the range starts on. */
  firstLine: number;
}

/** A CSV file cut into ranges for parallel readers: the header line, and the ranges after it. */
export interface FilePartition {
  header: string;
  ranges: FileRange[];
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * Cuts a CSV file into `parts` byte ranges of about equal size, each starting at the beginning of a
 * record: a line break outside quotes (an even number of quotes before it) followed by a line that
 * `startsRecord` accepts (for TWCS, a tweet id and a comma), so a reader of each range sees whole
 * records. One sequential scan of the bytes before the last cut counts quotes and lines (\n, \r\n or a
 * lone \r, as the CSV tokenizer counts them).
 *
 * @example
 * const { header, ranges } = await partitionCsvFile("twcs.csv", 2, (line) => /^\d+,/.test(line));
 * // ranges: [{ start: 93, end: 224780012, firstLine: 2 }, { start: 224780012, end: 449582911, firstLine: 1500433 }]
 */
export async function partitionCsvFile(path: string, parts: number, startsRecord: (lineStart: string) => boolean = () => true): Promise<FilePartition> {
  const file = await open(path, "r");
  try {
    const size = (await file.stat()).size;
    const buffer = Buffer.alloc(1 << 20);
    let position = 0;
    let quotes = 0;
    let lines = 1;
    let header: string | undefined;
    const cuts: { at: number; line: number }[] = [];
    let target = 0;
    const lineStart = async (at: number) => {
      const peek = Buffer.alloc(64);
      const { bytesRead } = await file.read(peek, 0, 64, at);
      return peek.subarray(0, bytesRead).toString("utf8");
    };
    scan: while (position < size) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      for (let i = 0; i < bytesRead; i++) {
        const byte = buffer[i]!;
        if (byte === QUOTE) quotes++;
        else if (byte === RETURN) {
          // A lone carriage return is a line break too (as the tokenizer counts lines).
          const next = i + 1 < bytesRead ? buffer[i + 1] : (await readText(file, position + i + 1, Math.min(size, position + i + 2))).charCodeAt(0);
          if (next !== NEWLINE) lines++;
        } else if (byte === NEWLINE) {
          lines++;
          if ((quotes & 1) !== 0) continue;
          const next = position + i + 1;
          if (header === undefined) {
            header = (await readText(file, 0, next - 1)).replace(/\r$/, "").replace(/^\uFEFF/, "");
            cuts.push({ at: next, line: lines });
            target = next + Math.ceil((size - next) / parts);
            continue;
          }
          if (next >= target && cuts.length < parts && next < size && startsRecord(await lineStart(next))) {
            cuts.push({ at: next, line: lines });
            if (cuts.length === parts) break scan;
            target = cuts[0]!.at + Math.ceil(((size - cuts[0]!.at) * cuts.length) / parts);
          }
        }
      }
      position += bytesRead;
    }
    if (header === undefined) return { header: (await readText(file, 0, size)).replace(/^\uFEFF/, ""), ranges: [] };
    const ranges = cuts.map((cut, i) => ({ start: cut.at, end: cuts[i + 1]?.at ?? size, firstLine: cut.line }));
    return { header, ranges };
  } finally {
    await file.close();
  }
}

async function readText(file: import("node:fs/promises").FileHandle, start: number, end: number): Promise<string> {
  const bytes = Buffer.alloc(end - start);
  await file.read(bytes, 0, bytes.length, start);
  return bytes.toString("utf8");
}

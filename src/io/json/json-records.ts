/**
 * Splits JSON input into records while it streams, so a broken record is reported on its own (with its
 * index and line) instead of failing the whole file:
 * - a top-level array yields each element;
 * - NDJSON (`lines: true`) yields each non-blank line;
 * - a top-level object is read whole and yielded as one record (index 0).
 * The scan is iterative: deep nesting cannot overflow the stack.
 */

export type JsonRecord =
  | { ok: true; value: unknown; index: number; line: number }
  | { ok: false; error: string; raw: string; index: number; line: number };

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const LF = 10;

/**
 * @example
 * for await (const record of jsonRecords(textChunks('[{"a":1}, {"a":]'))) console.log(record.ok);
 * // => true, then false (record 1: Unexpected token)
 */
export async function* jsonRecords(chunks: AsyncIterable<string>, options: { lines?: boolean } = {}): AsyncGenerator<JsonRecord> {
  if (options.lines) return yield* ndjsonRecords(chunks);
  const scanner = new ArrayScanner();
  for await (const chunk of chunks) yield* scanner.push(chunk);
  yield* scanner.end();
}

async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<JsonRecord> {
  let rest = "";
  let line = 1;
  let index = 0;
  const parseLine = (text: string, at: number): JsonRecord | undefined => {
    if (text.trim() === "") return undefined;
    return parseRecord(text, index++, at);
  };
  for await (const chunk of chunks) {
    const text = rest + chunk;
    let start = 0;
    for (let lf = text.indexOf("\n", start); lf !== -1; lf = text.indexOf("\n", start)) {
      const record = parseLine(text.slice(start, lf), line++);
      if (record) yield record;
      start = lf + 1;
    }
    rest = text.slice(start);
  }
  const record = parseLine(rest, line);
  if (record) yield record;
}

function parseRecord(text: string, index: number, line: number): JsonRecord {
  try {
    return { ok: true, value: JSON.parse(text), index, line };
  } catch (error) {
    return { ok: false, error: (error as Error).message, raw: text.trim().slice(0, 200), index, line };
  }
}

/** Finds the elements of a top-level array (or the single top-level value) in streamed text. */
class ArrayScanner {
  private buf = "";
  private pos = 0;
  private line = 1;
  private mode: "start" | "array" | "value" | "after" | "done" = "start";
  private depth = 0;
  private inString = false;
  private escaped = false;
  private elementStart = -1;
  private elementLine = 1;
  private index = 0;
  private trailing = "";
  /** Text after the closing "]" (its first 200 characters) and the line it starts on. */
  private extra = "";
  private extraLine = 1;

  *push(chunk: string): Generator<JsonRecord> {
    // Keep only the unfinished element; everything before it has been yielded.
    const keepFrom = this.elementStart === -1 ? this.pos : this.elementStart;
    this.buf = this.buf.slice(keepFrom) + chunk;
    this.pos -= keepFrom;
    if (this.elementStart !== -1) this.elementStart -= keepFrom;
    yield* this.scan();
  }

  *end(): Generator<JsonRecord> {
    yield* this.scan();
    if (this.mode === "done") {
      yield { ok: false, error: "unexpected text after the closing ]", raw: this.extra, index: this.index, line: this.extraLine };
    } else if (this.mode === "value") {
      const text = this.buf.slice(this.elementStart);
      yield parseRecord(text, 0, this.elementLine);
    } else if (this.mode === "array") {
      if (this.elementStart !== -1) {
        // The file is cut short: the last record may still be whole (only "]" is missing).
        const record = parseRecord(this.buf.slice(this.elementStart), this.index, this.elementLine);
        yield record.ok ? record : { ...record, error: `the input ends inside this record (${record.error})` };
      } else if (this.index === 0 || this.trailing !== "") {
        yield { ok: false, error: "the input ends before the closing ]", raw: "", index: this.index, line: this.line };
      }
    } else if (this.mode === "start" && this.buf.trim() !== "") {
      yield { ok: false, error: "expected a JSON array or object", raw: this.buf.trim().slice(0, 200), index: 0, line: this.line };
    }
  }

  private *scan(): Generator<JsonRecord> {
    const buf = this.buf;
    const len = buf.length;
    while (this.pos < len) {
      const c = buf.charCodeAt(this.pos);
      if (c === LF) this.line++;
      if (this.mode === "start") {
        if (c === OPEN_BRACKET) this.mode = "array";
        else if (!isSpace(c)) {
          this.mode = "value";
          this.elementStart = this.pos;
          this.elementLine = this.line;
          continue;
        }
        this.pos++;
        continue;
      }
      if (this.mode === "done") {
        // Reported once, at the end, with the same text whatever the chunking.
        if (this.extra.length < 200) this.extra += buf.slice(this.pos, this.pos + 200 - this.extra.length);
        this.pos = len;
        break;
      }
      if (this.mode === "value") {
        this.pos = len;
        break;
      }
      if (this.mode === "after") {
        if (!isSpace(c)) {
          this.mode = "done";
          this.extraLine = this.line;
          continue;
        }
        this.pos++;
        continue;
      }
      // Inside the top-level array.
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        this.pos++;
        continue;
      }
      if (this.depth === 0) {
        if (c === COMMA || c === CLOSE_BRACKET) {
          if (this.elementStart !== -1) {
            yield parseRecord(buf.slice(this.elementStart, this.pos), this.index++, this.elementLine);
            this.elementStart = -1;
            this.trailing = "";
          } else if (c === COMMA) {
            yield { ok: false, error: "empty element (two commas in a row)", raw: ",", index: this.index++, line: this.line };
          }
          if (c === CLOSE_BRACKET) this.mode = "after";
          else this.trailing = ",";
          this.pos++;
          continue;
        }
        if (isSpace(c)) {
          this.pos++;
          continue;
        }
        if (this.elementStart === -1) {
          this.elementStart = this.pos;
          this.elementLine = this.line;
        }
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) this.depth = Math.max(0, this.depth - 1);
      this.pos++;
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

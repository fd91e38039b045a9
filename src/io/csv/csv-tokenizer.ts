/**
 * A streaming RFC 4180 CSV tokenizer that knows where every record is: the 1-based line it starts on,
 * and its raw text when something is wrong with it. Lenient by design, it never throws: quoted commas,
 * quoted newlines, doubled quotes, CRLF, lone CR and blank lines are read as csv-parse reads them; text
 * after a closing quote is kept and reported; an unterminated quote is reported and reading resumes on
 * the record's next line.
 *
 * carelens uses it instead of csv-parse for speed (README, "Why a hand-written CSV tokenizer"); the tests
 * check it against csv-parse on random inputs.
 */

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** A problem in the CSV text itself. */
export interface CsvProblem {
  code: "unterminated-quote" | "malformed-quote" | "record-too-large";
  /** 1-based line the record starts on. */
  line: number;
  /** The start of the record's raw text (at most 200 characters). */
  raw: string;
}

export interface CsvTokenizerOptions {
  /** Called once per record with its fields and the 1-based line it starts on. */
  onRecord: (fields: string[], line: number) => void;
  onProblem: (problem: CsvProblem) => void;
  /** Line number of the first line of the input (for readers that start mid-file). Default 1. */
  firstLine?: number;
  /** A record longer than this is reported and skipped to its next line. Default 16 Mi characters. */
  maxRecordChars?: number;
}

/**
 * @example
 * const rows: string[][] = [];
 * const csv = new CsvTokenizer({ onRecord: (f) => rows.push(f), onProblem: console.warn });
 * csv.push('a,"b,\nc"\r\n1,2');
 * csv.end();
 * rows; // => [["a", "b,\nc"], ["1", "2"]]
 */
export class CsvTokenizer {
  private buf = "";
  private pos = 0;
  private line: number;
  private final = false;
  private waitFor = 0;
  private chunks: string[] = [];
  private chunksLength = 0;
  private recordStart = 0;
  private recordEnd = 0;
  private stoppedInQuote = false;
  // Next positions of "," "\n" "\r" in buf at or after the last search (-1: none; -2: not searched yet).
  private nextComma = -2;
  private nextLf = -2;
  private nextCr = -2;
  private readonly onRecord: CsvTokenizerOptions["onRecord"];
  private readonly onProblem: CsvTokenizerOptions["onProblem"];
  private readonly maxRecordChars: number;

  constructor(options: CsvTokenizerOptions) {
    this.onRecord = options.onRecord;
    this.onProblem = options.onProblem;
    this.line = options.firstLine ?? 1;
    this.maxRecordChars = options.maxRecordChars ?? 16 * 1024 * 1024;
  }

  /** The raw text of the record being reported (valid inside `onRecord`). */
  raw(): string {
    return this.buf.slice(this.recordStart, this.recordEnd);
  }

  /** Feeds the next chunk of text. */
  push(chunk: string): void {
    this.chunks.push(chunk);
    this.chunksLength += chunk.length;
    // An incomplete record is re-read only once the pending text has doubled: a long record costs O(n).
    if (this.buf.length - this.pos + this.chunksLength < this.waitFor) return;
    this.run();
  }

  /** Reads what is left; call once at the end of the input. */
  end(): void {
    this.final = true;
    this.run();
  }

  private run(): void {
    const rest = this.pos < this.buf.length ? this.buf.slice(this.pos) : "";
    this.buf = rest === "" && this.chunks.length === 1 ? this.chunks[0]! : rest + this.chunks.join("");
    this.chunks = [];
    this.chunksLength = 0;
    this.pos = 0;
    this.waitFor = 0;
    this.nextComma = this.nextLf = this.nextCr = -2;
    while (this.pos < this.buf.length) {
      const start = this.pos;
      const line = this.line;
      if (this.record(start, line)) continue;
      // The record runs past the text we have: wait for more, or give up on it.
      this.line = line;
      const pending = this.buf.length - start;
      if (!this.final && pending <= this.maxRecordChars) {
        this.pos = start;
        this.waitFor = pending * 2;
        return;
      }
      const code = this.stoppedInQuote ? "unterminated-quote" : "record-too-large";
      const lf = this.buf.indexOf("\n", start);
      const end = lf === -1 ? this.buf.length : lf + 1;
      this.onProblem({ code, line, raw: this.buf.slice(start, Math.min(end, start + 200)) });
      this.pos = end;
      this.line = line + 1;
      this.nextComma = this.nextLf = this.nextCr = -2;
    }
  }

  /** Reads the record at `start`; false when the text ends before the record does. */
  private record(start: number, line: number): boolean {
    const buf = this.buf;
    const len = buf.length;
    const fields: string[] = [];
    let pos = start;
    let malformed = false;
    for (;;) {
      let value: string;
      let end: number;
      this.stoppedInQuote = false;
      if (pos < len && buf.charCodeAt(pos) === QUOTE) {
        value = "";
        let from = pos + 1;
        for (;;) {
          const q = buf.indexOf('"', from);
          if (q === -1 || (q + 1 >= len && !this.final)) {
            this.stoppedInQuote = true;
            return false;
          }
          if (buf.charCodeAt(q + 1) === QUOTE) {
            value += buf.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += buf.slice(from, q);
          this.line += this.lineBreaks(pos, q);
          end = q + 1;
          break;
        }
        const after = end < len ? buf.charCodeAt(end) : -1;
        if (after !== COMMA && after !== LF && after !== CR && after !== -1) {
          malformed = true;
          const stop = this.fieldEnd(end);
          if (stop === -1 && !this.final) return false;
          const to = stop === -1 ? len : stop;
          value += buf.slice(end, to);
          end = to;
        }
      } else {
        const stop = this.fieldEnd(pos);
        if (stop === -1 && !this.final) return false;
        end = stop === -1 ? len : stop;
        value = buf.slice(pos, end);
      }
      fields.push(value);
      const c = end < len ? buf.charCodeAt(end) : -1;
      if (c === COMMA) {
        pos = end + 1;
        continue;
      }
      let next = end;
      if (c === LF) next = end + 1;
      else if (c === CR) {
        if (end + 1 >= len && !this.final) return false;
        next = buf.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
      }
      if (next > end) this.line++;
      this.pos = next;
      this.recordStart = start;
      this.recordEnd = end;
      if (malformed) this.onProblem({ code: "malformed-quote", line, raw: buf.slice(start, Math.min(end, start + 200)) });
      // A blank line is not a record.
      if (!(end === start && fields.length === 1)) this.onRecord(fields, line);
      return true;
    }
  }

  /** The first "," "\n" or "\r" at or after `from`, or -1. */
  private fieldEnd(from: number): number {
    if (this.nextComma !== -1 && this.nextComma < from) this.nextComma = this.buf.indexOf(",", from);
    if (this.nextLf !== -1 && this.nextLf < from) this.nextLf = this.buf.indexOf("\n", from);
    if (this.nextCr !== -1 && this.nextCr < from) this.nextCr = this.buf.indexOf("\r", from);
    let end = this.nextComma;
    if (this.nextLf !== -1 && (end === -1 || this.nextLf < end)) end = this.nextLf;
    if (this.nextCr !== -1 && (end === -1 || this.nextCr < end)) end = this.nextCr;
    return end;
  }

  /** Counts line breaks (LF, CRLF or lone CR) in buf[from, to). */
  private lineBreaks(from: number, to: number): number {
    const buf = this.buf;
    let count = 0;
    for (let i = buf.indexOf("\n", from); i !== -1 && i < to; i = buf.indexOf("\n", i + 1)) count++;
    if (this.nextCr !== -1 && this.nextCr < from) this.nextCr = buf.indexOf("\r", from);
    if (this.nextCr !== -1 && this.nextCr < to) {
      for (let i = this.nextCr; i !== -1 && i < to; i = buf.indexOf("\r", i + 1)) if (buf.charCodeAt(i + 1) !== LF) count++;
    }
    return count;
  }
}

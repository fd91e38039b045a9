import { clipInput } from "../issues.js";
import type { LoadLog } from "../load-report.js";
import { CsvTokenizer, type CsvProblem } from "./csv-tokenizer.js";
import { ShortRowJoiner } from "./short-row-joiner.js";

/** What a CSV reader does with the header and each data row. */
export interface CsvRowHandler {
  /** Reads the header; returns the names of missing required columns, or [] when it is usable. */
  header(fields: string[]): string[];
  /** One data row with as many fields as the header; `record` is its 0-based data-row index. */
  row(fields: string[], line: number, record: number): void;
}

/**
 * The shared front of every CSV format: tokenizes the text, reads the header, rebuilds rows broken by
 * raw line breaks, and rejects (with an issue each) records it cannot read. Every data row ends up in
 * exactly one `row()` call or one rejection, and is counted once on the log.
 */
export class CsvRows {
  private readonly tokenizer: CsvTokenizer;
  private joiner: ShortRowJoiner | undefined;
  private missing: string[] | undefined;
  private skipped = 0;
  private headerColumns = "";

  constructor(
    private readonly log: LoadLog,
    private readonly handler: CsvRowHandler,
    private readonly formatLabel: string,
    /** Line number of the first line of the text (for readers that start mid-file). Default 1. */
    firstLine = 1,
  ) {
    const raw = () => this.tokenizer.raw();
    this.tokenizer = new CsvTokenizer({
      firstLine,
      onRecord: (fields, line) => {
        if (this.missing === undefined) return this.readHeader(fields);
        if (this.missing.length > 0) {
          this.log.records++;
          this.log.items++;
          this.skipped++;
          return;
        }
        this.joiner!.add(fields, line, raw);
      },
      onProblem: (problem) => this.problem(problem),
    });
  }

  push(chunk: string): void {
    this.tokenizer.push(chunk);
  }

  end(): void {
    this.tokenizer.end();
    this.joiner?.end();
    if (this.missing && this.missing.length > 0) {
      const s = this.missing.length > 1 ? "s" : "";
      this.log.reject(
        {
          code: "invalid-header",
          message: `Not a ${this.formatLabel} header: missing column${s} ${this.missing.map((c) => `"${c}"`).join(", ")}; ${this.skipped} data row${this.skipped === 1 ? "" : "s"} not read`,
          path: [],
          line: 1,
          input: clipInput(this.headerColumns),
        },
        this.skipped,
      );
    }
  }

  private readHeader(fields: string[]): void {
    this.headerColumns = fields.join(",");
    this.missing = this.handler.header(fields);
    const width = fields.length;
    this.joiner = new ShortRowJoiner(width, {
      row: (row, line, joined) => {
        const record = this.log.records++;
        this.log.items++;
        if (joined) {
          this.log.warn({ code: "joined-lines", message: `Row rebuilt from lines ${joined[0]}-${joined[1]}: its text held line breaks without quotes`, path: [], line, record, input: clipInput(row.join(",")) });
        }
        this.handler.row(row, line, record);
      },
      reject: (rec, width) => {
        const record = this.log.records++;
        this.log.items++;
        this.log.reject({ code: "column-count", message: `Row rejected: expected ${width} columns but found ${rec.fields.length}`, path: [], line: rec.line, record, input: clipInput(rec.raw) });
      },
    });
  }

  private problem(problem: CsvProblem): void {
    const messages = {
      "unterminated-quote": "Row rejected: a quoted field is never closed; reading resumed on the next line",
      "record-too-large": "Row rejected: the record is larger than the limit; reading resumed on the next line",
      "malformed-quote": "Text after a closing quote was kept as part of the field",
    } as const;
    const issue = { code: problem.code, message: messages[problem.code], path: [], line: problem.line, input: problem.raw };
    if (problem.code === "malformed-quote") return this.log.warn(issue);
    this.log.records++;
    this.log.items++;
    this.log.reject(issue);
  }
}

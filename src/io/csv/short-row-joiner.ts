/**
 * Rebuilds rows that a writer broke by putting raw line breaks into an unquoted text field: the row
 * arrives as several records with too few fields ("...,@SpotifyCares Microsoft Lumia 950XL" /
 * "Windows 10 Mobile" / "Spotify 5.2.4.0,289163,289171.0"). Consecutive short records are joined
 * (the last field of one continues in the first field of the next, with the line breaks between them)
 * while their fields add up to no more than the header's width; a group that reaches the width exactly
 * is one repaired row, anything else is rejected record by record.
 */

export interface CsvRecordAt {
  fields: string[];
  line: number;
  /** How many line breaks the record spans (from its raw text). */
  lineBreaks: number;
  raw: string;
}

export interface JoinerSink {
  /** A complete row; `joinedLines` is set when it was rebuilt from several records ([first, last] line). */
  row(fields: string[], line: number, joinedLines?: [number, number]): void;
  /** A record that is not a complete row and could not be completed. */
  reject(record: CsvRecordAt, width: number): void;
}

/** At most this many records are joined into one row. */
const MAX_GROUP = 64;

export class ShortRowJoiner {
  private group: CsvRecordAt[] = [];
  private fields: string[] = [];

  constructor(
    private readonly width: number,
    private readonly sink: JoinerSink,
  ) {}

  /** Adds the next record; `raw` (its raw text) is read only when the record is not a complete row. */
  add(fields: string[], line: number, raw: () => string): void {
    if (fields.length === this.width && this.group.length === 0) return this.sink.row(fields, line);
    const text = raw();
    let lineBreaks = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineBreaks++;
    const record: CsvRecordAt = { fields, line, lineBreaks, raw: text.length > 200 ? text.slice(0, 200) : text };
    if (fields.length >= this.width) {
      this.flush();
      if (fields.length === this.width) this.sink.row(fields, line);
      else this.sink.reject(record, this.width);
      return;
    }
    if (this.group.length > 0 && this.group.length < MAX_GROUP) {
      const last = this.group[this.group.length - 1]!;
      const joined = this.fields.length + record.fields.length - 1;
      if (joined <= this.width) {
        const gap = Math.max(1, record.line - last.line - last.lineBreaks);
        this.fields[this.fields.length - 1] += "\n".repeat(gap) + record.fields[0];
        for (let i = 1; i < record.fields.length; i++) this.fields.push(record.fields[i]!);
        this.group.push(record);
        if (this.fields.length === this.width) this.complete();
        return;
      }
    }
    this.flush();
    this.group = [record];
    this.fields = [...record.fields];
  }

  /** Call at the end of the input. */
  end(): void {
    this.flush();
  }

  private complete(): void {
    const first = this.group[0]!;
    const last = this.group[this.group.length - 1]!;
    this.sink.row(this.fields, first.line, [first.line, last.line + last.lineBreaks]);
    this.group = [];
    this.fields = [];
  }

  private flush(): void {
    for (const record of this.group) this.sink.reject(record, this.width);
    this.group = [];
    this.fields = [];
  }
}

import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvTokenizer, type CsvProblem } from "../../../src/io/csv/csv-tokenizer.js";

function tokenize(chunks: string[]) {
  const records: { fields: string[]; line: number }[] = [];
  const problems: CsvProblem[] = [];
  const tokenizer = new CsvTokenizer({ onRecord: (fields, line) => records.push({ fields, line }), onProblem: (p) => problems.push(p) });
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return { records, problems };
}

/** Cuts a text into chunks at the given positions. */
function cut(text: string, positions: number[]): string[] {
  const points = [...new Set(positions.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let last = 0;
  for (const point of points) {
    chunks.push(text.slice(last, point));
    last = point;
  }
  chunks.push(text.slice(last));
  return chunks;
}

describe("CsvTokenizer", () => {
  it("reads quoted commas, quoted newlines, doubled quotes and CRLF", () => {
    const { records, problems } = tokenize(['a,"b,\nc",d\r\n1,"say ""hi""",3\n']);
    expect(records).toEqual([
      { fields: ["a", "b,\nc", "d"], line: 1 },
      { fields: ["1", 'say "hi"', "3"], line: 3 },
    ]);
    expect(problems).toEqual([]);
  });

  it("skips blank lines but counts them", () => {
    expect(tokenize(["a\n\n\nb\n"]).records).toEqual([
      { fields: ["a"], line: 1 },
      { fields: ["b"], line: 4 },
    ]);
  });

  it("reads a lone CR as a line break and a last line without a newline", () => {
    expect(tokenize(["a,b\rc,d"]).records).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: ["c", "d"], line: 2 },
    ]);
  });

  it("keeps text after a closing quote and reports it", () => {
    const { records, problems } = tokenize(['"ab"c,d\n']);
    expect(records[0]!.fields).toEqual(["abc", "d"]);
    expect(problems.map((p) => p.code)).toEqual(["malformed-quote"]);
  });

  it("reports an unterminated quote and resumes on the next line", () => {
    const { records, problems } = tokenize(['1,"never closed\n2,ok\n3,fine\n']);
    expect(problems).toEqual([{ code: "unterminated-quote", line: 1, raw: '1,"never closed\n' }]);
    expect(records.map((r) => r.fields)).toEqual([
      ["2", "ok"],
      ["3", "fine"],
    ]);
  });

  it("reports a record longer than maxRecordChars and goes on", () => {
    const records: string[][] = [];
    const problems: CsvProblem[] = [];
    const tokenizer = new CsvTokenizer({ onRecord: (f) => records.push(f), onProblem: (p) => problems.push(p), maxRecordChars: 50 });
    tokenizer.push(`1,"${"x".repeat(100)}\n`);
    tokenizer.push("2,ok\n");
    tokenizer.end();
    expect(problems.map((p) => [p.code, p.line])).toEqual([["unterminated-quote", 1]]);
    expect(records).toEqual([["2", "ok"]]);
  });

  it("gives the same records as csv-parse on any valid CSV, however it is chunked", () => {
    const field = fc.oneof(
      fc.string({ unit: fc.constantFrom("a", "b", " ", ",", '"', "\n", "\r\n", "é", "😀") }),
      fc.string({ unit: fc.constantFrom("x", "y", "1", "2") }),
    );
    const quote = (value: string) => (/[",\r\n]/.test(value) || value === "" ? `"${value.replaceAll('"', '""')}"` : value);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 })),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom("\n", "\r\n"),
        (rows, cuts, eol) => {
          const text = rows.map((row) => row.map(quote).join(",")).join(eol) + eol;
          const expected = parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
          const { records, problems } = tokenize(cut(text, cuts));
          expect(problems).toEqual([]);
          expect(records.map((r) => r.fields)).toEqual(expected);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("never throws on arbitrary text and reports lines in increasing order", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", " ") }), fc.array(fc.nat(), { maxLength: 5 }), (text, cuts) => {
        const { records } = tokenize(cut(text, cuts));
        const lines = records.map((r) => r.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

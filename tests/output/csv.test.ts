import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../src/output/csv.js";

describe("toCsv(rows)", () => {
  it("neutralises cells that a spreadsheet would run as formulas", () => {
    const csv = toCsv([{ a: "=1+1", b: "+cmd", c: "-2", d: "@SUM(A1)", e: "\tx", f: "\rx", g: -2 }]);
    expect(parse(csv)).toEqual([
      ["a", "b", "c", "d", "e", "f", "g"],
      ["'=1+1", "'+cmd", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "-2"],
    ]);
  });

  it("writes dates as ISO 8601, objects as JSON and missing values as empty cells", () => {
    expect(csvCell(new Date("2020-04-01T17:31:32Z"))).toBe("2020-04-01T17:31:32.000Z");
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("round-trips any text through csv-parse (bar the formula prefix)", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string() }), { maxLength: 10 }), (rows) => {
        const back = parse(toCsv(rows), { columns: true, relax_column_count: true }) as { text: string }[];
        expect(back.map((r) => r.text)).toEqual(rows.map((r) => (/^[=+\-@\t\r]/.test(r.text) ? `'${r.text}` : r.text)));
      }),
      { seed: 1, numRuns: 200 },
    );
  });
});

describe("csvCell(value) on hostile values", () => {
  // Regression (fuzzing): an invalid Date threw RangeError from toISOString and stopped the whole write.
  it("writes an invalid date as an empty cell", () => {
    expect(csvCell(new Date(Number.NaN))).toBe("");
    expect(toCsv([{ at: new Date(Number.NaN), n: 1 }])).toBe("at,n\r\n,1\r\n");
  });

  it("neutralises formulas behind spaces and in full-width forms, and keeps plain text as it is", () => {
    expect(csvCell("  =1+1")).toBe("'  =1+1");
    expect(csvCell("＝HYPERLINK(1)")).toBe("'＝HYPERLINK(1)");
    expect(csvCell("\u3000@SUM(A1)")).toBe("'\u3000@SUM(A1)");
    expect(csvCell("a = b")).toBe("a = b");
  });
});

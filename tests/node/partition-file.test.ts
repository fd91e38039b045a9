import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partitionCsvFile } from "../../src/node/partition-file.js";

describe("partitionCsvFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "carelens-partition-"));

  it("cuts only at line breaks outside quotes, before a line that starts a record", async () => {
    const rows = ["id,text", '1,"a\n2,fake row inside quotes"', "2,plain", '3,"say ""hi""\nthere"', "4,x\r", "5,end"];
    const file = join(dir, "quoted.csv");
    writeFileSync(file, `${rows.join("\n")}\n`);
    const { header, ranges } = await partitionCsvFile(file, 6, (line) => /^\d+,/.test(line));
    expect(header).toBe("id,text");
    const text = `${rows.join("\n")}\n`;
    for (const range of ranges) expect(text.slice(range.start, range.start + 2)).toMatch(/^\d,/);
    expect(ranges.map((r) => text.slice(r.start, r.end))).not.toContainEqual(expect.stringMatching(/^2,fake/));
  });

  it("covers the file after the header exactly once, with each range's first line number", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(99), fc.constantFrom("a", "b c", '"q\nq"', '"x,""y"""', "é😡", "cr\rlone", '"crlf\r\nin"')), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 8 }), async (rows, parts) => {
        const text = `id,text\n${rows.map(([n, t]) => `${n},${t}`).join("\n")}\n`;
        const file = join(dir, "random.csv");
        writeFileSync(file, text);
        const bytes = Buffer.from(text);
        const { ranges } = await partitionCsvFile(file, parts);
        expect(ranges[0]!.start).toBe(Buffer.byteLength("id,text\n"));
        expect(ranges.at(-1)!.end).toBe(bytes.length);
        expect(ranges.length).toBeLessThanOrEqual(parts);
        for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.start).toBe(ranges[i - 1]!.end);
        for (const range of ranges) expect(range.firstLine).toBe(bytes.subarray(0, range.start).toString().split(/\r\n|\r|\n/).length);
      }),
      { numRuns: 100, seed: 11 },
    );
  });
});

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { openRecordWriter } from "../../src/node/record-writer.js";

describe("openRecordWriter(path) for .csv", () => {
  it("writes through csvCell: formulas neutralised in headers and cells, invalid dates empty, quotes and line breaks kept", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "carelens-")), "scores.csv");
    const out = openRecordWriter(path, { columns: ["=id", "text", "at", "__proto__"] });
    await out.write(JSON.parse('{"=id":"@SUM(A1)","text":"say \\"hi\\",\\n=1+1","at":null,"__proto__":"+cmd"}'));
    await out.write({ "=id": "-2", text: "  =HYPERLINK(1)", at: new Date(Number.NaN) });
    await out.close();
    expect(parse(readFileSync(path, "utf8"))).toEqual([
      ["'=id", "text", "at", "__proto__"],
      ["'@SUM(A1)", 'say "hi",\n=1+1', "", "'+cmd"],
      ["'-2", "'  =HYPERLINK(1)", "", ""],
    ]);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CarelensLoadError } from "../../src/errors.js";
import type { LoadIssue } from "../../src/io/issues.js";
import { parseExport, type ReadOptions } from "../../src/io/read-export.js";
import { cut, expectAccounted } from "../support/fuzz.js";

/**
 * The broken real-world exports of tests/fixtures/broken (README there says how each was made): each
 * must load with exactly the counts and issues of its .expected.json, read as raw bytes (so the
 * encodings are the file's own), in one piece or in chunks cut at every 97th byte; strictly, it must
 * throw one CarelensLoadError carrying exactly its errors and warnings.
 */

interface Expected {
  options: ReadOptions;
  records: number;
  items: number;
  messages: number;
  rejected: number;
  conversations: number;
  issuesByCode: Record<string, number>;
  issues: Pick<LoadIssue, "code" | "severity" | "line" | "record" | "field">[];
}

const folder = new URL("../fixtures/broken/", import.meta.url);
const names = readdirSync(folder).filter((name) => !name.endsWith(".expected.json") && name !== "README.md");

describe("broken real-world exports", () => {
  it("the corpus is there: every file has its expected issues", () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
    for (const name of names) expect(readdirSync(folder)).toContain(`${name.replace(/\.[a-z]+$/, "")}.expected.json`);
  });

  for (const name of names) {
    it(name, async () => {
      const bytes = new Uint8Array(readFileSync(new URL(name, folder)));
      const expected = JSON.parse(readFileSync(new URL(`${name.replace(/\.[a-z]+$/, "")}.expected.json`, folder), "utf8")) as Expected;
      for (const source of [bytes, cut(bytes, Array.from({ length: Math.floor(bytes.length / 97) }, (_, i) => (i + 1) * 97))]) {
        const { conversations, report } = await parseExport(source, expected.options);
        expectAccounted(conversations, report);
        expect({ records: report.records, items: report.items, messages: report.messages, rejected: report.rejected, conversations: report.conversations }).toEqual({
          records: expected.records,
          items: expected.items,
          messages: expected.messages,
          rejected: expected.rejected,
          conversations: expected.conversations,
        });
        expect(report.issuesByCode).toEqual(expected.issuesByCode);
        expect(report.issues.map(({ code, severity, line, record, field }) => JSON.parse(JSON.stringify({ code, severity, line, record, field })))).toEqual(expected.issues);
        for (const issue of report.issues) expect(issue.message).toMatch(/\S/);
      }
      const error = await parseExport(bytes, { ...expected.options, strict: true }).then(() => undefined, (e: unknown) => e);
      const problems = expected.issues.filter((issue) => issue.severity !== "info");
      if (problems.length === 0) expect(error).toBeUndefined();
      else {
        expect(error).toBeInstanceOf(CarelensLoadError);
        expect((error as CarelensLoadError).issues.map((i) => i.code)).toEqual(problems.map((i) => i.code));
      }
    });
  }
});

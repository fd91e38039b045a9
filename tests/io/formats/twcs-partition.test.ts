import { describe, expect, it } from "vitest";
import { joinTwcsParts, readTwcsPart } from "../../../src/io/formats/twcs-partition.js";
import type { TwcsRow } from "../../../src/io/formats/twcs-rows.js";
import type { LoadIssue } from "../../../src/io/issues.js";
import { mergeLoadReports } from "../../../src/io/merge-load-reports.js";
import type { Conversation } from "../../../src/model/conversation.js";
import { fileChunks, loadExport } from "../../../src/node/files.js";
import { partitionCsvFile } from "../../../src/node/partition-file.js";
import { dataPath } from "../../support/data.js";
import { generatedTwcs } from "../../support/generated-twcs.js";

/** Reads a file in `parts` byte ranges, as the workers do, and joins the open threads. */
async function readInParts(path: string, parts: number) {
  const { header, ranges } = await partitionCsvFile(path, parts, (line) => /^\d+,/.test(line));
  const conversations: Conversation[] = [];
  const reports = [];
  const open: TwcsRow[] = [];
  let offset = 0;
  for (const [i, range] of ranges.entries()) {
    const part = readTwcsPart(fileChunks(path, range), { header, firstLine: range.firstLine, headerIssues: i === 0 });
    for await (const conversation of part) conversations.push(conversation);
    reports.push({ report: part.report, recordOffset: offset });
    for (const row of part.openRows()) open.push({ ...row, order: row.order + offset });
    offset += part.report.records;
  }
  const joined = joinTwcsParts(open);
  conversations.push(...joined.conversations);
  reports.push({ report: joined.report, recordOffset: 0 });
  return { conversations, report: mergeLoadReports(reports), ranges };
}

const byId = (list: Conversation[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const issueKey = (issue: LoadIssue) => `${issue.line}:${issue.record}:${issue.code}:${issue.field ?? ""}:${issue.input ?? ""}`;

describe("reading a TWCS file in parts (what worker threads do)", () => {
  it.each([
    ["a generated 20,000-row file", () => generatedTwcs(20_000), [2, 3, 7]],
    ["spotifycares_inbound.csv (real; rows broken by raw line breaks)", () => dataPath("twcs-sample/spotifycares_inbound.csv"), [2, 5]],
  ] as const)("gives the conversations and load report of one pass: %s", async (_, file, partCounts) => {
    const path = file();
    const whole = await loadExport(path, { format: "twcs" });
    for (const parts of partCounts) {
      const split = await readInParts(path, parts);
      expect(split.ranges.length).toBe(parts);
      expect(byId(split.conversations)).toEqual(byId(whole.conversations));
      const { issues, ...counts } = split.report;
      const { issues: wholeIssues, ...wholeCounts } = whole.report;
      expect(counts).toEqual(wholeCounts);
      expect(issues.map(issueKey).sort()).toEqual(wholeIssues.map(issueKey).sort());
    }
  });
});

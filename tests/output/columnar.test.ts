import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromArrow } from "arquero";
import { parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { toArrowIpc, toParquet } from "../../src/output/columnar.js";
import { carelens } from "../support/cli.js";
import { dataPath } from "../support/data.js";

const rows = [
  { conversationId: "c1", score: 0.5, canned: true, rubrics: { ownership: { label: "owns" } }, agents: ["A/MM", "A/JS"] },
  { conversationId: "c2", score: null, canned: false, rubrics: { ownership: { label: "=HYPERLINK(1)" } }, agents: [] },
  { conversationId: "c3 \"é😡\"", score: 1 },
];

describe("columnar outputs (Arrow IPC, Parquet) for DuckDB, Spark and the like", () => {
  it("writes Arrow IPC that an Arrow reader reads back, nested values as dotted columns", () => {
    const table = fromArrow(toArrowIpc(rows));
    expect(table.columnNames()).toEqual(["conversationId", "score", "canned", "rubrics.ownership.label", "agents"]);
    expect(table.objects()).toEqual([
      { conversationId: "c1", score: 0.5, canned: true, "rubrics.ownership.label": "owns", agents: '["A/MM","A/JS"]' },
      { conversationId: "c2", score: null, canned: false, "rubrics.ownership.label": "=HYPERLINK(1)", agents: "[]" },
      { conversationId: 'c3 "é😡"', score: 1, canned: null, "rubrics.ownership.label": null, agents: null },
    ]);
  });

  it("writes Parquet that a Parquet reader reads back, with typed columns and nulls", async () => {
    const buffer = toParquet(rows);
    const read = await parquetReadObjects({ file: buffer });
    expect(read).toEqual([
      { conversationId: "c1", score: 0.5, canned: true, "rubrics.ownership.label": "owns", agents: '["A/MM","A/JS"]' },
      { conversationId: "c2", score: null, canned: false, "rubrics.ownership.label": "=HYPERLINK(1)", agents: "[]" },
      { conversationId: 'c3 "é😡"', score: 1, canned: null, "rubrics.ownership.label": null, agents: null },
    ]);
  });

  it("carelens score --out scores.parquet writes one row per message", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "carelens-columnar-")), "scores.parquet");
    const run = carelens("score", dataPath("ibm-twitter-cdp/test.json"), "--format", "ibm-cdp", "--out", out, "-q");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const bytes = readFileSync(out);
    const read = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    expect(read.length).toBe(1139);
    expect(read[0]).toHaveProperty("messageId");
  });
});

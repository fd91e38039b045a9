import { describe, expect, it } from "vitest";
import { toCsv } from "../../src/output/csv.js";
import { flattenRow } from "../../src/metrics/flatten-row.js";
import { firstResponseTime } from "../../src/metrics/first-response-time.js";
import { metricsSummary } from "../../src/metrics/metrics-summary.js";
import { metricsTable } from "../../src/metrics/metrics-table.js";
import { metricsCsv } from "../../src/metrics/metrics-csv.js";
import { summaryRows } from "../../src/metrics/summary-rows.js";
import { realConversations } from "../support/real-exports.js";

describe("metricsTable(rows), flattenRow(row) and summaryRows(summary)", () => {
  it("turns per-brand FRT into an arquero table with one column per number", async () => {
    const frt = firstResponseTime(await realConversations("twcs-sample/sample.csv", "twcs"));
    const table = metricsTable(frt.byBrand);
    expect(table.numRows()).toBe(frt.byBrand.length);
    expect(table.columnNames()).toEqual(expect.arrayContaining(["brand", "n", "medianSeconds", "withinTarget.1800s.share", "withinTarget.3600s.count"]));
    const apple = table.filter((d: { brand: string }) => d.brand === "AppleSupport").objects()[0] as Record<string, unknown>;
    expect(apple.n).toBe(11);
  });

  it("never lets a key from the data reach Object.prototype", () => {
    const row = flattenRow(JSON.parse('{"__proto__": {"polluted": 1}, "n": 2}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(row).toEqual(Object.defineProperty({ n: 2 }, "__proto__.polluted", { value: 1, enumerable: true, writable: true, configurable: true }));
  });

  it("writes the summary as CSV rows: all first, then the groups", async () => {
    const summary = metricsSummary(await realConversations("twcs-sample/sample.csv", "twcs"), { by: "channel" });
    const rows = summaryRows(summary);
    expect(rows.map((r) => r.group)).toEqual(["all", "twitter"]);
    expect(rows[0]).toMatchObject({ contacts: 25, responseRate: 0.96, frtMedianSeconds: 4111.5, frtP90Seconds: 25369, frtWithin1800s: 0.375 });
    const csv = toCsv(rows);
    expect(csv.split("\r\n")[1]).toMatch(/^all,25,24,0\.96,/);
  });
});

describe("metricsCsv(rows)", () => {
  it("writes flattened rows through the CSV writer, formulas neutralised", () => {
    const csv = metricsCsv([{ brand: "=HYPERLINK(1)", n: 2, withinTarget: [{ targetSeconds: 1800, count: 1, share: 0.5 }] }]);
    expect(csv).toBe("brand,n,withinTarget.1800s.count,withinTarget.1800s.share\r\n'=HYPERLINK(1),2,1,0.5\r\n");
  });
});

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { writeResult } from "../../src/node/write-result.js";
import { comparisonRows, issueRows } from "../../src/output/result-rows.js";
import { toTable } from "../../src/output/to-table.js";
import { comparePilot } from "../../src/compare/compare-pilot.js";
import { realConversations } from "../support/real-exports.js";
import { carelens } from "../support/cli.js";
import { dataPath } from "../support/data.js";

const dir = mkdtempSync(join(tmpdir(), "carelens-writers-"));

test("writeResult(path, result) picks CSV, JSON or NDJSON by extension and neutralises formulas in CSV", async () => {
  const rows = [{ agent: "=HYPERLINK(\"http://x\")", n: -2, note: "+1", tab: "\tx", at: "@me" }];
  await writeResult(join(dir, "r.csv"), { document: { rows }, rows });
  await writeResult(join(dir, "r.ndjson"), { document: { rows }, rows });
  await writeResult(join(dir, "r.json"), { document: { rows, missing: undefined }, rows });
  expect(readFileSync(join(dir, "r.csv"), "utf8")).toBe(`agent,n,note,tab,at\r\n"'=HYPERLINK(""http://x"")",-2,'+1,'\tx,'@me\r\n`);
  expect(readFileSync(join(dir, "r.ndjson"), "utf8")).toBe(`${JSON.stringify(rows[0])}\n`);
  expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8"))).toEqual({ rows, missing: null });
  await expect(writeResult(join(dir, "r.xlsx"), { document: {}, rows })).rejects.toThrow(/\.csv, \.json, \.ndjson/);
});

test("comparisonRows(result) gives one row per outcome, and toTable makes an arquero table of them", async () => {
  const conversations = await realConversations("ibm-twitter-cdp/test.json", "ibm-cdp");
  const agents = [...new Set(conversations.flatMap((c) => c.messages.filter((m) => m.agentId).map((m) => `${c.brand}/${m.agentId}`)))].slice(0, 5);
  const result = comparePilot(conversations, { pilot: agents, seed: 1 });
  const rows = comparisonRows(result);
  expect(rows.map((r) => r.outcome)).toEqual(result.outcomes.map((o) => o.outcome));
  expect(toTable(rows).numRows()).toBe(result.outcomes.length);
});

test("carelens inspect/metrics/compare/report --out write the format the extension names", () => {
  const file = dataPath("ibm-twitter-cdp/test.json");
  const inspect = carelens("inspect", file, "-f", "ibm-cdp", "-o", join(dir, "issues.csv"));
  expect(inspect.status).toBe(0);
  const issues = readFileSync(join(dir, "issues.csv"), "utf8").trim().split("\r\n");
  expect(issues[0]).toBe("severity,code,where,line,record,field,message,input");
  const json = JSON.parse(carelens("inspect", file, "-f", "ibm-cdp", "--json").stdout) as { issues: unknown[] };
  expect(issues.length - 1).toBe(issueRows(json as never).length);
  expect(carelens("metrics", file, "-f", "ibm-cdp", "-o", join(dir, "m.ndjson")).status).toBe(0);
  expect(JSON.parse(readFileSync(join(dir, "m.ndjson"), "utf8").split("\n")[0]!).group).toBe("all");
  expect(carelens("report", file, "-f", "ibm-cdp", "-q", "-o", join(dir, "report.json")).status).toBe(0);
  const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as { version: number; metrics: { contacts: number }; agents: unknown[] };
  expect(report.version).toBe(1);
  expect(report.metrics.contacts).toBe(json.issues ? 500 : 0);
  const bad = carelens("report", file, "-f", "ibm-cdp", "-o", join(dir, "report.pdf"));
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/^carelens: --out must name a \.html or \.json file/);
});

test("every command's --help lists its examples and the exit codes", () => {
  for (const command of ["inspect", "score", "metrics", "compare", "report"]) {
    const help = carelens(command, "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Examples:");
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 {2}ok\n {2}1 {2}findings/);
    for (const flag of ["-f, --format", "--mapping", "--strict", "--max-issues", "-q, --quiet", "-o, --out"]) expect(help.stdout).toContain(flag);
  }
});

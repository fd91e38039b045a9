import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { carelens } from "../support/cli.js";
import { dataPath } from "../support/data.js";

const HOURS = new URL("../fixtures/metrics/business-hours.json", import.meta.url).pathname;

// The headline figures are pinned against /usr/bin/python3 tests/metrics/reference/headline_reference.py
// (pandas, straight from the raw files): see tests/metrics/first-response-time.test.ts.
describe("carelens metrics", () => {
  it.each([
    ["ibm-twitter-cdp/dev.json", "ibm-cdp", 525, 1, 5057, 58499.8],
    ["ibm-twitter-cdp/test.json", "ibm-cdp", 500, 1, 5670.5, 61192.8],
    ["twcs-sample/sample.csv", "twcs", 25, 0.96, 4111.5, 25369],
  ] as const)("prints the headline figures of %s with --json, with the manifest", (file, format, contacts, rate, median, p90) => {
    const { status, stdout, stderr } = carelens("metrics", dataPath(file), "--format", format, "--json");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.contacts).toBe(contacts);
    expect(json.responseRate).toBe(rate);
    expect(json.firstResponseTime.medianSeconds).toBeCloseTo(median, 6);
    expect(json.firstResponseTime.p90Seconds).toBeCloseTo(p90, 6);
    expect(json.manifest).toMatchObject({
      clockStart: expect.stringMatching(/^first-customer-message/),
      window: "none: any reply before the end of the data",
      businessHours: null,
      holidays: [],
      botRule: expect.stringContaining("never count as replies"),
      quantileMethod: expect.stringContaining("R type 7"),
      handleTimeModel: expect.objectContaining({ readingWordsPerMinute: 238 }),
    });
    expect(json.load).toMatchObject({ format });
  });

  it("prints the metrics and their definitions in words", () => {
    const { status, stdout } = carelens("metrics", dataPath("twcs-sample/sample.csv"), "--format", "twcs");
    expect(status).toBe(0);
    expect(stdout).toContain("response rate            96.0% (24 of 25)");
    expect(stdout).toContain("first response time      median 4111.5 s (1 h 08 min), p90 25369 s (7 h 02 min)");
    expect(stdout).toContain("unanswered contacts, oldest first (1):");
    expect(stdout).toContain("definitions:");
    expect(stdout).toContain("quantiles: R type 7");
  });

  it("splits by brand in a time zone, measures business hours from a file, and writes CSV to --out", () => {
    const dir = mkdtempSync(join(tmpdir(), "carelens-metrics-"));
    const out = join(dir, "metrics.csv");
    const { status, stdout } = carelens("metrics", dataPath("twcs-sample/sample.csv"), "--format", "twcs", "--by", "brand", "--tz", "America/New_York", "--business-hours", HOURS, "--out", out);
    expect(status).toBe(0);
    expect(stdout).toBe("");
    const lines = readFileSync(out, "utf8").trim().split("\r\n");
    expect(lines[0]).toMatch(/^group,contacts,responded,responseRate,/);
    expect(lines[0]).toContain("frtBusinessMedianSeconds");
    expect(lines[1]).toMatch(/^all,25,24,0\.96,/);
    expect(lines.some((line) => line.startsWith("AppleSupport,12,11,"))).toBe(true);
  });

  it("shows business hours and window in the manifest with --json", () => {
    const { stdout } = carelens("metrics", dataPath("twcs-sample/sample.csv"), "--format", "twcs", "--business-hours", HOURS, "--window", "24h", "--sla", "15m,1h,4h", "--json");
    const json = JSON.parse(stdout);
    expect(json.manifest).toMatchObject({ window: "a reply within 86400 s (24 h) of the clock start", holidays: ["2017-12-25", "2020-04-10"], slaTargetsSeconds: [900, 3600, 14400] });
    expect(json.firstResponseTime.business.n).toBe(24);
    expect(json.firstResponseTime.withinTarget).toHaveLength(3);
  });

  it("groups by team from a --teams file", () => {
    const dir = mkdtempSync(join(tmpdir(), "carelens-teams-"));
    const teams = join(dir, "teams.json");
    writeFileSync(teams, JSON.stringify({ "SpotifyCares/AY": "music", "SpotifyCares/MU": "music", "Tesco/Helena": "retail" }));
    const json = JSON.parse(carelens("metrics", dataPath("twcs-sample/sample.csv"), "--format", "twcs", "--by", "team", "--teams", teams, "--json").stdout);
    expect(json.groups.find((g: { key: string }) => g.key === "music").contacts).toBe(2);
  });

  it.each([
    [["--tz", "Mars/Base"], /^carelens: invalid metrics options: unknown IANA time zone "Mars\/Base".*\n$/],
    [["--window", "soon"], /^carelens: --window must be a positive duration such as 3600, 90m, 24h or 2d, got "soon"\n$/],
    [["--business-hours", "missing.json"], /^carelens: cannot read --business-hours "missing.json": no such file\n$/],
    [["--by", "team"], /^carelens: --by team needs --teams FILE/],
    [["--clock-start", "ticket"], /^carelens: --clock-start must be first-customer-message or conversation-creation, got "ticket"\n$/],
  ])("exits 2 with a one-line error for %j", (args, message) => {
    const { status, stderr, stdout } = carelens("metrics", dataPath("twcs-sample/sample.csv"), "--format", "twcs", ...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
  });

  it("rejects a schedule file with every problem on one line", () => {
    const dir = mkdtempSync(join(tmpdir(), "carelens-hours-"));
    const bad = join(dir, "hours.json");
    writeFileSync(bad, JSON.stringify({ timeZone: "UTC", week: { mon: [["17:00", "09:00"]] }, holidays: ["2024-02-30"] }));
    const { status, stderr } = carelens("metrics", dataPath("twcs-sample/sample.csv"), "--format", "twcs", "--business-hours", bad);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^carelens: --business-hours ".*hours.json": invalid business-hours schedule: [^\n]+\n$/);
    expect(stderr).toContain('not a calendar date: "2024-02-30" at holidays[0]');
    expect(stderr).toContain('an interval must close after it opens (use 24:00 for midnight), got ["17:00","09:00"] at week.mon[0]');
  });
});

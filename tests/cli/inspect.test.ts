import { describe, expect, it } from "vitest";
import { carelens } from "../support/cli.js";
import { dataPath } from "../support/data.js";

describe("carelens inspect", () => {
  it("prints the load report of a real export in words", () => {
    const { status, stdout } = carelens("inspect", dataPath("ibm-twitter-cdp/test.json"), "--format", "ibm-cdp");
    expect(status).toBe(0);
    expect(stdout).toContain("500 conversations, 1139 messages (586 customer, 553 agent, 0 bot, 0 system)");
    expect(stdout).toContain("invalid-duration: 16");
  });

  it("prints one JSON object with --json", () => {
    const { status, stdout } = carelens("inspect", dataPath("twcs-sample/sample.csv"), "--format", "twcs", "--json");
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    // 19 signed agents by hand: British_Airways JR Jools; ChaseSupport RR; HPSupport Rashmi; SouthwestAir AC; SpotifyCares AY CP MU;
    // Tesco Amanda (bare "... sales. Amanda") Chris Dani Helena Mike Paige; UPSHelp ML; VirginTrains HP MM; comcastcares AD; sprintcare AC.
    expect(report).toMatchObject({ conversations: 27, messages: 93, customerMessages: 49, agentMessages: 44, agents: 19 });
    expect(report.issues).toHaveLength(8);
    expect(report.issues[0]).toMatchObject({ code: "dangling-reference", line: 2, field: "response_tweet_id", input: "119236" });
  });

  it.each([
    [["inspect", "missing.json", "--format", "ibm-cdp"], /^carelens: cannot read "missing.json": no such file\n$/],
    [["inspect", dataPath("twcs-sample/sample.csv"), "--format", "tcws"], /^carelens: unknown format "tcws"/],
    [["inspect", dataPath("twcs-sample/sample.csv"), "--format", "ibm-cdp"], /^carelens: cannot read ".*sample.csv" as ibm-cdp: Record rejected: invalid JSON/],
    [["inspect", dataPath("twcs-sample/sample.csv")], /^carelens: missing --format/],
  ])("exits 2 with a one-line error for %j", (args, message) => {
    const { status, stderr, stdout } = carelens(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
  });

  it("exits 1 with --strict when records were repaired", () => {
    const { status, stderr } = carelens("inspect", dataPath("twcs-sample/sample.csv"), "--format", "twcs", "--strict");
    expect(status).toBe(1);
    expect(stderr).toMatch(/^carelens: 8 problems in the export/);
  });
});

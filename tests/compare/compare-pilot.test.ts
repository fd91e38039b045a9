import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { comparePilot } from "../../src/compare/compare-pilot.js";
import { load } from "../support/collect.js";
import { carelens } from "../support/cli.js";
import { dataPath, dataText } from "../support/data.js";

describe("comparePilot(conversations, options) on ../shared/data/ibm-twitter-cdp/dev.json", async () => {
  const { conversations } = await load(dataText("ibm-twitter-cdp/dev.json"), "ibm-cdp");
  const rockstar = conversations.filter((c) => c.brand === "RockstarSupport" || c.brand === "AmazonHelp" || c.brand === "AdobeCare");
  const pilot = ["RockstarSupport/MS", "RockstarSupport/SR"];
  const result = comparePilot(rockstar, { pilot, seed: 3, permutations: 999 });

  it("credits each conversation to the agent of its first signed reply, the agent being the unit", () => {
    // Independent count: the signature of each conversation's first agent message.
    const firstAgent = rockstar.map((c) => c.messages.find((m) => m.role === "agent")?.text.match(/[*^](\w+)\s*$/)?.[1]);
    const inPilot = firstAgent.filter((a) => a === "MS" || a === "SR").length;
    const signed = firstAgent.filter((a) => a !== undefined).length;
    expect(result.conversations.pilot).toBe(inPilot);
    expect(result.conversations.control).toBe(signed - inPilot);
    expect(result.agents.pilot).toBe(2);
    expect(result.uncredited).toBe(rockstar.length - signed);
  });

  it("compares every metric and rubric, with an interval, a p-value and the method", () => {
    const names = result.outcomes.map((o) => o.outcome);
    expect(names).toEqual(expect.arrayContaining(["firstResponseSeconds", "handleSeconds", "turnResponseRate", "scorecardTotal", "rubric:ownership", "rubric:personalization"]));
    const handle = result.outcomes.find((o) => o.outcome === "handleSeconds")!;
    expect(handle.method).toMatch(/^permutation \((exact|monte-carlo)/);
    expect(handle.ci.low).toBeLessThanOrEqual(handle.difference.absolute!);
    expect(handle.adjustedPValue.holm).toBeGreaterThanOrEqual(handle.pValue!);
    expect(result.outcomeDefinitions.handleSeconds).toMatch(/handle time/);
  });

  it("warns that two pilot agents cannot be told apart from who they are", () => {
    expect(result.outcomes.find((o) => o.outcome === "handleSeconds")!.warnings.join(" ")).toMatch(/fewer than 3 agents/);
  });

  it("gives the same answer for the same seed, and flips the sign when pilot and control swap", () => {
    expect(comparePilot(rockstar, { pilot, seed: 3, permutations: 999 })).toEqual(result);
    const others = comparePilot(rockstar, { pilot: (agent) => !pilot.includes(agent), seed: 3, permutations: 999 });
    const a = result.outcomes.find((o) => o.outcome === "handleSeconds")!;
    const b = others.outcomes.find((o) => o.outcome === "handleSeconds")!;
    expect(b.difference.absolute).toBeCloseTo(-a.difference.absolute!, 9);
    expect(b.pValue).toBeCloseTo(a.pValue!, 9);
  });

  it("refuses an empty pilot and a pre-period that ends before it starts", () => {
    expect(() => comparePilot(rockstar, { pilot: [] })).toThrow(/needs the pilot agents/);
    expect(() => comparePilot(rockstar, { pilot, prePeriod: { from: "2020-03-01", to: "2020-01-01" } })).toThrow(/prePeriod must end after it starts/);
  });
});

describe("carelens compare", () => {
  const pilotFile = "/tmp/carelens-pilot-test.txt";
  writeFileSync(pilotFile, "RockstarSupport/MS\n# comment\nSR\n");

  it("prints the table with intervals, the method and warnings", () => {
    const { status, stdout } = carelens("compare", dataPath("ibm-twitter-cdp/dev.json"), "--format", "ibm-cdp", "--pilot", pilotFile, "--brand", "RockstarSupport");
    // Two pilot and two control agents: six ways to split them, so no 95% interval can exist, and it says so.
    expect(stdout).toContain("can be split into the two groups in only 6 ways");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Pilot 2 agents \/ \d+ conversations vs control \d+ agents/);
    expect(stdout).toMatch(/handleSeconds\s+[\d.]+\s+[\d.]+/);
    expect(stdout).toContain("95% interval");
    expect(stdout).toContain("Warnings:");
  });

  it("exits 2 without --pilot or with a bad --pre-period", () => {
    expect(carelens("compare", dataPath("ibm-twitter-cdp/dev.json"), "--format", "ibm-cdp")).toMatchObject({ status: 2, stderr: expect.stringMatching(/^carelens: missing --pilot/) });
    expect(carelens("compare", dataPath("ibm-twitter-cdp/dev.json"), "--format", "ibm-cdp", "--pilot", pilotFile, "--pre-period", "soon")).toMatchObject({ status: 2, stderr: expect.stringMatching(/--pre-period must be START..END/) });
  });
});

import { describe, expect, it } from "vitest";
import { carelens } from "../support/cli.js";
import { dataPath } from "../support/data.js";

describe("carelens run", () => {
  it("scores every rubric and prints the headline metrics of a real export", () => {
    const { status, stdout, stderr } = carelens("run", dataPath("ibm-twitter-cdp/test.json"), "--format", "ibm-cdp");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/500 conversations, 553 agent replies scored/);
    expect(stdout).toMatch(/personalization\s+personal \d+, canned \d+/);
    expect(stdout).toMatch(/response rate\s+100\.0% \(500 of 500\)/);
    expect(stdout).toMatch(/first response time\s+median 5670\.5 s/);
  });

  it("--json gives the same figures as carelens score and carelens metrics", () => {
    const run = JSON.parse(carelens("run", dataPath("twcs-sample/sample.csv"), "--format", "twcs", "--json", "--workers", "2").stdout);
    const metrics = JSON.parse(carelens("metrics", dataPath("twcs-sample/sample.csv"), "--format", "twcs", "--json").stdout);
    expect(run.metrics.contacts).toBe(metrics.contacts);
    expect(run.metrics.responseRate).toBe(metrics.responseRate);
    expect(run.metrics.firstResponseTime).toEqual(metrics.firstResponseTime);
    expect(run.load).toMatchObject({ conversations: 27, messages: 93, rejected: 0 });
    expect(run.timings.workers).toBe(2);
    expect(run.scores.conversations).toBe(27);
  });

  it("refuses a bad --workers value with exit 2", () => {
    const { status, stderr } = carelens("run", dataPath("twcs-sample/sample.csv"), "--format", "twcs", "--workers", "0");
    expect(status).toBe(2);
    expect(stderr).toMatch(/--workers must be a whole number/);
  });
});

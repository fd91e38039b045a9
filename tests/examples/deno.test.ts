import { expect, test } from "vitest";
import { dataPath } from "../support/data.js";
import { DENO, run } from "../support/tools.js";

test("deno check src/index.ts src/node/index.ts passes", () => {
  const result = run(DENO, ["check", "src/index.ts", "src/node/index.ts"]);
  expect(result.stderr).not.toContain("error");
  expect(result.status).toBe(0);
});

test("the built package loads an export, scores it and renders a chart under Deno, reading files only (no environment)", () => {
  const result = run(DENO, ["run", "--allow-read", "scripts/deno-smoke.ts", dataPath("ibm-twitter-cdp/test.json")]);
  expect(result.status).toBe(0);
  const out = JSON.parse(result.stdout) as { runtime: string; conversations: number; scored: number; contacts: number; chart: boolean };
  expect(out.runtime).toMatch(/^deno 2\./);
  expect(out.scored).toBe(out.conversations);
  expect(out.contacts).toBeGreaterThan(0);
  expect(out.chart).toBe(true);
});

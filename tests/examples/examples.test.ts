import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parseExport } from "../../src/io/read-export.js";
import { dataPath, dataText } from "../support/data.js";
import { ROOT, run } from "../support/tools.js";

const TSX = `${ROOT}node_modules/.bin/tsx`;

test("examples/score-folder.ts scores every export of a folder into one CSV", () => {
  const out = join(mkdtempSync(join(tmpdir(), "carelens-folder-")), "scores.csv");
  const result = run(TSX, ["examples/score-folder.ts", dataPath("ibm-twitter-cdp"), "ibm-cdp", out]);
  expect(result.stderr).toContain("dev.json: 525 conversations");
  expect(result.status).toBe(0);
  const lines = readFileSync(out, "utf8").trim().split("\r\n");
  expect(lines[0]).toMatch(/^file,conversationId,brand,/);
  // dev.json has 525 and test.json 500 conversations (shared/data/README.md).
  expect(lines.length - 1).toBe(525 + 500);
});

test("examples/custom-rubric.ts scores a user rubric beside the built-ins", () => {
  const result = run(TSX, ["examples/custom-rubric.ts", dataPath("ibm-twitter-cdp/test.json")]);
  expect(result.status).toBe(0);
  const out = JSON.parse(result.stdout) as { rubric: string; replies: number; brands: { brand: string; replies: number; nextStepShare: number }[] };
  expect(out.rubric).toBe("next-step");
  expect(out.brands.reduce((n, b) => n + b.replies, 0)).toBe(out.replies);
  for (const b of out.brands) expect(b.nextStepShare).toBeGreaterThanOrEqual(0);
  expect(out.brands.some((b) => b.nextStepShare > 0)).toBe(true);
});

test("examples/draft-assist-server.ts answers POST /check with the rubrics a draft fails", async () => {
  const server = spawn(TSX, ["examples/draft-assist-server.ts", dataPath("ibm-twitter-cdp/dev.json"), "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let seen = "";
      server.stdout.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /listening on (\S+)/.exec(seen);
        if (match) resolve(match[1]!);
      });
      server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
    });
    const { conversations } = await parseExport(dataText("ibm-twitter-cdp/test.json"), { format: "ibm-cdp" });
    const opener = { ...conversations[0]!, messages: conversations[0]!.messages.slice(0, 1) };
    const response = await fetch(url, { method: "POST", body: JSON.stringify({ conversation: opener, draft: "Please DM us." }) });
    expect(response.status).toBe(200);
    const check = (await response.json()) as { passes: boolean; failed: { rubric: string; why: string }[] };
    expect(check.failed.map((f) => f.rubric)).toContain("personalization");
    const bad = await fetch(url, { method: "POST", body: JSON.stringify({ draft: 3 }) });
    expect(bad.status).toBe(400);
  } finally {
    server.kill();
  }
});

test("examples/partitioned-job.ts: partitions in separate processes give the one-process results", async () => {
  const file = dataPath("twcs-sample/spotifycares_inbound.csv");
  const result = run(TSX, ["examples/partitioned-job.ts", file, "3"]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const out = JSON.parse(result.stdout) as { partitions: number; conversations: number; responseRate: number; labels: unknown; meanScorecardTotal: number };
  const { runCareJob } = (await import(new URL("../../dist/node/index.js", import.meta.url).href)) as typeof import("../../src/node/index.js");
  const single = await runCareJob(file, { read: { format: "twcs" }, workers: 1 });
  expect(out.partitions).toBe(3);
  expect(out).toMatchObject({ conversations: single.scores.conversations, responseRate: single.metrics.responseRate, labels: single.scores.labels, meanScorecardTotal: single.scores.meanTotal });
});

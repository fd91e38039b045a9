import { beforeAll, describe, expect, it } from "vitest";
import type * as NodeApi from "../../src/node/index.js";
import { dataPath } from "../support/data.js";
import { generatedTwcs } from "../support/generated-twcs.js";

// Worker threads run the built worker script, so this test uses the build (npm test builds first).
let api: typeof NodeApi;
beforeAll(async () => {
  api = (await import(new URL("../../dist/node/index.js", import.meta.url).href)) as typeof NodeApi;
});

const comparable = (run: NodeApi.CareJobRun) => {
  const { issues, ...counts } = run.report;
  return { scores: run.scores, metrics: run.metrics, counts, issues: issues.map((i) => `${i.line}:${i.record}:${i.code}:${i.input}`).sort() };
};

describe("runCareJob: the whole job on both cores", () => {
  it.each([
    ["a generated 6,000-row TWCS file", () => generatedTwcs(6_000, 5)],
    ["spotifycares_inbound.csv (real)", () => dataPath("twcs-sample/spotifycares_inbound.csv")],
  ])("gives the same results with 2 and 3 workers as on one thread: %s", async (_, file) => {
    const path = file();
    const single = await api.runCareJob(path, { read: { format: "twcs" }, workers: 1 });
    expect(single.timings.workers).toBe(1);
    for (const workers of [2, 3]) {
      const parallel = await api.runCareJob(path, { read: { format: "twcs" }, workers, templates: single.templates });
      expect(parallel.timings.workers).toBe(workers);
      expect(comparable(parallel)).toEqual(comparable(single));
    }
    expect(single.scores.conversations).toBe(single.report.conversations);
  });

  it.each([0, 1, 300, 100_000])("on one thread, mines templates from the conversations it reads (mineReplies %i): same library and results as a separate mining pass", async (mineReplies) => {
    const path = generatedTwcs(6_000, 5);
    const mined = await api.mineFileTemplates(path, { read: { format: "twcs" }, mineReplies });
    const onePass = await api.runCareJob(path, { read: { format: "twcs" }, workers: 1, mineReplies });
    const given = await api.runCareJob(path, { read: { format: "twcs" }, workers: 1, templates: mined });
    expect(JSON.stringify(onePass.templates.toJSON())).toBe(JSON.stringify(mined.toJSON()));
    expect(comparable(onePass)).toEqual(comparable(given));
  });

  it("runs a worker that outgrows its heap cap again without the cap: same results, progress counted once", async () => {
    const path = generatedTwcs(6_000, 5);
    const single = await api.runCareJob(path, { read: { format: "twcs" }, workers: 1 });
    let last = 0;
    // A 2 MB cap is too small for any worker: each one runs out and is run again uncapped.
    const capped = await api.runCareJob(path, { read: { format: "twcs" }, workers: 2, templates: single.templates, workerHeapMb: 2, onProgress: (pass, bytes, total) => pass === 2 && (expect(bytes).toBeLessThanOrEqual(total), (last = bytes)) });
    expect(capped.timings.workers).toBe(2);
    expect(comparable(capped)).toEqual(comparable(single));
    expect(last).toBeGreaterThan(0);
  });

  it("uses 2 workers by default from 100 MB (at most one per core) and the calling thread below", async () => {
    const { availableParallelism } = await import("node:os");
    expect([api.defaultWorkers(0), api.defaultWorkers(44e6), api.defaultWorkers(99_999_999)]).toEqual([1, 1, 1]);
    expect([api.defaultWorkers(100e6), api.defaultWorkers(450e6)]).toEqual([Math.min(2, availableParallelism()), Math.min(2, availableParallelism())]);
    const small = await api.runCareJob(dataPath("twcs-sample/spotifycares_inbound.csv"), { read: { format: "twcs" } });
    expect(small.timings.workers).toBe(1);
  });

  it("runs other formats on the calling thread, and strict mode throws the load issues", async () => {
    const run = await api.runCareJob(dataPath("ibm-twitter-cdp/test.json"), { read: { format: "ibm-cdp" }, workers: 2 });
    expect(run.timings.workers).toBe(1);
    expect(run.metrics.contacts).toBeGreaterThan(400);
    await expect(api.runCareJob(dataPath("ibm-twitter-cdp/dev.json"), { read: { format: "ibm-cdp", strict: true } })).rejects.toThrow(/invalid-duration|duration/);
  });
});

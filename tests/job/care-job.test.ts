import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createCareJob } from "../../src/job/care-job.js";
import { careJobStateFromJson, careJobStateToJson } from "../../src/job/care-job-state-json.js";
import { metricsSummary } from "../../src/metrics/metrics-summary.js";
import type { Conversation } from "../../src/model/conversation.js";
import { createScorer } from "../../src/scoring/create-scorer.js";
import { ScoreSummary } from "../../src/scoring/score-summary.js";
import { mineTemplates } from "../../src/scoring/template-miner.js";
import type { TemplateLibrary } from "../../src/scoring/template-library.js";
import { messageTone } from "../../src/text/tone.js";
import { realConversations } from "../support/real-exports.js";

describe("createCareJob", () => {
  let conversations: Conversation[];
  let templates: TemplateLibrary;
  beforeAll(async () => {
    conversations = await realConversations("ibm-twitter-cdp/test.json", "ibm-cdp");
    templates = mineTemplates(conversations);
  });

  it("gives what scoring and the metrics give separately (tone read once, by the scorer)", () => {
    const job = createCareJob({ templates });
    for (const conversation of conversations) job.add(conversation);
    const scorer = createScorer({ templates });
    const summary = new ScoreSummary();
    for (const conversation of conversations) summary.add(scorer.score(conversation));
    const metrics = metricsSummary(conversations, { toneOf: (message) => messageTone(message.text).tone });
    const result = job.result();
    expect(result.scores).toEqual(summary.result());
    expect(result.metrics).toEqual(metrics);
    expect(result.metrics.responseRateByTone?.find((row) => row.tone === "negative")?.contacts).toBeGreaterThan(0);
  });

  it("merges jobs run on any split of the conversations to the same result as one job", () => {
    const whole = createCareJob({ templates });
    for (const conversation of conversations) whole.add(conversation);
    const expected = whole.result();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: conversations.length }), fc.integer({ min: 0, max: conversations.length }), (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const parts = [conversations.slice(0, from), conversations.slice(from, to), conversations.slice(to)].map((slice) => {
          const job = createCareJob({ templates });
          for (const conversation of slice) job.add(conversation);
          return structuredClone(job.state());
        });
        const merged = createCareJob({ templates });
        for (const state of parts.reverse()) merged.merge(state);
        expect(merged.result()).toEqual(expected);
      }),
      { numRuns: 5, seed: 3 },
    );
  });

  it("counts (without returning scores) to the same result as it adds, in any mix of the two", () => {
    const added = createCareJob({ templates });
    const counted = createCareJob({ templates });
    const mixed = createCareJob({ templates });
    conversations.forEach((conversation, i) => {
      added.add(conversation);
      counted.count(conversation);
      if (i % 3 === 0) mixed.add(conversation);
      else mixed.count(conversation);
    });
    expect(counted.result()).toEqual(added.result());
    expect(mixed.result()).toEqual(added.result());
    expect(counted.timings().scoreMs).toBeGreaterThan(0);
  });

  it("still gives every message its tone in the score (agents' read on demand)", () => {
    const job = createCareJob({ templates });
    const score = job.add(conversations.find((c) => c.messages.some((m) => m.role === "agent"))!);
    const agent = score.messages.find((m) => m.role === "agent")!;
    expect(JSON.parse(JSON.stringify(agent)).tone).toMatch(/^(negative|neutral|positive)$/);
    expect(job.timings().scoreMs).toBeGreaterThan(0);
  });
});

describe("careJobStateToJson / careJobStateFromJson (states between processes)", () => {
  it("round-trips a state through JSON text, so shards merge to the one-job result", async () => {
    const conversations = await realConversations("ibm-twitter-cdp/test.json", "ibm-cdp");
    const templates = mineTemplates(conversations);
    const whole = createCareJob({ templates, metrics: { by: "brand" } });
    const halves = [createCareJob({ templates, metrics: { by: "brand" } }), createCareJob({ templates, metrics: { by: "brand" } })];
    conversations.forEach((conversation, i) => {
      whole.add(conversation);
      halves[i % 2]!.add(conversation);
    });
    const merged = createCareJob({ templates, metrics: { by: "brand" } });
    for (const half of halves) merged.merge(careJobStateFromJson(careJobStateToJson(half.state())));
    expect(merged.result()).toEqual(whole.result());
  });

  it("refuses text that is not a job state, saying what it expected", () => {
    expect(() => careJobStateFromJson('{"a":1}')).toThrow(/carelensJobState/);
    expect(() => careJobStateFromJson("{")).toThrow(/not a carelens job state/);
  });
});

import { describe, expect, it } from "vitest";
import { firstResponseTimeReducerOf } from "../../src/metrics/first-response-time.js";
import { handleTimeReducerOf } from "../../src/metrics/handle-time.js";
import { accumulate, type MetricReducer } from "../../src/metrics/metric-accumulator.js";
import { replyTimesReducerOf } from "../../src/metrics/reply-times.js";
import { responseRateReducerOf } from "../../src/metrics/response-rate.js";
import type { Conversation } from "../../src/model/conversation.js";
import { realConversations } from "../support/real-exports.js";

// Each metric with and without its splits (what the metrics summary counts with), and the fields the splits fill.
const metrics: [string, (splits: boolean) => MetricReducer<unknown, Record<string, unknown>>, string[]][] = [
  ["responseRate", responseRateReducerOf as never, ["byBrand", "byChannel"]],
  ["firstResponseTime", firstResponseTimeReducerOf as never, ["byAgent", "byTeam", "byBrand", "byChannel"]],
  ["replyTimes", replyTimesReducerOf as never, ["byAgent"]],
  ["handleTime", handleTimeReducerOf as never, ["byAgent"]],
];
const options = { toneOf: (m: { id: string }) => (["negative", "neutral", "positive"] as const)[m.id.length % 3]!, teamOf: (agent: string) => agent.slice(0, 3) };

describe("a metric reducer without its splits", () => {
  for (const [name, reducerOf, splits] of metrics) {
    it(`${name}: the same overall figures, every split empty`, async () => {
      const exports: Conversation[][] = [await realConversations("twcs-sample/sample.csv", "twcs"), await realConversations("ibm-twitter-cdp/dev.json", "ibm-cdp")];
      for (const conversations of exports) {
        const full = accumulate(reducerOf(true), conversations, options);
        const overall = accumulate(reducerOf(false), conversations, options);
        for (const field of splits) {
          expect((full[field] as unknown[]).length).toBeGreaterThan(0);
          expect(overall[field]).toEqual([]);
        }
        expect(JSON.stringify({ ...overall, ...Object.fromEntries(splits.map((f) => [f, undefined])) })).toBe(JSON.stringify({ ...full, ...Object.fromEntries(splits.map((f) => [f, undefined])) }));
      }
    });
  }
});

import { describe, expect, it } from "vitest";
import { replyTimes } from "../../src/metrics/reply-times.js";
import { conversation } from "../support/conversations.js";
import { realConversations } from "../support/real-exports.js";

// Pinned: /usr/bin/python3 tests/metrics/reference/headline_reference.py ../shared/data printed, per file,
//   dev.json   "turns": 586, "turnsAnswered": 586, "replyTimed": 553, "replyMedianSeconds": 3775.0,
//              "replyP90Seconds": 56678.40000000001, "messagesBeforeFirstReply": {"1": 491, "2": 31, "3": 3}
//   test.json  "turns": 553, "turnsAnswered": 553, "replyTimed": 523, "replyMedianSeconds": 4824.0,
//              "replyP90Seconds": 56040.8, "messagesBeforeFirstReply": {"1": 475, "2": 20, "3": 4, "5": 1}
//   sample.csv "turns": 46, "turnsAnswered": 41, "replyTimed": 41, "replyMedianSeconds": 2876.0,
//              "replyP90Seconds": 24022.0, "messagesBeforeFirstReply": {"1": 22, "2": 2}
describe("replyTimes(conversations) on real exports", () => {
  it.each([
    ["ibm-twitter-cdp/dev.json", "ibm-cdp", 586, 553, 3775, 56678.4, { 1: 491, 2: 31, 3: 3 }],
    ["ibm-twitter-cdp/test.json", "ibm-cdp", 553, 523, 4824, 56040.8, { 1: 475, 2: 20, 3: 4, 5: 1 }],
    ["twcs-sample/sample.csv", "twcs", 46, 41, 2876, 24022, { 1: 22, 2: 2 }],
  ] as const)("%s: turns, reply-time median and p90, messages before the first reply equal pandas", async (file, format, turns, timed, median, p90, histogram) => {
    const result = replyTimes(await realConversations(file, format));
    expect(result.turns).toBe(turns);
    expect(result.n).toBe(timed);
    expect(result.medianSeconds).toBeCloseTo(median, 6);
    expect(result.p90Seconds).toBeCloseTo(p90, 6);
    expect(Object.fromEntries(result.messagesBeforeFirstReply.histogram.map((row) => [row.messages, row.contacts]))).toEqual(histogram);
  });
});

describe("replyTimes(conversations) definitions and edge cases", () => {
  const at = (minutes: number) => new Date(Date.UTC(2024, 0, 1, 10, minutes)).toISOString();

  it("measures a burst from its first message, across bot messages, and credits the replying agent", () => {
    const c = conversation("c", [
      ["customer", at(0)],
      ["customer", at(1)],
      ["bot", at(2), "We'll be right with you"],
      ["customer", at(3)],
      ["agent", at(10), "Hi ^AB", { agentId: "AB" }],
      ["customer", at(20)],
      ["agent", at(25), "Done ^CD", { agentId: "CD" }],
      ["customer", at(30)],
    ]);
    const result = replyTimes([c]);
    expect(result).toMatchObject({ turns: 3, answered: 2, n: 2, medianSeconds: 450 });
    expect(result.byAgent.map((row) => [row.agent, row.medianSeconds])).toEqual([["Brand/AB", 600], ["Brand/CD", 300]]);
    // The customer wrote three times before the first reply.
    expect(result.messagesBeforeFirstReply).toMatchObject({ contacts: 1, mean: 3, twoOrMoreShare: 1, threeOrMoreShare: 1, histogram: [{ messages: 3, contacts: 1 }] });
  });

  it("counts unanswered contacts apart, and reply times of unknown time as unknown", () => {
    const result = replyTimes([conversation("a", [["customer", at(0)], ["customer", at(1)]]), conversation("b", [["customer", at(0)], ["agent", null]])]);
    expect(result).toMatchObject({ turns: 2, answered: 1, n: 0, unknownTime: 1, medianSeconds: undefined });
    expect(result.messagesBeforeFirstReply).toMatchObject({ contacts: 1, unansweredContacts: 1, unansweredMessages: 2 });
  });

  it("returns undefined statistics for empty input", () => {
    expect(replyTimes([])).toMatchObject({ turns: 0, n: 0, medianSeconds: undefined, messagesBeforeFirstReply: { contacts: 0, mean: undefined, histogram: [] } });
  });
});

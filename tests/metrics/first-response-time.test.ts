import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstResponseTime, firstResponseTimeAccumulator } from "../../src/metrics/first-response-time.js";
import { conversation } from "../support/conversations.js";
import { plainHeadline, realConversations } from "../support/real-exports.js";

// Pinned reference values: computed from the raw files (not through carelens's loaders) by
//   /usr/bin/python3 tests/metrics/reference/headline_reference.py ../shared/data
// (Debian python3, pandas 1.5.3, numpy.quantile's default linear method = R type 7), which printed:
//   ibm-twitter-cdp/dev.json  {"contacts": 525, "responded": 525, "responseRate": 1.0, "timed": 499, "medianSeconds": 5057.0,
//     "p90Seconds": 58499.799999999996, "meanSeconds": 19661.388777555112, "within1800": 0.3787575150300601, "within3600": 0.4649298597194389,
//     "turns": 586, "turnsAnswered": 586}
//   ibm-twitter-cdp/test.json {"contacts": 500, "responded": 500, "responseRate": 1.0, "timed": 482, "medianSeconds": 5670.5,
//     "p90Seconds": 61192.800000000025, "meanSeconds": 21731.49377593361, "within1800": 0.34232365145228216, "within3600": 0.42946058091286304,
//     "turns": 553, "turnsAnswered": 553}
//   twcs-sample/sample.csv    {"contacts": 25, "responded": 24, "responseRate": 0.96, "timed": 24, "medianSeconds": 4111.5,
//     "p90Seconds": 25369.0, "meanSeconds": 11682.291666666666, "within1800": 0.375, "within3600": 0.4583333333333333,
//     "turns": 46, "turnsAnswered": 41}
const pinned = {
  "ibm-twitter-cdp/dev.json": { timed: 499, median: 5057, p90: 58499.8, mean: 19661.388777555112, within: [0.3787575150300601, 0.4649298597194389] },
  "ibm-twitter-cdp/test.json": { timed: 482, median: 5670.5, p90: 61192.8, mean: 21731.49377593361, within: [0.34232365145228216, 0.42946058091286304] },
  "twcs-sample/sample.csv": { timed: 24, median: 4111.5, p90: 25369, mean: 11682.291666666666, within: [0.375, 0.4583333333333333] },
} as const;

describe("firstResponseTime(conversations) on real exports", () => {
  it.each([
    ["ibm-twitter-cdp/dev.json", "ibm-cdp"],
    ["ibm-twitter-cdp/test.json", "ibm-cdp"],
    ["twcs-sample/sample.csv", "twcs"],
  ] as const)("%s: median, p90, mean and SLA attainment equal pandas and a plain loop", async (file, format) => {
    const conversations = await realConversations(file, format);
    const frt = firstResponseTime(conversations);
    const expected = pinned[file];
    expect(frt.n).toBe(expected.timed);
    expect(frt.medianSeconds).toBeCloseTo(expected.median, 6);
    expect(frt.p90Seconds).toBeCloseTo(expected.p90, 6);
    expect(frt.meanSeconds).toBeCloseTo(expected.mean, 6);
    expect(frt.withinTarget.map((t) => t.share)).toEqual(expected.within.map((share) => expect.closeTo(share, 12)));
    const plain = plainHeadline(conversations);
    expect([frt.n, frt.medianSeconds, frt.p90Seconds]).toEqual([plain.timed, plain.medianSeconds, plain.p90Seconds]);
    expect(frt.withinTarget.map((t) => t.share)).toEqual(plain.within);
  });

  it("counts the IBM replies timed at conversationDateTime + an unusable duration as unknown", async () => {
    // dev.json: 525 responded contacts, 499 timed; the load report lists 22 invalid and 11 too-early durations,
    // of which 26 concern the contact's first reply (the others follow an earlier timed agent turn).
    const frt = firstResponseTime(await realConversations("ibm-twitter-cdp/dev.json", "ibm-cdp"));
    expect(frt.unknownTime).toBe(525 - 499);
  });

  it("credits each first reply to its agent, brand by brand", async () => {
    const frt = firstResponseTime(await realConversations("twcs-sample/sample.csv", "twcs"));
    const spotify = frt.byAgent.find((row) => row.agent === "SpotifyCares/AY");
    // SpotifyCares answered two contacts: 119256 first by "/AY" (tweet 119254), 119283 first by "/MU".
    expect(spotify?.n).toBe(1);
    expect(frt.byAgent.find((row) => row.agent === "SpotifyCares/MU")?.n).toBe(1);
    expect(frt.byAgent.reduce((sum, row) => sum + row.n, 0)).toBe(24);
    // AppleSupport's answered contacts in sample.csv, by conversation (first tweet) id: 119250, 119253, 119263,
    // 119268, 119272, 119280, 119292, 119294, 119299, 119301, 119326 (119237 got no reply). All unsigned.
    expect(frt.byBrand.find((row) => row.brand === "AppleSupport")?.n).toBe(11);
    expect(frt.byAgent.find((row) => row.agent === "AppleSupport/(unsigned)")?.n).toBe(11);
  });
});

describe("firstResponseTime(conversations, { businessHours }) on real exports", () => {
  // cd tests/metrics/reference && /usr/bin/python3 business_reference.py ../../../../shared/data
  // (Python's zoneinfo, an independent time-zone implementation) printed, for tests/fixtures/metrics/business-hours.json:
  //   business ibm-twitter-cdp/dev.json {"n": 499, "medianSeconds": 714.0, "p90Seconds": 24093.599999999995,
  //     "within1800": 0.5851703406813628, "within3600": 0.6452905811623246}
  //   business twcs-sample/sample.csv {"n": 24, "medianSeconds": 3139.0, "p90Seconds": 5875.1,
  //     "within1800": 0.4166666666666667, "within3600": 0.5416666666666666}
  const hours = JSON.parse(readFileSync(new URL("../fixtures/metrics/business-hours.json", import.meta.url), "utf8"));
  it.each([
    ["ibm-twitter-cdp/dev.json", "ibm-cdp", 499, 714, 24093.6, [0.5851703406813628, 0.6452905811623246]],
    ["twcs-sample/sample.csv", "twcs", 24, 3139, 5875.1, [0.4166666666666667, 0.5416666666666666]],
  ] as const)("%s: business-time median, p90 and SLA attainment equal zoneinfo's", async (file, format, n, median, p90, within) => {
    const business = firstResponseTime(await realConversations(file, format), { businessHours: hours }).business!;
    expect(business.n).toBe(n);
    expect(business.medianSeconds).toBeCloseTo(median, 6);
    expect(business.p90Seconds).toBeCloseTo(p90, 6);
    expect(business.withinTarget.map((t) => t.share)).toEqual(within.map((share) => expect.closeTo(share, 12)));
  });
});

describe("firstResponseTime(conversations) definitions and edge cases", () => {
  it("does not stop the clock for bots or system messages", () => {
    const c = conversation("c", [
      ["customer", "2024-01-01T10:00:00Z"],
      ["bot", "2024-01-01T10:00:05Z", "Thanks, an agent will be with you soon"],
      ["system", "2024-01-01T10:01:00Z", "internal note"],
      ["agent", "2024-01-01T10:20:00Z", "Hi, sorry about that ^AB", { agentId: "AB" }],
    ]);
    const frt = firstResponseTime([c]);
    expect(frt.medianSeconds).toBe(1200);
    expect(frt.byAgent).toMatchObject([{ agent: "Brand/AB", n: 1 }]);
  });

  it("leaves out contacts without a reply and first replies with an unknown time, counting the latter", () => {
    const frt = firstResponseTime([
      conversation("none", [["customer", "2024-01-01T10:00:00Z"]]),
      conversation("unknown", [["customer", "2024-01-01T10:00:00Z"], ["agent", null], ["agent", "2024-01-01T12:00:00Z"]]),
      conversation("timed", [["customer", "2024-01-01T10:00:00Z"], ["agent", "2024-01-01T10:10:00Z"]]),
    ]);
    expect(frt).toMatchObject({ n: 1, medianSeconds: 600, unknownTime: 1 });
  });

  it("ignores agent-started conversations: a reply timed before the customer's first message, or a missing opening message", () => {
    const frt = firstResponseTime([conversation("outbound", [["agent", "2024-01-01T09:00:00Z"], ["customer", "2024-01-01T10:00:00Z"], ["agent", "2024-01-01T10:05:00Z"]])]);
    expect(frt.n).toBe(0);
  });

  it("starts the clock at the conversation's creation when asked", () => {
    const c = conversation("c", [["bot", "2024-01-01T09:50:00Z", "Hi! How can we help?"], ["customer", "2024-01-01T10:00:00Z"], ["agent", "2024-01-01T10:30:00Z"]]);
    expect(firstResponseTime([c], { clockStart: "conversation-creation" }).medianSeconds).toBe(2400);
    const created = { ...c, meta: { createdAt: "2024-01-01T09:00:00Z" } };
    expect(firstResponseTime([created], { clockStart: "conversation-creation" }).medianSeconds).toBe(5400);
    // A reply timed before its clock start is bad data: left out like an unknown time.
    const late = { ...c, meta: { createdAt: "2024-01-01T11:00:00Z" } };
    expect(firstResponseTime([late], { clockStart: "conversation-creation" })).toMatchObject({ n: 0, unknownTime: 1 });
  });

  it("measures business time beside calendar time", () => {
    const schedule = { timeZone: "Europe/London", week: { fri: [["09:00", "17:00"]] as [string, string][], mon: [["09:00", "17:00"]] as [string, string][] } };
    // Friday 16:30 -> Monday 09:45 (GMT): 30 min + 45 min of business time.
    const c = conversation("c", [["customer", "2024-01-12T16:30:00Z"], ["agent", "2024-01-15T09:45:00Z"]]);
    const frt = firstResponseTime([c], { businessHours: schedule });
    expect(frt.medianSeconds).toBe(3 * 86400 - 6 * 3600 - 45 * 60);
    expect(frt.business?.medianSeconds).toBe(75 * 60);
    expect(frt.business?.withinTarget.map((t) => t.share)).toEqual([0, 0]);
  });

  it("returns undefined statistics for empty input", () => {
    expect(firstResponseTime([])).toMatchObject({ n: 0, medianSeconds: undefined, p90Seconds: undefined, meanSeconds: undefined, unknownTime: 0 });
  });

  it("is independent of conversation order, and merging partial accumulators gives the whole", async () => {
    const conversations = await realConversations("twcs-sample/sample.csv", "twcs");
    const whole = firstResponseTime(conversations);
    fc.assert(
      fc.property(fc.shuffledSubarray(conversations, { minLength: conversations.length, maxLength: conversations.length }), fc.nat(conversations.length), (shuffled, cut) => {
        const left = firstResponseTimeAccumulator();
        const right = firstResponseTimeAccumulator();
        shuffled.slice(0, cut).forEach((c) => left.add(c));
        shuffled.slice(cut).forEach((c) => right.add(c));
        const merged = left.merge(structuredClone(right.state)).result();
        expect(merged).toEqual(whole);
      }),
      { seed: 11, numRuns: 40 },
    );
  });
});

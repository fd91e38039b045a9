import { describe, expect, it } from "vitest";
import { firstResponseTime } from "../../src/metrics/first-response-time.js";
import { metricsSummary, metricsSummaryAccumulator } from "../../src/metrics/metrics-summary.js";
import { replyTimes } from "../../src/metrics/reply-times.js";
import { responseRate } from "../../src/metrics/response-rate.js";
import { conversation } from "../support/conversations.js";
import { realConversations } from "../support/real-exports.js";

describe("metricsSummary(conversations, options)", () => {
  it("gives the headline figures of the separate metrics in one pass, with the manifest", async () => {
    const conversations = await realConversations("ibm-twitter-cdp/dev.json", "ibm-cdp");
    const summary = metricsSummary(conversations);
    const frt = firstResponseTime(conversations);
    expect(summary).toMatchObject({ contacts: 525, responded: 525, responseRate: 1, turns: 586 });
    expect(summary.firstResponseTime).toEqual({ n: frt.n, medianSeconds: frt.medianSeconds, p90Seconds: frt.p90Seconds, meanSeconds: frt.meanSeconds, withinTarget: frt.withinTarget, unknownTime: frt.unknownTime, business: undefined });
    expect(summary.replyTime.medianSeconds).toBe(replyTimes(conversations).medianSeconds);
    expect(summary.manifest).toMatchObject({
      clockStart: "first-customer-message: the contact's first customer message",
      window: "none: any reply before the end of the data",
      quantileMethod: "R type 7 (linear interpolation between order statistics; numpy's default)",
      slaTargetsSeconds: [1800, 3600],
      businessHours: null,
      handleTimeModel: { readingWordsPerMinute: 238, writingWordsPerMinute: 40, overheadSeconds: 30 },
    });
    expect(summary.groups).toBeUndefined();
  });

  it("splits by brand, and the groups add up to the whole", async () => {
    const conversations = await realConversations("twcs-sample/sample.csv", "twcs");
    const summary = metricsSummary(conversations, { by: "brand" });
    expect(summary.by).toBe("brand");
    expect(summary.groups!.reduce((sum, g) => sum + g.contacts, 0)).toBe(25);
    expect(summary.groups!.find((g) => g.key === "AppleSupport")).toMatchObject({ contacts: 12, responded: 11 });
    const brand = (name: string) => conversations.filter((c) => c.brand === name);
    expect(summary.groups!.find((g) => g.key === "Tesco")!.firstResponseTime.medianSeconds).toBe(firstResponseTime(brand("Tesco")).medianSeconds);
    expect(summary.groups!.find((g) => g.key === "Tesco")!.responseRate).toBe(responseRate(brand("Tesco")).rate);
  });

  it("splits by first-contact month in a time zone, and by a customer attribute", () => {
    const conversations = [
      conversation("a", [["customer", "2024-03-31T23:30:00Z"], ["agent", "2024-03-31T23:40:00Z"]], { customer: { id: "u1", attributes: { plan: "pro" } } }),
      conversation("b", [["customer", "2024-03-10T12:00:00Z"]], { customer: { id: "u2", attributes: {} } }),
    ];
    expect(metricsSummary(conversations, { by: "month", timeZone: "Europe/London" }).groups!.map((g) => [g.key, g.contacts, g.responseRate])).toEqual([
      ["2024-03", 1, 0],
      ["2024-04", 1, 1],
    ]);
    expect(metricsSummary(conversations, { by: { attribute: "plan" } }).groups!.map((g) => g.key)).toEqual(["(none)", "pro"]);
    expect(() => metricsSummary(conversations, { by: "weekday" as never })).toThrow('carelens: invalid "by": "weekday"');
  });

  it("merges states posted from another thread into the same summary", async () => {
    const conversations = await realConversations("twcs-sample/sample.csv", "twcs");
    const options = { by: "channel" as const, costModel: { hourlyAgentCost: 30, months: 1 } };
    const left = metricsSummaryAccumulator(options);
    const right = metricsSummaryAccumulator(options);
    conversations.forEach((c, i) => (i < 10 ? left : right).add(c));
    const merged = left.merge(structuredClone(right.state)).result();
    const whole = metricsSummary(conversations, options);
    expect(merged.firstResponseTime).toEqual(whole.firstResponseTime);
    expect(merged.groups).toEqual(whole.groups);
    expect(merged.cost!.perContact).toBeCloseTo(whole.cost!.perContact!, 9);
  });

  it("summarises empty input without inventing numbers", () => {
    expect(metricsSummary([])).toMatchObject({ contacts: 0, responseRate: undefined, firstResponseTime: { n: 0, medianSeconds: undefined }, handleTime: { source: "none" } });
  });
});

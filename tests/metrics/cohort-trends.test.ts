import { describe, expect, it } from "vitest";
import { cohortTrends, cohortTrendsAccumulator } from "../../src/metrics/cohort-trends.js";
import { conversation, type MessageSpec } from "../support/conversations.js";
import { realConversations } from "../support/real-exports.js";

/** A contact opened at `opened` (ISO) and answered `seconds` later (unanswered when null). */
function contact(id: string, opened: string, seconds: number | null, extra: Parameters<typeof conversation>[2] = {}) {
  const reply: MessageSpec[] = seconds === null ? [] : [["agent", new Date(Date.parse(opened) + seconds * 1000).toISOString()]];
  return conversation(id, [["customer", opened], ...reply], extra);
}

describe("cohortTrends(conversations, options)", () => {
  // Weekly FRT of brand A (weeks from Monday 2024-01-01), with no contact in the fourth week:
  // medians 1200, 1200, 2400, (gap), 3600 at period numbers 0, 1, 2, 4.
  const weekly = [
    ...[600, 1200, 1800].map((s, i) => contact(`w0-${i}`, "2024-01-02T10:00:00Z", s)),
    ...[900, 1500].map((s, i) => contact(`w1-${i}`, "2024-01-09T10:00:00Z", s)),
    contact("w2", "2024-01-17T10:00:00Z", 2400),
    ...[3000, 3600, 4200].map((s, i) => contact(`w4-${i}`, "2024-01-29T10:00:00Z", s)),
  ];

  it("gives each period's median with its change, and the slope with R's lm interval and p-value", () => {
    const result = cohortTrends(weekly, { metric: "first-response-time", cohort: "brand", period: "week" });
    expect(result.rows.map((r) => [r.period, r.n, r.value, r.change])).toEqual([
      ["2024-01-01", 3, 1200, undefined],
      ["2024-01-08", 2, 1200, 0],
      ["2024-01-15", 1, 2400, 1200],
      ["2024-01-29", 3, 3600, undefined], // the week before had no contact
    ]);
    expect(result.rows[2]!.relativeChange).toBe(1);
    // R: m <- lm(c(1200,1200,2400,3600) ~ c(0,1,2,4)); confint(m); summary(m)$coefficients
    //   slope 651.428571429, 95% CI 140.40595644 1162.45118642, SE 118.769198233, p 0.0316703362685
    const [trend] = result.trends;
    expect(trend).toMatchObject({ cohort: "Brand", periods: 4 });
    expect(trend!.slope).toBeCloseTo(651.428571429, 8);
    expect(trend!.low).toBeCloseTo(140.40595644, 7);
    expect(trend!.high).toBeCloseTo(1162.45118642, 7);
    expect(trend!.standardError).toBeCloseTo(118.769198233, 8);
    expect(trend!.pValue).toBeCloseTo(0.0316703362685, 10);
  });

  it("buckets by the local calendar of the time zone", () => {
    const lateMarch = [contact("a", "2024-03-31T23:30:00Z", 60)];
    expect(cohortTrends(lateMarch, { metric: "contacts", period: "month" }).rows[0]).toMatchObject({ period: "2024-03", periodStart: "2024-03-01T00:00:00.000Z" });
    // 00:30 BST on 1 April in London; the month starts at local midnight, 2024-03-31T23:00Z.
    expect(cohortTrends(lateMarch, { metric: "contacts", period: "month", timeZone: "Europe/London" }).rows[0]).toMatchObject({ period: "2024-04", periodStart: "2024-03-31T23:00:00.000Z" });
    // Sunday 2024-01-07 20:00 in New York is Monday 01:00 UTC: week of 2024-01-01 in New York, 2024-01-08 in UTC.
    const sunday = [contact("s", "2024-01-08T01:00:00Z", 60)];
    expect(cohortTrends(sunday, { metric: "contacts", timeZone: "America/New_York" }).rows[0]!.period).toBe("2024-01-01");
    expect(cohortTrends(sunday, { metric: "contacts" }).rows[0]!.period).toBe("2024-01-08");
  });

  it("groups customers by their first contact, by a customer attribute, or by any function", () => {
    const customer = (id: string, cohort: string) => ({ customer: { id, attributes: { signup: cohort } } });
    const conversations = [
      contact("1", "2024-01-10T10:00:00Z", 60, customer("ann", "2023-Q4")),
      contact("2", "2024-02-10T10:00:00Z", null, customer("ann", "2023-Q4")),
      contact("3", "2024-02-11T10:00:00Z", 120, customer("bob", "2024-Q1")),
    ];
    const byFirstContact = cohortTrends(conversations, { metric: "response-rate", cohort: "first-contact-month", period: "month" });
    expect(byFirstContact.rows.map((r) => [r.cohort, r.period, r.value])).toEqual([
      ["2024-01", "2024-01", 1],
      ["2024-01", "2024-02", 0],
      ["2024-02", "2024-02", 1],
    ]);
    const byAttribute = cohortTrends(conversations, { metric: "contacts", cohort: { attribute: "signup" }, period: "month" });
    expect(byAttribute.rows.map((r) => [r.cohort, r.period, r.value])).toEqual([
      ["2023-Q4", "2024-01", 1],
      ["2023-Q4", "2024-02", 1],
      ["2024-Q1", "2024-02", 1],
    ]);
    // A rubric score (here a stand-in lookup by conversation id), by a custom cohort.
    const scores = new Map([["1", 80], ["2", 40], ["3", 100]]);
    const custom = cohortTrends(conversations, { metric: (c) => scores.get(c.id), cohort: (c) => (c.id === "3" ? "pilot" : "control"), period: "month" });
    expect(custom.rows.map((r) => [r.cohort, r.period, r.value])).toEqual([
      ["control", "2024-01", 80],
      ["control", "2024-02", 40],
      ["pilot", "2024-02", 100],
    ]);
    expect(custom.options).toMatchObject({ metric: "custom", cohort: "custom", statistic: "mean" });
  });

  it("merges partitions into the same result, first-contact cohorts included", () => {
    const options = { metric: "first-response-time", cohort: "first-contact-week", period: "week" } as const;
    const left = cohortTrendsAccumulator(options);
    const right = cohortTrendsAccumulator(options);
    weekly.forEach((c, i) => (i % 2 ? left : right).add(c));
    expect(left.merge(structuredClone(right.state)).result()).toEqual(cohortTrends(weekly, options));
  });

  it("counts the twcs sample's contacts per day by brand", async () => {
    const result = cohortTrends(await realConversations("twcs-sample/sample.csv", "twcs"), { metric: "contacts", cohort: "brand", period: "day" });
    expect(result.rows.reduce((sum, r) => sum + r.value!, 0)).toBe(25);
    expect(result.rows.filter((r) => r.cohort === "AppleSupport").map((r) => [r.period, r.value])).toEqual([
      ["2017-10-10", 1], // 119326 at 23:09 UTC
      ["2017-10-11", 11],
    ]);
  });

  it("refuses unknown options with the bad value named", () => {
    expect(() => cohortTrends([], { metric: "frt" as never })).toThrow(/carelens: invalid cohort-trend options/);
    expect(cohortTrends([], { metric: "contacts" })).toMatchObject({ rows: [], trends: [] });
  });
});

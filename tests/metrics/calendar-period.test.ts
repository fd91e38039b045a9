import { describe, expect, it } from "vitest";
import { calendarPeriod } from "../../src/metrics/calendar-period.js";

describe("calendarPeriod(instant, unit, timeZone)", () => {
  it("starts weeks on Monday at local midnight, also across a daylight-saving change", () => {
    // Sunday 2024-03-31 in London is the spring-forward day; its week started Monday 25th at 00:00 GMT.
    expect(calendarPeriod(Date.parse("2024-03-31T22:00:00Z"), "week", "Europe/London")).toEqual({ key: "2024-03-25", index: 2830, start: "2024-03-25T00:00:00.000Z" });
    // The next week starts Monday 1 April at 00:00 BST = 2024-03-31T23:00Z.
    expect(calendarPeriod(Date.parse("2024-03-31T23:00:00Z"), "week", "Europe/London")).toMatchObject({ key: "2024-04-01", index: 2831, start: "2024-03-31T23:00:00.000Z" });
  });

  it("numbers consecutive periods consecutively", () => {
    expect(calendarPeriod(Date.parse("2024-12-31T12:00:00Z"), "month", "UTC").index + 1).toBe(calendarPeriod(Date.parse("2025-01-01T12:00:00Z"), "month", "UTC").index);
    expect(calendarPeriod(Date.parse("2024-02-29T12:00:00Z"), "day", "UTC")).toMatchObject({ key: "2024-02-29", index: 19782 });
  });
});

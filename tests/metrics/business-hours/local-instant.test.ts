import { describe, expect, it } from "vitest";
import { localInstant } from "../../../src/metrics/business-hours/local-instant.js";
import { zonedParts } from "../../../src/metrics/business-hours/zoned-parts.js";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const at = (dayIso: string, minute: number, zone: string) => new Date(localInstant(day(dayIso), minute, zone)).toISOString();

// Transition times from the tz database (as Python's zoneinfo reports them): London BST 2024-03-31 01:00 UTC to
// 2024-10-27 01:00 UTC; New York EDT 2024-03-10 07:00 UTC to 2024-11-03 06:00 UTC; Kolkata +05:30 all year.
describe("localInstant(dayNumber, minuteOfDay, timeZone)", () => {
  it("converts ordinary local times", () => {
    expect(at("2024-01-15", 9 * 60, "America/New_York")).toBe("2024-01-15T14:00:00.000Z");
    expect(at("2024-07-15", 9 * 60, "America/New_York")).toBe("2024-07-15T13:00:00.000Z");
    expect(at("2024-01-15", 9 * 60, "Asia/Kolkata")).toBe("2024-01-15T03:30:00.000Z");
    expect(at("2024-01-15", 24 * 60, "UTC")).toBe("2024-01-16T00:00:00.000Z");
  });

  it("moves a skipped time past the gap, and takes the first of a repeated time", () => {
    expect(at("2024-03-10", 2 * 60 + 30, "America/New_York")).toBe("2024-03-10T07:30:00.000Z"); // 02:30 -> 03:30 EDT
    expect(at("2024-11-03", 60 + 30, "America/New_York")).toBe("2024-11-03T05:30:00.000Z"); // 01:30 EDT, not EST
    expect(at("2024-03-31", 60 + 30, "Europe/London")).toBe("2024-03-31T01:30:00.000Z"); // 01:30 -> 02:30 BST
    expect(at("2024-10-27", 60 + 30, "Europe/London")).toBe("2024-10-27T00:30:00.000Z"); // 01:30 BST, not GMT
  });
});

describe("zonedParts(instant, timeZone)", () => {
  it("reads the local wall clock on both sides of a change", () => {
    expect(zonedParts(Date.parse("2024-03-31T00:59:59Z"), "Europe/London")).toMatchObject({ hour: 0, minute: 59, weekday: 0, day: 31 });
    expect(zonedParts(Date.parse("2024-03-31T01:00:00Z"), "Europe/London")).toMatchObject({ hour: 2, minute: 0 });
    expect(zonedParts(Date.parse("2024-11-03T05:30:00Z"), "America/New_York")).toMatchObject({ hour: 1, minute: 30 });
    expect(zonedParts(Date.parse("2024-11-03T06:30:00Z"), "America/New_York")).toMatchObject({ hour: 1, minute: 30 });
    expect(zonedParts(Date.parse("2024-01-01T00:00:00Z"), "Pacific/Kiritimati")).toMatchObject({ year: 2024, month: 1, day: 1, hour: 14, weekday: 1 });
  });
});

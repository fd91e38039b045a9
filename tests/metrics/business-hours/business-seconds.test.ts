import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessSeconds } from "../../../src/metrics/business-hours/business-seconds.js";
import { compileSchedule } from "../../../src/metrics/business-hours/business-schedule.js";
import { isBusinessTime } from "../../../src/metrics/business-hours/is-business-time.js";

const allDay: [string, string][] = [["00:00", "24:00"]];
const nineToFive: [string, string][] = [["09:00", "17:00"]];
const weekdays = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
const at = (iso: string) => new Date(iso);

// Expected values are hand computations from the published transition times (tz database, as in
// Python's zoneinfo): Europe/London BST 2024-03-31 01:00 UTC to 2024-10-27 01:00 UTC;
// America/New_York EDT 2024-03-10 07:00 UTC to 2024-11-03 06:00 UTC.
describe("businessSeconds(start, end, schedule) across daylight-saving changes", () => {
  it("counts the London spring-forward Sunday as 23 hours", () => {
    const schedule = { timeZone: "Europe/London", week: { sun: allDay } };
    // Local Sunday runs 2024-03-31T00:00Z (00:00 GMT) to 2024-03-31T23:00Z (00:00 BST on Monday).
    expect(businessSeconds(at("2024-03-29T00:00:00Z"), at("2024-04-02T00:00:00Z"), schedule)).toBe(23 * 3600);
  });

  it("counts the London fall-back Sunday as 25 hours", () => {
    const schedule = { timeZone: "Europe/London", week: { sun: allDay } };
    // Local Sunday runs 2024-10-26T23:00Z (00:00 BST) to 2024-10-28T00:00Z (00:00 GMT on Monday).
    expect(businessSeconds(at("2024-10-25T00:00:00Z"), at("2024-10-29T00:00:00Z"), schedule)).toBe(25 * 3600);
  });

  it("shortens an interval that spans the New York spring-forward gap", () => {
    // 01:00 EST (06:00Z) to 04:00 EDT (08:00Z): 02:00-03:00 never happened, so 2 hours.
    const schedule = { timeZone: "America/New_York", week: { sun: [["01:00", "04:00"]] as [string, string][] } };
    expect(businessSeconds(at("2024-03-10T00:00:00Z"), at("2024-03-11T00:00:00Z"), schedule)).toBe(2 * 3600);
  });

  it("lengthens an interval that spans the New York fall-back repeat", () => {
    // 01:00 happens twice; the opening is the first one, 01:00 EDT (05:00Z); 02:00 EST is 07:00Z: 2 hours.
    const schedule = { timeZone: "America/New_York", week: { sun: [["01:00", "02:00"]] as [string, string][] } };
    expect(businessSeconds(at("2024-11-03T00:00:00Z"), at("2024-11-04T00:00:00Z"), schedule)).toBe(2 * 3600);
  });

  it("opens at the first real instant when the opening time was skipped", () => {
    // 01:30 does not exist in London on 2024-03-31; read as 02:30 BST (01:30Z); 03:00 BST is 02:00Z.
    const schedule = { timeZone: "Europe/London", week: { sun: [["01:30", "03:00"]] as [string, string][] } };
    expect(businessSeconds(at("2024-03-31T00:00:00Z"), at("2024-03-31T12:00:00Z"), schedule)).toBe(1800);
  });

  it("measures a window that straddles a change in business time", () => {
    // Mon-Fri 09:00-17:00 New York; Friday 2024-03-08 16:00 EST (21:00Z) -> Monday 2024-03-11 10:00 EDT (14:00Z).
    const schedule = { timeZone: "America/New_York", week: weekdays };
    expect(businessSeconds(at("2024-03-08T21:00:00Z"), at("2024-03-11T14:00:00Z"), schedule)).toBe(2 * 3600);
  });
});

describe("businessSeconds(start, end, schedule) over weekends, midnight, holidays and breaks", () => {
  it("skips the weekend", () => {
    const schedule = { timeZone: "Europe/London", week: weekdays };
    // Friday 2024-01-12 16:00 -> Monday 10:00 GMT: 1 h + 1 h.
    expect(businessSeconds(at("2024-01-12T16:00:00Z"), at("2024-01-15T10:00:00Z"), schedule)).toBe(7200);
  });

  it("runs across midnight when the schedule does", () => {
    const schedule = { timeZone: "UTC", week: { mon: [["22:00", "24:00"]] as [string, string][], tue: [["00:00", "02:00"]] as [string, string][] } };
    // Monday 2024-01-15 23:00 -> Tuesday 01:00: 1 h + 1 h.
    expect(businessSeconds(at("2024-01-15T23:00:00Z"), at("2024-01-16T01:00:00Z"), schedule)).toBe(7200);
  });

  it("closes on holidays, in the schedule's own calendar", () => {
    const schedule = { timeZone: "Europe/Berlin", week: weekdays, holidays: ["2024-12-25", "2024-12-26"] };
    // Tuesday 24th 16:00 CET (15:00Z) -> Friday 27th 10:00 CET (09:00Z): 1 h on the 24th + 1 h on the 27th.
    expect(businessSeconds(at("2024-12-24T15:00:00Z"), at("2024-12-27T09:00:00Z"), schedule)).toBe(7200);
  });

  it("takes breaks out of every open day", () => {
    const schedule = { timeZone: "UTC", week: weekdays, breaks: [["12:00", "13:00"]] as [string, string][] };
    expect(businessSeconds(at("2024-01-15T08:00:00Z"), at("2024-01-15T18:00:00Z"), schedule)).toBe(7 * 3600);
  });

  it("is 0 for an empty or reversed span, and for a schedule that never opens", () => {
    const schedule = { timeZone: "UTC", week: weekdays };
    expect(businessSeconds(at("2024-01-15T10:00:00Z"), at("2024-01-15T10:00:00Z"), schedule)).toBe(0);
    expect(businessSeconds(at("2024-01-15T11:00:00Z"), at("2024-01-15T10:00:00Z"), schedule)).toBe(0);
    expect(businessSeconds(at("2024-01-01T00:00:00Z"), at("2024-02-01T00:00:00Z"), { timeZone: "UTC", week: {} })).toBe(0);
  });

  it("refuses a bad schedule with every problem named", () => {
    expect(() => compileSchedule({ timeZone: "Mars/Olympus", week: { mon: [["17:00", "09:00"]] } })).toThrow(/carelens: invalid business-hours schedule:[\s\S]*unknown IANA time zone[\s\S]*close after it opens/);
    expect(() => compileSchedule({ timeZone: "UTC", week: { mon: [["9:00", "17:00"]] } })).toThrow(/HH:MM/);
    expect(() => compileSchedule({ timeZone: "UTC", week: {}, holidays: ["2024-02-30"] })).toThrow(/not a calendar date/);
  });
});

describe("businessSeconds properties", () => {
  const zones = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"];
  const schedules = zones.map((timeZone) => compileSchedule({ timeZone, week: { ...weekdays, sun: [["01:00", "03:30"]] }, breaks: [["12:00", "12:30"]], holidays: ["2024-04-01"] }));
  // Minute-aligned spans of up to 3 days around the 2024 changes of London, New York and Lord Howe
  // (whose clocks move by half an hour), in spring and in autumn.
  const minute = 60_000;
  const bases = [Date.parse("2024-03-08T00:00:00Z"), Date.parse("2024-09-29T00:00:00Z")];
  const span = fc
    .tuple(fc.constantFrom(...bases), fc.integer({ min: 0, max: 60 * 24 * 40 }), fc.integer({ min: 0, max: 60 * 24 * 3 }), fc.integer({ min: 0, max: zones.length - 1 }))
    .map(([base, offset, length, zone]) => [base + offset * minute, length, zone] as const);

  it("never exceeds calendar time", () => {
    fc.assert(
      fc.property(span, ([start, length, zone]) => {
        const seconds = businessSeconds(start, start + length * minute, schedules[zone]!);
        return seconds >= 0 && seconds <= length * 60;
      }),
      { seed: 4, numRuns: 300 },
    );
  });

  it("equals a minute-by-minute count of open minutes (an independent brute force)", () => {
    fc.assert(
      fc.property(span, ([start, length, zone]) => {
        let open = 0;
        for (let m = 0; m < length; m++) if (isBusinessTime(start + m * minute, schedules[zone]!)) open += 60;
        return businessSeconds(start, start + length * minute, schedules[zone]!) === open;
      }),
      { seed: 7, numRuns: 80 },
    );
  });
});

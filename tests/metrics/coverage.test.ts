import { describe, expect, it } from "vitest";
import { coverage } from "../../src/metrics/coverage.js";
import { conversation } from "../support/conversations.js";
import { realConversations } from "../support/real-exports.js";

describe("coverage(conversations, { timeZone })", () => {
  it("agrees with pandas's time-zone conversion on the twcs sample (America/New_York)", async () => {
    // cd tests/metrics/reference && /usr/bin/python3 coverage_reference.py ../../../../shared/data printed:
    // coverage {"contacts": {"Tue 19": 1, "Tue 22": 2, "Wed 1": 1, "Wed 2": 3, "Wed 3": 4, "Wed 4": 2, "Wed 6": 1, "Wed 8": 4,
    //   "Wed 9": 7}, "contactsOutOfHours": 0.72, "repliesOutOfHours": 0.13636363636363635, "replies": 44}
    const grid = coverage(await realConversations("twcs-sample/sample.csv", "twcs"), { timeZone: "America/New_York" });
    const filled = Object.fromEntries(grid.cells.filter((c) => c.contacts > 0).map((c) => [`${c.weekday} ${c.hour}`, c.contacts]));
    expect(filled).toEqual({ "Tue 19": 1, "Tue 22": 2, "Wed 1": 1, "Wed 2": 3, "Wed 3": 4, "Wed 4": 2, "Wed 6": 1, "Wed 8": 4, "Wed 9": 7 });
    expect(grid.outOfHours.contacts).toBeCloseTo(0.72, 12);
    expect(grid.outOfHours.replies).toBeCloseTo(0.13636363636363635, 12);
    expect(grid.cells.reduce((sum, c) => sum + c.replies, 0)).toBe(44);
    expect(grid.cells).toHaveLength(168);
  });

  it("puts the median FRT of the contacts opened in each cell, and uses the schedule for out-of-hours", () => {
    const conversations = [
      conversation("a", [["customer", "2024-01-15T09:10:00Z"], ["agent", "2024-01-15T09:20:00Z"]]),
      conversation("b", [["customer", "2024-01-15T09:50:00Z"], ["agent", "2024-01-15T10:30:00Z"]]),
      conversation("c", [["customer", "2024-01-13T09:00:00Z"]]), // a Saturday
      conversation("d", [["customer", null], ["agent", "2024-01-15T11:00:00Z"]]),
    ];
    const grid = coverage(conversations);
    expect(grid.cells.find((c) => c.weekday === "Mon" && c.hour === 9)).toEqual({ weekday: "Mon", hour: 9, contacts: 2, replies: 1, frtN: 2, frtMedianSeconds: 1500 });
    expect(grid).toMatchObject({ contactsTimed: 3, repliesTimed: 3, outOfHours: { contacts: 1 / 3, replies: 0 } });
    const weekend = { timeZone: "UTC", week: { sat: [["00:00", "24:00"]] as [string, string][] } };
    expect(coverage(conversations, { businessHours: weekend }).outOfHours).toMatchObject({ contacts: 2 / 3, replies: 1 });
  });

  it("returns an empty grid for empty input", () => {
    const grid = coverage([]);
    expect(grid.cells.every((c) => c.contacts === 0 && c.frtMedianSeconds === undefined)).toBe(true);
    expect(grid.outOfHours.contacts).toBeUndefined();
  });
});

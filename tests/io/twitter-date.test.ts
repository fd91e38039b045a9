import { describe, expect, it } from "vitest";
import { parseDateTime } from "../../src/io/date-time.js";
import { parseTwitterDate } from "../../src/io/twitter-date.js";

describe("parseTwitterDate(text)", () => {
  it("reads created_at with its offset", () => {
    expect(parseTwitterDate("Tue Oct 31 22:10:47 +0000 2017")?.toISOString()).toBe("2017-10-31T22:10:47.000Z");
    expect(parseTwitterDate("Tue Oct 31 22:10:47 +0130 2017")?.toISOString()).toBe("2017-10-31T20:40:47.000Z");
  });
  it.each(["yesterday", "", "Tue Oct 32 22:10:47 +0000 2017", "Thu Feb 30 10:00:00 +0000 2017", "Tue Foo 31 22:10:47 +0000 2017"])(
    "rejects %j",
    (text) => expect(parseTwitterDate(text)).toBeNull(),
  );
  it("knows leap years as Date does (Feb 29 in 2000 and 2024, not in 2023 or 2100)", () => {
    expect(parseTwitterDate("Tue Feb 29 10:00:00 +0000 2000")?.toISOString()).toBe("2000-02-29T10:00:00.000Z");
    expect(parseTwitterDate("Thu Feb 29 10:00:00 +0000 2024")?.toISOString()).toBe("2024-02-29T10:00:00.000Z");
    expect(parseTwitterDate("Wed Feb 29 10:00:00 +0000 2023")).toBeNull();
    expect(parseTwitterDate("Mon Feb 29 10:00:00 +0000 2100")).toBeNull();
    expect(parseTwitterDate("Sat Apr 31 10:00:00 +0000 2017")).toBeNull();
    expect(parseTwitterDate("Sun Dec 31 23:59:59 -0100 2017")?.toISOString()).toBe("2018-01-01T00:59:59.000Z");
  });
});

describe("parseDateTime(text)", () => {
  it.each([
    ["2020-04-01T17:31:32.000Z", "2020-04-01T17:31:32.000Z"],
    ["2020-04-01 17:31:32", "2020-04-01T17:31:32.000Z"],
    ["2024-03-05T09:00:00+01:00", "2024-03-05T08:00:00.000Z"],
    ["2024-03-05T09:00:00-0500", "2024-03-05T14:00:00.000Z"],
    ["2024-03-05", "2024-03-05T00:00:00.000Z"],
    ["1700000000", "2023-11-14T22:13:20.000Z"],
    ["1700000000123", "2023-11-14T22:13:20.123Z"],
    ["Tue Oct 31 22:10:47 +0000 2017", "2017-10-31T22:10:47.000Z"],
  ])("reads %j", (text, iso) => expect(parseDateTime(text)?.toISOString()).toBe(iso));

  it.each(["31/02/2020", "2020-02-30", "2020-13-01", "soon", "12345"])("rejects %j", (text) => expect(parseDateTime(text)).toBeNull());
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDateTime } from "../../src/io/date-time.js";
import { parseTwitterDate, twitterTime } from "../../src/io/twitter-date.js";

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

/** The former parseTwitterDate (Date.UTC on the fields), the reference for the arithmetic one. */
function referenceTime(text: string): number {
  const months: Record<string, number> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };
  if (text.length !== 30 || text[3] !== " " || text[7] !== " " || text[10] !== " " || text[19] !== " " || text[25] !== " ") return NaN;
  const digits = (from: number, count: number) => (/^\d+$/.test(text.slice(from, from + count)) ? Number(text.slice(from, from + count)) : -1);
  const month = Object.hasOwn(months, text.slice(4, 7)) ? months[text.slice(4, 7)] : undefined;
  const [day, hour, minute, second, offset, year] = [digits(8, 2), digits(11, 2), digits(14, 2), digits(17, 2), digits(21, 4), digits(26, 4)];
  const sign = text[20] === "-" ? -1 : text[20] === "+" ? 1 : 0;
  if (month === undefined || text[13] !== ":" || text[16] !== ":" || sign === 0) return NaN;
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60 || offset < 0 || year < 1970) return NaN;
  const time = Date.UTC(year, month, day, hour, minute, second) - sign * (Math.floor(offset / 100) * 60 + (offset % 100)) * 60_000;
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate() >= day ? time : NaN;
}

describe("twitterTime(text)", () => {
  const two = fc.oneof(fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0")), fc.constantFrom("6x", "-1", " 1"));
  const dates = fc
    .record({
      weekday: fc.constantFrom("Mon", "Tue", "Sun"),
      month: fc.constantFrom("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Foo", "jan"),
      day: two,
      hour: two,
      minute: two,
      second: two,
      sign: fc.constantFrom("+", "-", " "),
      offset: fc.oneof(fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0")), fc.constant("01x0")),
      year: fc.oneof(fc.integer({ min: 1960, max: 9999 }).map(String), fc.constantFrom("2000", "2100", "2024", "20x7")),
    })
    .map((d) => `${d.weekday} ${d.month} ${d.day} ${d.hour}:${d.minute}:${d.second} ${d.sign}${d.offset} ${d.year}`);
  it("reads every created_at as Date.UTC on its fields does, and rejects the same ones", () => {
    fc.assert(fc.property(fc.oneof(dates, fc.string({ maxLength: 32 })), (text) => {
          expect(twitterTime(text)).toBe(referenceTime(text));
        }),
         { numRuns: 20_000 });
  });
});

describe("twitterTime on a run of dates that share day, offset and year", () => {
  const clockPart = fc.tuple(fc.constantFrom("00", "09", "23", "24", "59", "60", "61", "6x", "-1", " 1"), fc.constantFrom("00", "30", "59", "60", "x0"), fc.constantFrom("00", "59", "60", "61", "-1"), fc.constantFrom(":", "."));
  const day = fc.constantFrom("Tue Oct 31 ", "Wed Feb 29 ", "Thu Feb 29 ", "Sun Dec 31 ", "Mon Foo 01 ", "Tue Oct 00 ");
  const zone = fc.constantFrom(" +0000 2017", " -0130 2024", " +0000 2023", " 01x0 2017", " +0000 1960");
  it("reads each as the reference does (the shortcut for a shared day gives the full parse's answer)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(day, clockPart, zone), { minLength: 1, maxLength: 30 }), (parts) => {
        for (const [d, [h, m, s, sep], z] of parts) {
          const text = `${d}${h}${sep}${m}:${s}${z}`;
          expect(twitterTime(text)).toBe(referenceTime(text));
        }
      }),
      { numRuns: 3000 },
    );
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

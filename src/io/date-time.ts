import { parseTwitterDate } from "./twitter-date.js";

// ISO 8601 date-time with optional seconds, fraction and zone; bounded pieces only (linear time).
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses the times exports write: ISO 8601 ("2020-04-01T17:31:32.000Z", "2024-03-05 09:00:00+01:00";
 * without a zone, UTC), epoch seconds (10 digits) or milliseconds (13 digits), and Twitter's
 * "Tue Oct 31 22:10:47 +0000 2017". Returns null for anything else, including impossible dates.
 *
 * @example
 * parseDateTime("2020-04-01T17:31:32.000Z")?.toISOString(); // => "2020-04-01T17:31:32.000Z"
 * parseDateTime("1700000000")?.toISOString(); // => "2023-11-14T22:13:20.000Z"
 * parseDateTime("31/02/2020"); // => null
 */
export function parseDateTime(text: string): Date | null {
  const value = text.trim();
  if (/^\d{10}(?:\.\d{1,6})?$/.test(value)) return new Date(Math.round(Number(value) * 1000));
  if (/^\d{13}$/.test(value)) return new Date(Number(value));
  const iso = ISO.exec(value);
  if (!iso) return parseTwitterDate(value);
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "0", zone] = iso;
  const year = Number(y);
  const month = Number(mo) - 1;
  const day = Number(d);
  if (month > 11 || day < 1 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  let time = Date.UTC(year, month, day, Number(h), Number(mi), Number(s), Math.round(Number(`0.${fraction}`) * 1000));
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null;
  if (zone && zone.toUpperCase() !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0");
    time -= sign * minutes * 60_000;
  }
  return new Date(time);
}

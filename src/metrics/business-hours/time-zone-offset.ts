import { CarelensError } from "../../errors.js";

const HOUR = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCaches = new Map<string, Map<number, number>>();

/**
 * Checks that `timeZone` is an IANA time zone the runtime knows ("Europe/London", "UTC") and returns it.
 *
 * @throws CarelensError echoing the bad name.
 * @example
 * assertTimeZone("America/New_York"); // => "America/New_York"
 */
export function assertTimeZone(timeZone: string): string {
  formatterFor(timeZone);
  return timeZone;
}

/**
 * Whether the runtime knows the IANA time zone `timeZone`.
 *
 * @example
 * isTimeZone("Europe/London"); // => true
 * isTimeZone("Mars/Olympus"); // => false
 */
export function isTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== "string" || timeZone === "") return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The offset of local time from UTC, in milliseconds, in effect at `instant` (epoch ms) in `timeZone`:
 * local wall time = instant + offset. Read from `Intl.DateTimeFormat` (the runtime's time-zone data; no
 * copy of the tz database). Cached per clock hour when the offset is the same at both ends of the hour,
 * so an hour holding a change (daylight saving, a new offset) is always computed exactly.
 *
 * @example
 * timeZoneOffset(Date.UTC(2024, 6, 1), "Europe/London"); // => 3600000
 */
export function timeZoneOffset(instant: number, timeZone: string): number {
  let cache = offsetCaches.get(timeZone);
  if (!cache) offsetCaches.set(timeZone, (cache = new Map()));
  const hour = Math.floor(instant / HOUR);
  const cached = cache.get(hour);
  if (cached !== undefined) return cached;
  const atStart = exactOffset(hour * HOUR, timeZone);
  if (atStart === exactOffset(hour * HOUR + HOUR - 1000, timeZone)) {
    if (cache.size > 500_000) cache.clear();
    cache.set(hour, atStart);
    return atStart;
  }
  return exactOffset(instant, timeZone);
}

function exactOffset(instant: number, timeZone: string): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(timeZone).formatToParts(seconds)) {
    if (part.type === "year") year = Number(part.value);
    else if (part.type === "month") month = Number(part.value);
    else if (part.type === "day") day = Number(part.value);
    else if (part.type === "hour") hour = Number(part.value) % 24;
    else if (part.type === "minute") minute = Number(part.value);
    else if (part.type === "second") second = Number(part.value);
  }
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC maps years 0-99 to 1900-1999; set the year again for them.
  const fixed = year < 100 ? new Date(local).setUTCFullYear(year) : local;
  return fixed - seconds;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter) return formatter;
  try {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    throw new CarelensError(`unknown time zone "${timeZone}": expected an IANA name such as "Europe/London" or "UTC"`);
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

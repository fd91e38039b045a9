import { timeZoneOffset } from "./time-zone-offset.js";

const DAY = 86_400_000;

/** The local calendar date and clock time of an instant in a time zone. */
export interface ZonedParts {
  year: number;
  /** 1-12. */
  month: number;
  /** 1-31. */
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday ... 6 = Saturday, as Date#getDay. */
  weekday: number;
  /** Days since 1970-01-01 of the local date (a count that ignores the time zone's offset changes). */
  dayNumber: number;
  /** Milliseconds since local midnight, by the wall clock. */
  msOfDay: number;
}

/**
 * The local date and time of `instant` in `timeZone` (an IANA name), from the runtime's time-zone data.
 *
 * @example
 * zonedParts(Date.parse("2024-03-31T00:30:00Z"), "Europe/London").hour; // => 0   (still GMT)
 * zonedParts(Date.parse("2024-03-31T01:30:00Z"), "Europe/London").hour; // => 2   (BST from 01:00 UTC)
 */
export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const local = instant + timeZoneOffset(instant, timeZone);
  const dayNumber = Math.floor(local / DAY);
  const msOfDay = local - dayNumber * DAY;
  const date = new Date(local);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    weekday: date.getUTCDay(),
    dayNumber,
    msOfDay,
  };
}

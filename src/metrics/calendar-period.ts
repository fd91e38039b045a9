import { localInstant } from "./business-hours/local-instant.js";
import { zonedParts } from "./business-hours/zoned-parts.js";

export type PeriodUnit = "day" | "week" | "month";

/** A calendar period in a time zone. */
export interface CalendarPeriod {
  /** "2024-03-05" (day), "2024-03-04" (week: its Monday), "2024-03" (month). */
  key: string;
  /** Consecutive integer per period (days or weeks since 1970, or months since year 0), for trends and gaps. */
  index: number;
  /** The instant the period starts: local midnight of its first day, ISO 8601 in UTC. */
  start: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The day, week (Monday to Sunday) or month that contains `instant` in `timeZone`, by the local calendar:
 * a message at 23:30 UTC on 31 March is in April in London (00:30 BST).
 *
 * @example
 * calendarPeriod(Date.parse("2024-03-31T23:30:00Z"), "month", "Europe/London");
 * // => { key: "2024-04", index: 24291, start: "2024-03-31T23:00:00.000Z" }
 */
export function calendarPeriod(instant: number, unit: PeriodUnit, timeZone: string): CalendarPeriod {
  const parts = zonedParts(instant, timeZone);
  if (unit === "month") {
    const firstDay = Math.round(Date.UTC(parts.year, parts.month - 1, 1) / 86_400_000);
    return { key: `${pad(parts.year, 4)}-${pad(parts.month)}`, index: parts.year * 12 + parts.month - 1, start: iso(localInstant(firstDay, 0, timeZone)) };
  }
  // 1970-01-01 (day 0) was a Thursday, so Mondays are the days d with (d + 3) % 7 = 0.
  const firstDay = unit === "day" ? parts.dayNumber : parts.dayNumber - ((((parts.dayNumber + 3) % 7) + 7) % 7);
  const date = new Date(firstDay * 86_400_000);
  return {
    key: `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`,
    index: unit === "day" ? firstDay : (firstDay + 3) / 7,
    start: iso(localInstant(firstDay, 0, timeZone)),
  };
}

function iso(instant: number): string {
  return new Date(instant).toISOString();
}

import { compileSchedule, type BusinessScheduleInput, type CompiledSchedule } from "./business-schedule.js";
import { localInstant } from "./local-instant.js";
import { zonedParts } from "./zoned-parts.js";

/**
 * The business time between two instants, in seconds: the part of [start, end) that falls in the
 * schedule's open hours, in its time zone, on days that are not holidays, outside breaks. Exact across
 * daylight-saving changes (an open interval on a spring-forward morning is an hour shorter on the clock
 * of the world, and so is its business time); 0 when end <= start. Never more than end - start.
 * Cost: O(local days spanned).
 *
 * @example
 * const schedule = { timeZone: "Europe/London", week: { fri: [["09:00", "17:00"]], mon: [["09:00", "17:00"]] } };
 * // Friday 16:00 -> Monday 10:00 (GMT, winter): 1 h on Friday + 1 h on Monday.
 * businessSeconds(new Date("2024-01-12T16:00:00Z"), new Date("2024-01-15T10:00:00Z"), schedule); // => 7200
 */
export function businessSeconds(start: Date | number, end: Date | number, schedule: BusinessScheduleInput | CompiledSchedule): number {
  const compiled = compileSchedule(schedule);
  const from = typeof start === "number" ? start : start.getTime();
  const to = typeof end === "number" ? end : end.getTime();
  if (!(to > from)) return 0;
  const zone = compiled.timeZone;
  const lastDay = zonedParts(to, zone).dayNumber;
  let total = 0;
  for (let dayNumber = zonedParts(from, zone).dayNumber; dayNumber <= lastDay; dayNumber++) {
    if (compiled.holidays.has(dayNumber)) continue;
    // 1970-01-01 (day 0) was a Thursday.
    const weekday = (((dayNumber + 4) % 7) + 7) % 7;
    for (const [open, close] of compiled.open[weekday]!) {
      const opens = Math.max(from, localInstant(dayNumber, open, zone));
      const closes = Math.min(to, localInstant(dayNumber, close, zone));
      if (closes > opens) total += closes - opens;
    }
  }
  return total / 1000;
}

import { compileSchedule, type BusinessScheduleInput, type CompiledSchedule } from "./business-schedule.js";
import { zonedParts } from "./zoned-parts.js";

/**
 * Whether the schedule is open at `instant`: the local wall-clock time falls in an open interval of its
 * weekday, outside breaks, on a day that is not a holiday.
 *
 * @example
 * const schedule = { timeZone: "America/New_York", week: { mon: [["09:00", "17:00"]] } };
 * isBusinessTime(new Date("2024-01-15T14:00:00Z"), schedule); // => true    (Monday 09:00 in New York)
 * isBusinessTime(new Date("2024-01-15T13:59:59Z"), schedule); // => false
 */
export function isBusinessTime(instant: Date | number, schedule: BusinessScheduleInput | CompiledSchedule): boolean {
  const compiled = compileSchedule(schedule);
  const parts = zonedParts(typeof instant === "number" ? instant : instant.getTime(), compiled.timeZone);
  if (compiled.holidays.has(parts.dayNumber)) return false;
  const minute = parts.msOfDay / 60_000;
  return compiled.open[parts.weekday]!.some(([open, close]) => minute >= open && minute < close);
}

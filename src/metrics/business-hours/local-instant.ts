import { timeZoneOffset } from "./time-zone-offset.js";

const DAY = 86_400_000;

/**
 * The instant (epoch ms) at which the wall clock in `timeZone` shows `minuteOfDay` minutes after midnight
 * of local day `dayNumber` (days since 1970-01-01); minute 1440 is the next midnight. Like Temporal's
 * "compatible" disambiguation: a time skipped by a change of offset (02:30 on a spring-forward night) is
 * read with the offset before the change (so it lands one hour later, 03:30), and a time that happens
 * twice (01:30 on a fall-back night) is the earlier one.
 *
 * @example
 * // 2024-03-31 (day 19813) 03:00 in London is 02:00 UTC (BST began at 01:00 UTC).
 * new Date(localInstant(19813, 180, "Europe/London")).toISOString(); // => "2024-03-31T02:00:00.000Z"
 */
export function localInstant(dayNumber: number, minuteOfDay: number, timeZone: string): number {
  const wall = dayNumber * DAY + minuteOfDay * 60_000;
  // Offsets never change twice within a day, so the ones a day before and after bracket this wall time.
  const before = timeZoneOffset(wall - DAY, timeZone);
  const after = timeZoneOffset(wall + DAY, timeZone);
  if (before === after) return wall - before;
  const withBefore = wall - before;
  const withAfter = wall - after;
  const beforeFits = timeZoneOffset(withBefore, timeZone) === before;
  const afterFits = timeZoneOffset(withAfter, timeZone) === after;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
  if (afterFits) return withAfter;
  // Fits the offset before the change only, or skipped by it: the offset before puts it after the gap.
  return withBefore;
}

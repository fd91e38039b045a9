import type { Message } from "../model/message.js";
import { businessSeconds } from "./business-hours/business-seconds.js";
import type { ResolvedMetricsOptions } from "./metrics-options.js";

/** A message's time in epoch ms; null when unknown. */
export function time(message: Message | undefined): number | null {
  return message?.sentAt ? message.sentAt.getTime() : null;
}

/** Seconds from start to end; null when either is unknown or end comes first (bad data). */
export function seconds(start: number | null, end: number | null): number | null {
  if (start === null || end === null || end < start) return null;
  return (end - start) / 1000;
}

/** Business seconds between start and end when a schedule is set and the calendar time is known; else null. */
export function business(start: number | null, calendar: number | null, end: number | null, o: ResolvedMetricsOptions): number | null {
  if (!o.businessHours || calendar === null) return null;
  return businessSeconds(start!, end!, o.businessHours);
}


import { z } from "zod";
import { CarelensError } from "../../errors.js";
import { isTimeZone } from "./time-zone-offset.js";

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const clock = z.string().regex(CLOCK, { error: (issue) => `expected a clock time "HH:MM" from "00:00" to "24:00", got ${JSON.stringify(issue.input)}` });
const interval = z
  .tuple([clock, clock])
  .refine(([open, close]) => !CLOCK.test(open) || !CLOCK.test(close) || minutes(open) < minutes(close), {
    error: (issue) => `an interval must close after it opens (use 24:00 for midnight), got ${JSON.stringify(issue.input)}`,
  });
const day = z.array(interval).default([]);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => `expected a date "YYYY-MM-DD", got ${JSON.stringify(issue.input)}` })
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), {
    error: (issue) => `not a calendar date: ${JSON.stringify(issue.input)}`,
  });

/**
 * A weekly schedule of business hours in a time zone, with holidays and daily breaks. The JSON of
 * `--business-hours FILE` has this shape.
 *
 * @example
 * BusinessScheduleSchema.parse({
 *   timeZone: "Europe/London",
 *   week: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], sat: [["10:00", "14:00"]] },
 *   holidays: ["2024-12-25"],
 *   breaks: [["12:00", "13:00"]],
 * });
 */
export const BusinessScheduleSchema = z
  .object({
    /** IANA time zone the clock times are in, e.g. "Europe/London". */
    timeZone: z.string().refine(isTimeZone, { error: (issue) => `unknown IANA time zone ${JSON.stringify(issue.input)} (e.g. "Europe/London", "UTC")` }),
    /** Open intervals per weekday, local clock times ["HH:MM", "HH:MM"); a missing day is closed. */
    week: z
      .object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day })
      .strict(),
    /** Local dates closed all day. */
    holidays: z.array(isoDate).default([]),
    /** Intervals closed every day (lunch), taken out of the open hours. */
    breaks: z.array(interval).default([]),
  })
  .strict();
export type BusinessScheduleInput = z.input<typeof BusinessScheduleSchema>;
export type BusinessSchedule = z.output<typeof BusinessScheduleSchema>;

/** A schedule ready for computing: open minute ranges per weekday (0 = Sunday), holidays as day numbers. */
export interface CompiledSchedule {
  readonly timeZone: string;
  /** Sorted, disjoint [open, close) minute ranges per weekday, breaks removed. */
  readonly open: readonly (readonly [number, number])[][];
  readonly holidays: ReadonlySet<number>;
  readonly source: BusinessSchedule;
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/**
 * Validates a schedule (throws a CarelensError listing every problem) and prepares it for computing.
 *
 * @example
 * const schedule = compileSchedule({ timeZone: "UTC", week: { mon: [["09:00", "12:00"], ["11:00", "17:00"]] } });
 * schedule.open[1]; // => [[540, 1020]]   (overlapping intervals are joined)
 */
export function compileSchedule(input: BusinessScheduleInput | CompiledSchedule): CompiledSchedule {
  if (isCompiled(input)) return input;
  const parsed = BusinessScheduleSchema.safeParse(input);
  if (!parsed.success) throw new CarelensError(`invalid business-hours schedule:\n${z.prettifyError(parsed.error)}`);
  const schedule = parsed.data;
  const breaks = join(schedule.breaks.map(([a, b]) => [minutes(a), minutes(b)] as const));
  const open = WEEKDAYS.map((name) => subtract(join(schedule.week[name].map(([a, b]) => [minutes(a), minutes(b)] as const)), breaks));
  const holidays = new Set(schedule.holidays.map((date) => Date.parse(`${date}T00:00:00Z`) / 86_400_000));
  return { timeZone: schedule.timeZone, open, holidays, source: schedule };
}

function isCompiled(input: BusinessScheduleInput | CompiledSchedule): input is CompiledSchedule {
  return "open" in input && "source" in input && input.holidays instanceof Set;
}

function minutes(clockTime: string): number {
  return Number(clockTime.slice(0, 2)) * 60 + Number(clockTime.slice(3, 5));
}

/** Sorts ranges and joins the ones that overlap or touch. */
function join(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = joined.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/** The parts of `ranges` not covered by `holes` (both sorted and disjoint). */
function subtract(ranges: [number, number][], holes: [number, number][]): [number, number][] {
  const result: [number, number][] = [];
  for (const [start, end] of ranges) {
    let from = start;
    for (const [holeStart, holeEnd] of holes) {
      if (holeEnd <= from || holeStart >= end) continue;
      if (holeStart > from) result.push([from, holeStart]);
      from = Math.max(from, holeEnd);
    }
    if (from < end) result.push([from, end]);
  }
  return result;
}

import type { Conversation } from "../model/conversation.js";
import { quantile } from "../stats/quantile.js";
import { compileSchedule, type CompiledSchedule } from "./business-hours/business-schedule.js";
import { isBusinessTime } from "./business-hours/is-business-time.js";
import { zonedParts } from "./business-hours/zoned-parts.js";
import { appendAll } from "./duration-stats.js";
import { accumulate, createAccumulator, type MetricAccumulator, type MetricReducer } from "./metric-accumulator.js";
import type { MetricsOptions, ResolvedMetricsOptions } from "./metrics-options.js";

const CELLS = 7 * 24;
const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export interface CoverageState {
  /** Per cell (ISO weekday - 1) × 24 + hour: contacts opened, agent replies sent, FRT of the contacts opened there. */
  contacts: number[];
  replies: number[];
  frt: number[][];
  contactsTimed: number;
  contactsOutOfHours: number;
  repliesTimed: number;
  repliesOutOfHours: number;
}

export interface CoverageCell {
  weekday: (typeof WEEKDAY_NAMES)[number];
  hour: number;
  contacts: number;
  replies: number;
  frtN: number;
  frtMedianSeconds: number | undefined;
}

export interface CoverageResult {
  /** 168 rows, Monday 00:00 first, in `timeZone`. */
  cells: CoverageCell[];
  timeZone: string;
  /** Share of contacts (by their first message) and of agent replies outside business hours. */
  outOfHours: { contacts: number | undefined; replies: number | undefined; schedule: unknown };
  /** Contacts and replies with an unknown time are left out of the grid. */
  contactsTimed: number;
  repliesTimed: number;
  definition: string;
}

const officeHours = new Map<string, CompiledSchedule>();

/**
 * Business hours assumed for the out-of-hours share when no schedule is given: Monday-Friday 09:00-17:00.
 *
 * @example
 * defaultOfficeHours("Europe/London").open[1]; // => [[540, 1020]]   (Monday)
 */
export function defaultOfficeHours(timeZone: string): CompiledSchedule {
  let schedule = officeHours.get(timeZone);
  if (!schedule) {
    const day: [string, string][] = [["09:00", "17:00"]];
    officeHours.set(timeZone, (schedule = compileSchedule({ timeZone, week: { mon: day, tue: day, wed: day, thu: day, fri: day } })));
  }
  return schedule;
}

export const COVERAGE_DEFINITION =
  "Coverage: contacts (by the time of their first customer message), human agent replies, and the median first response time of " +
  "the contacts opened in each hour of the day × day of the week, in the chosen time zone. Out-of-hours share: contacts (replies) " +
  "whose time falls outside the business-hours schedule, or outside Monday-Friday 09:00-17:00 in that time zone when no schedule is given.";

const cellOf = (at: number, timeZone: string) => {
  const parts = zonedParts(at, timeZone);
  return ((parts.weekday + 6) % 7) * 24 + parts.hour;
};

/** The coverage reducer (see {@link coverage}). */
export const coverageReducer: MetricReducer<CoverageState, CoverageResult> = {
  init: () => ({
    contacts: new Array<number>(CELLS).fill(0),
    replies: new Array<number>(CELLS).fill(0),
    frt: Array.from({ length: CELLS }, () => []),
    contactsTimed: 0,
    contactsOutOfHours: 0,
    repliesTimed: 0,
    repliesOutOfHours: 0,
  }),
  add(state, facts, options) {
    const schedule = options.businessHours ?? defaultOfficeHours(options.timeZone);
    const openedAt = facts.isContact ? facts.opener!.at : null;
    if (openedAt !== null) {
      const cell = cellOf(openedAt, options.timeZone);
      state.contacts[cell]!++;
      if (facts.firstReplySeconds !== null) state.frt[cell]!.push(facts.firstReplySeconds);
      state.contactsTimed++;
      if (!isBusinessTime(openedAt, schedule)) state.contactsOutOfHours++;
    }
    for (const reply of facts.replies) {
      if (reply.at === null) continue;
      state.replies[cellOf(reply.at, options.timeZone)]!++;
      state.repliesTimed++;
      if (!isBusinessTime(reply.at, schedule)) state.repliesOutOfHours++;
    }
  },
  merge(into, from) {
    for (let cell = 0; cell < CELLS; cell++) {
      into.contacts[cell]! += from.contacts[cell]!;
      into.replies[cell]! += from.replies[cell]!;
      appendAll(into.frt[cell]!, from.frt[cell]!);
    }
    into.contactsTimed += from.contactsTimed;
    into.contactsOutOfHours += from.contactsOutOfHours;
    into.repliesTimed += from.repliesTimed;
    into.repliesOutOfHours += from.repliesOutOfHours;
  },
  result(state, options) {
    const schedule = options.businessHours ?? defaultOfficeHours(options.timeZone);
    return {
      cells: state.contacts.map((contacts, cell) => ({
        weekday: WEEKDAY_NAMES[Math.floor(cell / 24)]!,
        hour: cell % 24,
        contacts,
        replies: state.replies[cell]!,
        frtN: state.frt[cell]!.length,
        frtMedianSeconds: quantile(state.frt[cell]!, 0.5),
      })),
      timeZone: options.timeZone,
      outOfHours: {
        contacts: state.contactsTimed === 0 ? undefined : state.contactsOutOfHours / state.contactsTimed,
        replies: state.repliesTimed === 0 ? undefined : state.repliesOutOfHours / state.repliesTimed,
        schedule: schedule.source,
      },
      contactsTimed: state.contactsTimed,
      repliesTimed: state.repliesTimed,
      definition: COVERAGE_DEFINITION,
    };
  },
};

/**
 * Coverage: contacts, agent replies and median FRT by hour of day × day of week in a chosen time zone
 * (`timeZone`, default UTC), and the out-of-hours share of contacts and replies (outside `businessHours`,
 * or Monday-Friday 09:00-17:00 in that time zone without one).
 *
 * Edge cases: messages with unknown times are left out (`contactsTimed`, `repliesTimed` say how many
 * counted); a cell without timed first replies has `frtMedianSeconds: undefined`.
 *
 * @example
 * const grid = coverage(conversations, { timeZone: "America/New_York" }); // twcs-sample/sample.csv
 * grid.cells.find((c) => c.weekday === "Wed" && c.hour === 9); // => { weekday: "Wed", hour: 9, contacts: 7, replies: 29, frtN: 7, frtMedianSeconds: 347 }
 * grid.outOfHours.contacts; // => 0.72
 */
export function coverage(conversations: Iterable<Conversation>, options?: MetricsOptions | ResolvedMetricsOptions): CoverageResult {
  return accumulate(coverageReducer, conversations, options);
}

/**
 * A mergeable coverage accumulator (for streams and worker threads).
 *
 * @example
 * const accumulator = coverageAccumulator({ timeZone: "Europe/London" });
 * for await (const conversation of stream) accumulator.add(conversation);
 * accumulator.result().cells.length; // => 168
 */
export function coverageAccumulator(options?: MetricsOptions | ResolvedMetricsOptions, state?: CoverageState): MetricAccumulator<CoverageState, CoverageResult> {
  return createAccumulator(coverageReducer, options, state);
}

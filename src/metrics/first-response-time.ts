import type { Conversation } from "../model/conversation.js";
import { appendAll, durationStats, type DurationStats } from "./duration-stats.js";
import { groupOf, mergeGroups, sortedKeys } from "./group-map.js";
import { accumulate, createAccumulator, type MetricAccumulator, type MetricReducer } from "./metric-accumulator.js";
import type { MetricsOptions, ResolvedMetricsOptions } from "./metrics-options.js";

/** Durations kept for exact quantiles: calendar seconds and, with a schedule, business seconds. */
export interface TimedValues {
  calendar: number[];
  business: number[];
  /** Responses whose time is unknown (left out of the durations). */
  unknownTime: number;
}

export interface FirstResponseTimeState {
  all: TimedValues;
  byAgent: Map<string, TimedValues>;
  byTeam: Map<string, TimedValues>;
  byBrand: Map<string, TimedValues>;
  byChannel: Map<string, TimedValues>;
}

/** FRT statistics of one group: calendar time at the top level, business time beside it when a schedule was given. */
export interface ResponseTimeStats extends DurationStats {
  unknownTime: number;
  business: DurationStats | undefined;
}

export interface FirstResponseTimeResult extends ResponseTimeStats {
  /** Credited to the agent who wrote the first reply (agentKey "Brand/ID"). */
  byAgent: (ResponseTimeStats & { agent: string })[];
  /** Present only when a `teamOf` option was given. */
  byTeam: (ResponseTimeStats & { team: string })[] | undefined;
  byBrand: (ResponseTimeStats & { brand: string })[];
  byChannel: (ResponseTimeStats & { channel: string })[];
  definition: string;
  options: { clockStart: string; slaTargetsSeconds: number[]; businessHours: unknown; quantiles: string };
}

export const QUANTILE_METHOD = "R type 7 (linear interpolation between order statistics; numpy's default)";
export const FIRST_RESPONSE_TIME_DEFINITION =
  "First response time (FRT): from the clock start (the contact's first customer message, or the conversation's creation) to the " +
  "first reply by a human agent; bots and system messages do not stop the clock. In seconds of calendar time, and of business time " +
  "when a schedule is given. Contacts without a reply, or whose first reply has no known time, are left out; SLA attainment is the " +
  "share of the timed first replies at or under each target.";

export const emptyTimed = (): TimedValues => ({ calendar: [], business: [], unknownTime: 0 });
export const copyTimed = (values: TimedValues): TimedValues => ({ calendar: [...values.calendar], business: [...values.business], unknownTime: values.unknownTime });
export const mergeTimed = (into: TimedValues, from: TimedValues): void => {
  appendAll(into.calendar, from.calendar);
  appendAll(into.business, from.business);
  into.unknownTime += from.unknownTime;
};
/**
 * Records one response time: calendar seconds (or an unknown time when null) and business seconds.
 *
 * @example
 * const values = emptyTimed(); addTimed(values, 600, 120); addTimed(values, null, null); // => { calendar: [600], business: [120], unknownTime: 1 }
 */
export function addTimed(values: TimedValues, calendar: number | null, business: number | null): void {
  if (calendar === null) values.unknownTime++;
  else values.calendar.push(calendar);
  if (business !== null) values.business.push(business);
}

/**
 * Median, p90, mean and SLA attainment of timed values, in calendar and (with a schedule) business time.
 *
 * @example
 * responseTimeStats({ calendar: [60, 120], business: [], unknownTime: 1 }, resolveMetricsOptions()).medianSeconds; // => 90
 */
export function responseTimeStats(values: TimedValues, options: ResolvedMetricsOptions): ResponseTimeStats {
  return {
    ...durationStats(values.calendar, options.slaTargetsSeconds),
    unknownTime: values.unknownTime,
    business: options.businessHours ? durationStats(values.business, options.slaTargetsSeconds) : undefined,
  };
}

/** The first-response-time reducer (see {@link firstResponseTime}). */
export const firstResponseTimeReducer: MetricReducer<FirstResponseTimeState, FirstResponseTimeResult> = firstResponseTimeReducerOf(true);

/**
 * The first-response-time reducer, with or without the splits by agent, team, brand and channel: without
 * them (`splits` false) they stay empty, and a contact costs its four Map look-ups and pushes fewer (and
 * the result no statistics per group). The overall figures are the same either way: the metrics summary,
 * which reads only those, counts without the splits.
 *
 * @example
 * const overall = createAccumulator(firstResponseTimeReducerOf(false));
 * for (const conversation of conversations) overall.add(conversation);
 * [overall.result().medianSeconds, overall.result().byAgent]; // => [4111.5, []] (twcs-sample/sample.csv)
 */
export function firstResponseTimeReducerOf(splits: boolean): MetricReducer<FirstResponseTimeState, FirstResponseTimeResult> {
  return {
    init: () => ({ all: emptyTimed(), byAgent: new Map(), byTeam: new Map(), byBrand: new Map(), byChannel: new Map() }),
    add(state, facts, options) {
      // Every first reply, also one after the response window: the window defines a response, not the clock.
      if (!facts.isContact || facts.firstReplyAgent === null) return;
      const calendar = facts.firstReplySeconds;
      const business = facts.firstReplyBusinessSeconds;
      addTimed(state.all, calendar, business);
      if (!splits) return;
      const agent = facts.firstReplyAgent;
      addTimed(groupOf(state.byAgent, agent, emptyTimed), calendar, business);
      addTimed(groupOf(state.byBrand, facts.brand, emptyTimed), calendar, business);
      addTimed(groupOf(state.byChannel, facts.channel, emptyTimed), calendar, business);
      const team = options.teamOf?.(agent);
      if (team !== undefined) addTimed(groupOf(state.byTeam, team, emptyTimed), calendar, business);
    },
    merge(into, from) {
      mergeTimed(into.all, from.all);
      if (!splits) return;
      for (const key of ["byAgent", "byTeam", "byBrand", "byChannel"] as const) mergeGroups(into[key], from[key], mergeTimed, copyTimed);
    },
    result(state, options) {
      const stats = (groups: Map<string, TimedValues>) => sortedKeys(groups).map((key) => [key, responseTimeStats(groups.get(key)!, options)] as const);
      return {
        ...responseTimeStats(state.all, options),
        byAgent: stats(state.byAgent).map(([agent, s]) => ({ agent, ...s })),
        byTeam: options.teamOf ? stats(state.byTeam).map(([team, s]) => ({ team, ...s })) : undefined,
        byBrand: stats(state.byBrand).map(([brand, s]) => ({ brand, ...s })),
        byChannel: stats(state.byChannel).map(([channel, s]) => ({ channel, ...s })),
        definition: FIRST_RESPONSE_TIME_DEFINITION,
        options: {
          clockStart: options.clockStart,
          slaTargetsSeconds: [...options.slaTargetsSeconds],
          businessHours: options.businessHours?.source ?? null,
          quantiles: QUANTILE_METHOD,
        },
      };
    },
  };
}

/**
 * First response time: clock start -> first human agent reply, per contact; median and p90 (R type 7),
 * mean and SLA attainment (share within each target, default 30 and 60 minutes), overall and per agent
 * (who wrote the first reply), team (with `teamOf`), brand and channel; in business time too when
 * `businessHours` is given.
 *
 * Edge cases: contacts without a reply and first replies with an unknown time are left out (the latter
 * counted in `unknownTime`); a reply timed before its clock start (bad data) counts as unknown;
 * agent-started conversations are not contacts; nothing timed gives `medianSeconds: undefined, n: 0`.
 *
 * @example
 * const frt = firstResponseTime(conversations, { businessHours: schedule }); // twcs-sample/sample.csv
 * frt.medianSeconds; // => 4111.5
 * frt.withinTarget; // => [{ targetSeconds: 1800, count: 9, share: 0.375 }, { targetSeconds: 3600, count: 11, share: 0.4583 }]
 * frt.business?.medianSeconds; // => business seconds under `schedule`
 */
export function firstResponseTime(conversations: Iterable<Conversation>, options?: MetricsOptions | ResolvedMetricsOptions): FirstResponseTimeResult {
  return accumulate(firstResponseTimeReducer, conversations, options);
}

/**
 * A mergeable first-response-time accumulator (for streams and worker threads).
 *
 * @example
 * const accumulator = firstResponseTimeAccumulator();
 * for (const part of parts) accumulator.merge(part.state);
 * accumulator.result().p90Seconds; // => 25369 (twcs-sample/sample.csv)
 */
export function firstResponseTimeAccumulator(
  options?: MetricsOptions | ResolvedMetricsOptions,
  state?: FirstResponseTimeState,
): MetricAccumulator<FirstResponseTimeState, FirstResponseTimeResult> {
  return createAccumulator(firstResponseTimeReducer, options, state);
}

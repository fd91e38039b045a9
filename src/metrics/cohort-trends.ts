import { z } from "zod";
import { CarelensError } from "../errors.js";
import type { Conversation } from "../model/conversation.js";
import { linearTrend } from "../stats/linear-trend.js";
import { quantile } from "../stats/quantile.js";
import { calendarPeriod, type PeriodUnit } from "./calendar-period.js";
import { conversationFacts, type ConversationFacts } from "./conversation-facts.js";
import { groupOf, sortedKeys } from "./group-map.js";
import { createAccumulator, type MetricAccumulator, type MetricReducer } from "./metric-accumulator.js";
import type { MetricsOptions, ResolvedMetricsOptions } from "./metrics-options.js";

/** A named metric, or a function giving a conversation's value(s) (e.g. a rubric score looked up by conversation id). */
export type CohortMetric =
  | "contacts"
  | "response-rate"
  | "first-response-time"
  | "first-response-business-time"
  | "reply-time"
  | "handle-time"
  | "messages-before-first-reply"
  | ((conversation: Conversation, facts: ConversationFacts) => number | readonly number[] | null | undefined);
/** What to group by. A customer attribute is `{ attribute: "signupCohort" }`. */
export type CohortKey =
  | "all"
  | "first-contact-week"
  | "first-contact-month"
  | "channel"
  | "brand"
  | "agent"
  | "team"
  | { attribute: string }
  | ((conversation: Conversation, facts: ConversationFacts) => string | undefined);
export type CohortStatistic = "mean" | "median" | "p90" | "sum" | "count";

export interface CohortTrendOptions extends MetricsOptions {
  metric: CohortMetric;
  cohort?: CohortKey;
  /** Default "week". */
  period?: PeriodUnit;
  /** Default: count for contacts, median for times, mean otherwise (a share for response-rate). */
  statistic?: CohortStatistic;
}

export interface CohortPeriodRow {
  cohort: string;
  period: string;
  periodStart: string;
  periodIndex: number;
  n: number;
  value: number | undefined;
  /** Change from the cohort's value in the calendar period just before (undefined when that period has no data). */
  change: number | undefined;
  relativeChange: number | undefined;
}

export interface CohortTrendRow {
  cohort: string;
  periods: number;
  /** OLS slope of the period values on the period number: change per period, with its t interval and p-value (R's lm). */
  slope: number | undefined;
  low: number | undefined;
  high: number | undefined;
  pValue: number | undefined;
  standardError: number | undefined;
}

export interface CohortTrendResult {
  rows: CohortPeriodRow[];
  trends: CohortTrendRow[];
  definition: string;
  options: { metric: string; cohort: string; period: PeriodUnit; statistic: CohortStatistic; timeZone: string; level: number };
}

const DEFAULT_STATISTIC: Record<string, CohortStatistic> = {
  contacts: "count",
  "first-response-time": "median",
  "first-response-business-time": "median",
  "reply-time": "median",
};

const OptionsSchema = z.object({
  metric: z.union([z.enum(["contacts", "response-rate", "first-response-time", "first-response-business-time", "reply-time", "handle-time", "messages-before-first-reply"]), z.custom<CohortMetric>((v) => typeof v === "function")]),
  cohort: z
    .union([
      z.enum(["all", "first-contact-week", "first-contact-month", "channel", "brand", "agent", "team"]),
      z.object({ attribute: z.string().min(1) }).strict(),
      z.custom<CohortKey>((v) => typeof v === "function"),
    ])
    .default("all"),
  period: z.enum(["day", "week", "month"]).default("week"),
  statistic: z.enum(["mean", "median", "p90", "sum", "count"]).optional(),
});

export interface CohortPoint {
  /** The cohort, or undefined for first-contact cohorts (resolved from all points when the result is read). */
  cohort: string | undefined;
  customer: string;
  at: number;
  values: number[];
}

export interface CohortTrendState {
  points: CohortPoint[];
}

/**
 * Cohort trends: a metric (or any per-conversation value, such as a rubric score) grouped by a cohort key
 * and by calendar period (day, week from Monday, month) in a time zone; per cohort and period the value
 * with its sample size and the change from the period before, and per cohort the trend's slope (OLS on
 * the period number, per period) with its confidence interval and p-value, as R's `lm` gives them.
 *
 * A conversation's period is that of its first customer message (its first timed message when
 * agent-started). Cohorts "first-contact-week"/"-month" are the customer's first contact in the data (a
 * customer cohort), resolved when the result is read. Null, undefined and NaN values are skipped; a
 * period without values has no row; a cohort with fewer than 3 periods has no interval.
 *
 * @example
 * // twcs-sample/sample.csv: median FRT per brand and London day.
 * const trends = cohortTrends(conversations, { metric: "first-response-time", cohort: "brand", period: "day", timeZone: "Europe/London" });
 * trends.rows[0]; // => { cohort: "AppleSupport", period: "2017-10-11", periodStart: "2017-10-10T23:00:00.000Z", n: 11, value: 22733, change: undefined, ... }
 * trends.trends[0]; // => { cohort: "AppleSupport", periods: 1, slope: undefined, ... }   (one day: no trend)
 * // Rubric scores: { metric: (conversation) => scores.get(conversation.id)?.scorecard.total, cohort: "agent" }
 */
export function cohortTrends(conversations: Iterable<Conversation>, options: CohortTrendOptions): CohortTrendResult {
  const accumulator = cohortTrendsAccumulator(options);
  for (const conversation of conversations) accumulator.add(conversation);
  return accumulator.result();
}

/**
 * A mergeable cohort-trend accumulator (for streams and worker threads): its state is the list of dated
 * values, so first-contact cohorts can be resolved across all partitions.
 *
 * @example
 * const accumulator = cohortTrendsAccumulator({ metric: "response-rate", cohort: "channel", period: "day" });
 * for await (const conversation of stream) accumulator.add(conversation); // twcs-sample/sample.csv
 * accumulator.result().trends; // => [{ cohort: "twitter", periods: 2, slope: -0.0417, low: undefined, ... }]   (2 points: no interval)
 */
export function cohortTrendsAccumulator(options: CohortTrendOptions, state?: CohortTrendState): MetricAccumulator<CohortTrendState, CohortTrendResult> {
  const parsed = OptionsSchema.safeParse({ metric: options.metric, cohort: options.cohort, period: options.period, statistic: options.statistic });
  if (!parsed.success) throw new CarelensError(`invalid cohort-trend options:\n${z.prettifyError(parsed.error)}`);
  const { metric, cohort, period } = parsed.data as { metric: CohortMetric; cohort: CohortKey; period: PeriodUnit };
  const statistic = parsed.data.statistic ?? (typeof metric === "string" ? (DEFAULT_STATISTIC[metric] ?? "mean") : "mean");
  const { metric: _m, cohort: _c, period: _p, statistic: _s, ...metricsOptions } = options;
  const names = {
    metric: typeof metric === "string" ? metric : "custom",
    cohort: typeof cohort === "string" ? cohort : typeof cohort === "function" ? "custom" : `attribute:${cohort.attribute}`,
    period,
  };
  const reducer: MetricReducer<CohortTrendState, CohortTrendResult> = {
    init: () => ({ points: [] }),
    add(state, facts, resolved) {
      if (typeof metric === "function") throw new CarelensError("a custom metric needs the conversation: use add(conversation), not addFacts");
      const at = facts.opener?.at ?? facts.firstTimedAt;
      if (at === null) return;
      const values = valuesOf(metric, facts);
      if (values.length > 0) state.points.push({ cohort: cohortOf(cohort, facts, resolved), customer: facts.customerId, at, values });
    },
    merge(into, from) {
      for (const point of from.points) into.points.push(point);
    },
    result(state, resolved) {
      return summarise(cells(state.points, cohort, period, resolved.timeZone), statistic, resolved, names);
    },
  };
  const accumulator = createAccumulator(reducer, metricsOptions, state);
  if (typeof metric === "function" || typeof cohort === "function") {
    // Custom functions see the conversation itself, so facts alone are not enough.
    accumulator.add = function (conversation) {
      const facts = conversationFacts(conversation, this.options);
      const at = facts.opener?.at ?? facts.firstTimedAt;
      if (at === null) return this;
      const values = typeof metric === "function" ? customValues(metric(conversation, facts)) : valuesOf(metric, facts);
      const name = typeof cohort === "function" ? (cohort(conversation, facts) ?? "(none)") : cohortOf(cohort, facts, this.options);
      if (values.length > 0) this.state.points.push({ cohort: name, customer: facts.customerId, at, values });
      return this;
    };
  }
  return accumulator;
}

function cells(points: readonly CohortPoint[], cohort: CohortKey, period: PeriodUnit, timeZone: string): Map<string, Map<string, Cell>> {
  const firstContact = new Map<string, number>();
  if (cohort === "first-contact-week" || cohort === "first-contact-month") {
    for (const p of points) firstContact.set(p.customer, Math.min(firstContact.get(p.customer) ?? Infinity, p.at));
  }
  const result = new Map<string, Map<string, Cell>>();
  for (const p of points) {
    const name = p.cohort ?? calendarPeriod(firstContact.get(p.customer)!, cohort === "first-contact-week" ? "week" : "month", timeZone).key;
    const bucket = calendarPeriod(p.at, period, timeZone);
    const cell = groupOf(groupOf(result, name, () => new Map<string, Cell>()), String(bucket.index), () => ({ key: bucket.key, start: bucket.start, values: [] }));
    for (const value of p.values) cell.values.push(value);
  }
  return result;
}

interface Cell {
  key: string;
  start: string;
  values: number[];
}

function customValues(value: number | readonly number[] | null | undefined): number[] {
  if (value === null || value === undefined) return [];
  return (typeof value === "number" ? [value] : [...value]).filter((v) => Number.isFinite(v));
}

function valuesOf(metric: Exclude<CohortMetric, Function>, facts: ConversationFacts): number[] {
  const one = (value: number | null | undefined) => (typeof value === "number" && Number.isFinite(value) ? [value] : []);
  switch (metric) {
    case "contacts":
      return facts.isContact ? [1] : [];
    case "response-rate":
      return facts.isContact ? [facts.responded ? 1 : 0] : [];
    case "first-response-time":
      return facts.isContact ? one(facts.firstReplySeconds) : [];
    case "first-response-business-time":
      return facts.isContact ? one(facts.firstReplyBusinessSeconds) : [];
    case "reply-time":
      return facts.turns.flatMap((turn) => one(turn.replySeconds));
    case "handle-time":
      return facts.replies.length === 0 ? [] : [facts.replies.reduce((sum, reply) => sum + reply.handleSeconds, 0)];
    case "messages-before-first-reply":
      return facts.isContact && facts.firstReplyAgent !== null ? [facts.customerMessagesBeforeFirstReply] : [];
  }
}

function cohortOf(cohort: CohortKey, facts: ConversationFacts, options: ResolvedMetricsOptions): string | undefined {
  if (cohort === "first-contact-week" || cohort === "first-contact-month") return undefined;
  if (cohort === "all") return "all";
  if (cohort === "channel") return facts.channel;
  if (cohort === "brand") return facts.brand;
  if (cohort === "agent") return facts.firstReplyAgent ?? "(no reply)";
  if (cohort === "team") return facts.firstReplyAgent === null ? "(no reply)" : (options.teamOf?.(facts.firstReplyAgent) ?? facts.brand);
  if (typeof cohort === "function") throw new CarelensError("a custom cohort needs the conversation: use add(conversation), not addFacts");
  const value = Object.hasOwn(facts.attributes, cohort.attribute) ? facts.attributes[cohort.attribute] : undefined;
  return value === undefined || value === null || value === "" ? "(none)" : String(value);
}

function statisticOf(values: number[], statistic: CohortStatistic): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  if (statistic === "count") return sorted.length;
  if (statistic === "median") return quantile(sorted, 0.5);
  if (statistic === "p90") return quantile(sorted, 0.9);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return statistic === "sum" ? sum : sum / sorted.length;
}

function summarise(
  cells: Map<string, Map<string, Cell>>,
  statistic: CohortStatistic,
  options: ResolvedMetricsOptions,
  names: { metric: string; cohort: string; period: PeriodUnit },
): CohortTrendResult {
  const rows: CohortPeriodRow[] = [];
  const trends: CohortTrendRow[] = [];
  for (const cohort of sortedKeys(cells)) {
    const periods = cells.get(cohort)!;
    const indexes = [...periods.keys()].map(Number).sort((a, b) => a - b);
    const values = new Map(indexes.map((index) => [index, statisticOf(periods.get(String(index))!.values, statistic)]));
    for (const index of indexes) {
      const cell = periods.get(String(index))!;
      const value = values.get(index);
      const previous = values.get(index - 1);
      const change = value === undefined || previous === undefined ? undefined : value - previous;
      rows.push({ cohort, period: cell.key, periodStart: cell.start, periodIndex: index, n: cell.values.length, value, change, relativeChange: change === undefined || previous === 0 ? undefined : change / previous! });
    }
    const trend = linearTrend(indexes.map((index) => [index - indexes[0]!, values.get(index)!] as const), { level: options.level });
    trends.push({ cohort, periods: indexes.length, slope: trend.slope, low: trend.low, high: trend.high, pValue: trend.pValue, standardError: trend.standardError });
  }
  return {
    rows,
    trends,
    definition:
      `Cohort trend: the ${statistic} of ${names.metric} per ${names.cohort} cohort and ${names.period} (calendar periods in ${options.timeZone}, ` +
      "a conversation dated by its first customer message); change = value minus the previous period's; slope = OLS of the period values " +
      `on the period number, with a ${Math.round(options.level * 100)}% t interval (as R's lm and confint).`,
    options: { ...names, statistic, timeZone: options.timeZone, level: options.level },
  };
}

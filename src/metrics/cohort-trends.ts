import { z } from "zod";
import { CarelensError } from "../errors.js";
import type { Conversation } from "../model/conversation.js";
import type { PeriodUnit } from "./calendar-period.js";
import { cells, summarise } from "./cohort-periods.js";
import type { CohortKey, CohortMetric, CohortStatistic, CohortTrendOptions, CohortTrendResult, CohortTrendState } from "./cohort-types.js";
import { cohortOf, customValues, valuesOf } from "./cohort-values.js";
import { conversationFacts } from "./conversation-facts.js";
import { createAccumulator, type MetricAccumulator, type MetricReducer } from "./metric-accumulator.js";

export type * from "./cohort-types.js";

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


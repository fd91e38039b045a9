import type { Conversation } from "../model/conversation.js";
import type { PeriodUnit } from "./calendar-period.js";
import type { ConversationFacts } from "./conversation-facts.js";
import type { MetricsOptions } from "./metrics-options.js";

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


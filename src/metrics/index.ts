export { BusinessScheduleSchema, compileSchedule, type BusinessSchedule, type BusinessScheduleInput, type CompiledSchedule } from "./business-hours/business-schedule.js";
export { businessSeconds } from "./business-hours/business-seconds.js";
export { isBusinessTime } from "./business-hours/is-business-time.js";
export { zonedParts, type ZonedParts } from "./business-hours/zoned-parts.js";
export { calendarPeriod, type CalendarPeriod, type PeriodUnit } from "./calendar-period.js";
export { conversationFacts, type ConversationFacts, type ReplyFacts, type TurnFacts } from "./conversation-facts.js";
export { createAccumulator, type MetricAccumulator, type MetricReducer } from "./metric-accumulator.js";
export { resolveMetricsOptions, type ClockStart, type MetricsOptions, type ResolvedMetricsOptions, type Tone } from "./metrics-options.js";
export { metricsManifest, type MetricsManifest } from "./metrics-manifest.js";
export { durationStats, type DurationStats } from "./duration-stats.js";
export { HandleTimeModelSchema, countWords, type HandleTimeModel, type HandleTimeModelInput } from "./handle-time-model.js";
export { CostModelSchema, type CostModel, type CostModelInput } from "./cost-model.js";
export { CARE_COST_BENCHMARKS, type CareCostBenchmark } from "./care-cost-benchmarks.js";
export { credibilityShrinkage, type CredibilityShrinkage, type ShrunkMean } from "./credibility-shrinkage.js";
export { responseRate, responseRateAccumulator, responseRateReducer, type ResponseRateResult, type ResponseRateState, type UnansweredContact } from "./response-rate.js";
export {
  firstResponseTime,
  firstResponseTimeAccumulator,
  firstResponseTimeReducer,
  type FirstResponseTimeResult,
  type FirstResponseTimeState,
  type ResponseTimeStats,
} from "./first-response-time.js";
export { replyTimes, replyTimesAccumulator, replyTimesReducer, type ReplyTimesResult, type ReplyTimesState } from "./reply-times.js";
export { handleTime, handleTimeAccumulator, handleTimeReducer, type HandleTimeResult, type HandleTimeState, type AgentHandleTime } from "./handle-time.js";
export { costPerContact, costPerContactAccumulator, costPerContactReducer, type CostPerContactResult, type CostPerContactState, type CostRow } from "./cost-per-contact.js";
export { coverage, coverageAccumulator, coverageReducer, type CoverageCell, type CoverageResult, type CoverageState } from "./coverage.js";
export { agentMetrics, agentMetricsAccumulator, agentMetricsReducer, type AgentMetricsResult, type AgentMetricsState, type AgentRow } from "./agent-metrics.js";
export {
  cohortTrends,
  cohortTrendsAccumulator,
  type CohortKey,
  type CohortMetric,
  type CohortPeriodRow,
  type CohortStatistic,
  type CohortTrendOptions,
  type CohortTrendResult,
  type CohortTrendRow,
  type CohortTrendState,
} from "./cohort-trends.js";
export {
  metricsSummary,
  metricsSummaryAccumulator,
  type HeadlineMetrics,
  type MetricsSummary,
  type MetricsSummaryOptions,
  type MetricsSummaryState,
  type SummaryGroupBy,
} from "./metrics-summary.js";
export { summaryRows, type SummaryRow } from "./summary-rows.js";
export { metricsTable } from "./metrics-table.js";
export { metricsCsv } from "./metrics-csv.js";
export { flattenRow } from "./flatten-row.js";

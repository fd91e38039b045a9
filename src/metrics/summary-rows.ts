import type { HeadlineMetrics, MetricsSummary } from "./metrics-summary.js";

/** One flat row of headline figures. */
export type SummaryRow = {
  group: string;
  contacts: number;
  responded: number;
  responseRate: number | undefined;
  turnResponseRate: number | undefined;
  frtN: number;
  frtMedianSeconds: number | undefined;
  frtP90Seconds: number | undefined;
  frtMeanSeconds: number | undefined;
  [sla: `frtWithin${number}s`]: number | undefined;
  frtBusinessMedianSeconds: number | undefined;
  frtBusinessP90Seconds: number | undefined;
  replyMedianSeconds: number | undefined;
  replyP90Seconds: number | undefined;
  messagesBeforeFirstReplyMean: number | undefined;
  handleSecondsPerReply: number | undefined;
  handleSource: string;
};

/**
 * The summary as flat rows, for CSV and tables: the whole data first (`group: "all"`), then each group.
 *
 * @example
 * toCsv(summaryRows(metricsSummary(conversations, { by: "brand" })));
 * metricsTable(summaryRows(summary)).orderby("frtMedianSeconds");
 */
export function summaryRows(summary: MetricsSummary): SummaryRow[] {
  return [row("all", summary), ...(summary.groups ?? []).map((group) => row(group.key, group))];
}

function row(group: string, m: HeadlineMetrics): SummaryRow {
  const result: SummaryRow = {
    group,
    contacts: m.contacts,
    responded: m.responded,
    responseRate: m.responseRate,
    turnResponseRate: m.turnResponseRate,
    frtN: m.firstResponseTime.n,
    frtMedianSeconds: m.firstResponseTime.medianSeconds,
    frtP90Seconds: m.firstResponseTime.p90Seconds,
    frtMeanSeconds: m.firstResponseTime.meanSeconds,
    frtBusinessMedianSeconds: m.firstResponseTime.business?.medianSeconds,
    frtBusinessP90Seconds: m.firstResponseTime.business?.p90Seconds,
    replyMedianSeconds: m.replyTime.medianSeconds,
    replyP90Seconds: m.replyTime.p90Seconds,
    messagesBeforeFirstReplyMean: m.messagesBeforeFirstReply.mean,
    handleSecondsPerReply: m.handleTime.replies.meanSeconds,
    handleSource: m.handleTime.source,
  };
  for (const target of m.firstResponseTime.withinTarget) result[`frtWithin${target.targetSeconds}s`] = target.share;
  return result;
}

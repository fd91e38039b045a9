import type { LoadReport } from "../io/load-report.js";
import type { DurationStats } from "../metrics/duration-stats.js";
import type { HeadlineMetrics, MetricsSummary } from "../metrics/metrics-summary.js";
import { formatDuration } from "./duration-flag.js";

const percent = (share: number | undefined) => (share === undefined ? "n/a" : `${(share * 100).toFixed(1)}%`);
const seconds = (value: number | undefined) => (value === undefined ? "n/a" : `${+value.toFixed(1)} s (${formatDuration(value)})`);

/**
 * The metrics summary in words: the headline figures, the groups, the oldest unanswered contacts, and the
 * manifest of definitions they rest on.
 */
export function describeSummary(file: string, report: LoadReport, summary: MetricsSummary): string {
  const lines = [`${file} (${report.format}): ${report.conversations} conversations, ${report.messages} messages, ${report.rejected} rejected`, ""];
  lines.push(...headline(summary, ""));
  if (summary.cost) {
    const c = summary.cost;
    lines.push(`  cost per contact         ${money(c.perContact, c.model.currency)} (per resolved contact ${money(c.perResolvedContact, c.model.currency)})`);
  }
  if (summary.groups) {
    lines.push("", `by ${summary.by}:`);
    for (const group of summary.groups) lines.push(`  ${group.key}: ${group.contacts} contacts, response rate ${percent(group.responseRate)}, FRT median ${seconds(group.firstResponseTime.medianSeconds)}, p90 ${seconds(group.firstResponseTime.p90Seconds)} (n = ${group.firstResponseTime.n})`);
  }
  if (summary.unanswered.count > 0) {
    lines.push("", `unanswered contacts, oldest first (${summary.unanswered.count}):`);
    for (const contact of summary.unanswered.oldest.slice(0, 10)) {
      lines.push(`  ${contact.sentAt ?? "(time unknown)"}  ${contact.brand}  conversation ${contact.conversationId}: ${JSON.stringify(contact.text.slice(0, 80))}`);
    }
  }
  const m = summary.manifest;
  lines.push(
    "",
    "definitions:",
    `  contact: ${m.contact}`,
    `  clock start: ${m.clockStart}`,
    `  window: ${m.window}`,
    `  business hours: ${m.businessHours ? JSON.stringify(m.businessHours) : "none (calendar time only)"}`,
    `  time zone: ${m.timeZone}`,
    `  bots: ${m.botRule}`,
    `  agents: ${m.agentRule}`,
    `  missing data: ${m.missingData}`,
    `  quantiles: ${m.quantileMethod}`,
    `  SLA targets: ${m.slaTargetsSeconds.map((t) => formatDuration(t)).join(", ")}`,
    `  handle time: ${m.handleTimeModel.rule} (${m.handleTimeModel.readingWordsPerMinute} wpm reading, ${m.handleTimeModel.writingWordsPerMinute} wpm writing, ${m.handleTimeModel.overheadSeconds} s overhead)`,
  );
  return `${lines.join("\n")}\n`;
}

function headline(m: HeadlineMetrics, indent: string): string[] {
  const frt = m.firstResponseTime;
  const lines = [
    `${indent}  contacts                 ${m.contacts}`,
    `${indent}  response rate            ${percent(m.responseRate)} (${m.responded} of ${m.contacts}); per customer turn ${percent(m.turnResponseRate)} of ${m.turns}`,
    `${indent}  first response time      median ${seconds(frt.medianSeconds)}, p90 ${seconds(frt.p90Seconds)}, mean ${seconds(frt.meanSeconds)} (n = ${frt.n}, ${frt.unknownTime} with unknown time)`,
    `${indent}  within SLA               ${sla(frt)}`,
  ];
  const byTone = (m as { responseRateByTone?: { tone: string; contacts: number; rate: number | null; turns: number; turnRate: number | null }[] }).responseRateByTone;
  if (byTone) {
    const parts = byTone.map((t) => `${t.tone} ${percent(t.rate ?? undefined)} of ${t.contacts} contacts (turns ${percent(t.turnRate ?? undefined)} of ${t.turns})`);
    lines.push(`${indent}  by customer tone         ${parts.join("; ")}`);
  }
  if (frt.business) {
    lines.push(`${indent}  FRT in business hours    median ${seconds(frt.business.medianSeconds)}, p90 ${seconds(frt.business.p90Seconds)}; within SLA ${sla(frt.business)}`);
  }
  lines.push(
    `${indent}  reply time (every turn)  median ${seconds(m.replyTime.medianSeconds)}, p90 ${seconds(m.replyTime.p90Seconds)} (n = ${m.replyTime.n})`,
    `${indent}  wrote 2+ times before the first reply: ${percent(m.messagesBeforeFirstReply.twoOrMoreShare)} of ${m.messagesBeforeFirstReply.contacts} answered contacts`,
    `${indent}  handle time per reply    mean ${seconds(m.handleTime.replies.meanSeconds)} (${m.handleTime.source}, ${m.handleTime.replies.n} replies)`,
  );
  return lines;
}

function sla(stats: DurationStats): string {
  return stats.withinTarget.map((t) => `${percent(t.share)} within ${formatDuration(t.targetSeconds)}`).join(", ");
}

function money(value: number | undefined, currency: string): string {
  return value === undefined ? "n/a" : `${value.toFixed(2)} ${currency}`;
}

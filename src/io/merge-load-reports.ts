import type { LoadReport } from "./load-report.js";
import type { IssueCode, IssueSeverity } from "./issues.js";

/**
 * Combines the load reports of the parts of one file (read by worker threads or partitions) into the
 * report of the whole: counts added, agents and brands united, issues concatenated in part order with
 * record numbers shifted by each part's `recordOffset` (the records of the parts before it), at most
 * `maxIssues` kept (counts stay exact).
 *
 * @example
 * const report = mergeLoadReports([{ report: first }, { report: second, recordOffset: first.records }]);
 */
export function mergeLoadReports(parts: { report: LoadReport; recordOffset?: number }[], maxIssues = 10_000): LoadReport {
  const format = parts[0]?.report.format ?? "";
  const merged: LoadReport = {
    format,
    records: 0,
    items: 0,
    conversations: 0,
    messages: 0,
    rejected: 0,
    messagesByRole: { customer: 0, agent: 0, bot: 0, system: 0 },
    agents: [],
    brands: [],
    firstMessageAt: null,
    lastMessageAt: null,
    issues: [],
    issuesByCode: {},
    issuesBySeverity: { error: 0, warning: 0, info: 0 },
    issuesOmitted: 0,
  };
  const agents = new Set<string>();
  const brands = new Set<string>();
  for (const { report, recordOffset = 0 } of parts) {
    merged.records += report.records;
    merged.items += report.items;
    merged.conversations += report.conversations;
    merged.messages += report.messages;
    merged.rejected += report.rejected;
    for (const role of Object.keys(merged.messagesByRole) as (keyof LoadReport["messagesByRole"])[]) merged.messagesByRole[role] += report.messagesByRole[role];
    for (const agent of report.agents) agents.add(agent);
    for (const brand of report.brands) brands.add(brand);
    merged.firstMessageAt = extreme(merged.firstMessageAt, report.firstMessageAt, -1);
    merged.lastMessageAt = extreme(merged.lastMessageAt, report.lastMessageAt, 1);
    for (const issue of report.issues) {
      if (merged.issues.length < maxIssues) merged.issues.push(issue.record === undefined ? issue : { ...issue, record: issue.record + recordOffset });
      else merged.issuesOmitted++;
    }
    merged.issuesOmitted += report.issuesOmitted;
    for (const [code, n] of Object.entries(report.issuesByCode)) merged.issuesByCode[code as IssueCode] = (merged.issuesByCode[code as IssueCode] ?? 0) + n!;
    for (const [severity, n] of Object.entries(report.issuesBySeverity)) merged.issuesBySeverity[severity as IssueSeverity] += n;
  }
  merged.agents = [...agents].sort();
  merged.brands = [...brands].sort();
  return merged;
}

/** The earlier (`sign` -1) or later (`sign` 1) of two optional times. */
function extreme(a: Date | null, b: Date | null, sign: -1 | 1): Date | null {
  if (a === null) return b;
  if (b === null) return a;
  return (b.getTime() - a.getTime()) * sign > 0 ? b : a;
}

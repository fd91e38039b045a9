import { z } from "zod";
import { comparePilot } from "../../compare/compare-pilot.js";
import { CarelensError } from "../../errors.js";
import type { LoadReport } from "../../io/load-report.js";
import { agentMetrics } from "../../metrics/agent-metrics.js";
import { conversationFacts } from "../../metrics/conversation-facts.js";
import { coverage } from "../../metrics/coverage.js";
import { metricsSummary } from "../../metrics/metrics-summary.js";
import { resolveMetricsOptions } from "../../metrics/metrics-options.js";
import type { Conversation } from "../../model/conversation.js";
import { createScorer, type Scorer } from "../../scoring/create-scorer.js";
import { ScoreSummary } from "../../scoring/score-summary.js";
import { mineTemplates } from "../../scoring/template-miner.js";
import { messageTone } from "../../text/tone.js";
import { AgentScorecards } from "./agent-scorecards.js";
import { ExampleCollector } from "./examples.js";
import { frtBins } from "./frt-bins.js";
import type { ReportData } from "./report-data.js";
import { Timeline, timelineUnit } from "./timeline.js";

/** What a report covers and how it is labelled. */
export interface BuildReportOptions {
  title?: string;
  /** The export's file name and format, shown in the header. */
  file?: string;
  format?: string;
  /** The load report, whose issues the report lists. */
  load?: LoadReport;
  /** Pilot agents ("Brand/ID" or a bare ID): adds pilot vs control (comparePilot). */
  pilot?: string[];
  /** IANA time zone for the timeline and the hour × weekday coverage (default UTC). */
  timeZone?: string;
  /** A scorer to use (default: every built-in rubric, templates mined from these conversations). */
  scorer?: Scorer;
  /** Example conversations per drill-down list (default 3). */
  examplesPerLabel?: number;
  /** Load issues listed in full (default 200; the counts stay exact). */
  maxIssues?: number;
  /** The time the report says it was made (default now); fixed in tests. */
  generatedAt?: Date;
}

const OptionsSchema = z.object({
  title: z.string().optional(),
  pilot: z.array(z.string().min(1)).min(1).optional(),
  timeZone: z.string().optional(),
  examplesPerLabel: z.number().int().min(0).max(100).optional(),
  maxIssues: z.number().int().min(0).optional(),
});

/**
 * Everything the HTML report shows, computed in one pass over the conversations after mining templates:
 * headline metrics with their definitions, the FRT histogram, the timeline, coverage by hour × weekday,
 * agent scorecards with intervals, the template leaderboard, pilot vs control, drill-down examples with
 * evidence, and the load issues. Plain JSON-ready data: render it with {@link reportHtml}.
 *
 * @example
 * const { conversations, report } = await loadExport("../shared/data/ibm-twitter-cdp/test.json", { format: "ibm-cdp" });
 * const data = buildReport(conversations, { load: report, pilot: ["AppleSupport/AB"] });
 * data.metrics.contacts; // => 500
 */
export function buildReport(conversations: readonly Conversation[], options: BuildReportOptions = {}): ReportData {
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) throw new CarelensError(`buildReport: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const timeZone = options.timeZone ?? "UTC";
  const metricOptions = resolveMetricsOptions({ timeZone, toneOf: (message) => messageTone(message.text).tone });
  const scorer = options.scorer ?? createScorer({ templates: mineTemplates(conversations) });
  const { by: _by, groups: _groups, ...metrics } = metricsSummary(conversations, { timeZone, toneOf: metricOptions.toneOf });

  const firstTimes: number[] = [];
  for (const c of conversations) {
    const t = c.messages.find((m) => m.sentAt !== null)?.sentAt?.getTime();
    if (t !== undefined) firstTimes.push(t);
  }
  const timeline = new Timeline(timelineUnit(firstTimes, timeZone), timeZone);
  const cards = new AgentScorecards();
  const examples = new ExampleCollector(options.examplesPerLabel ?? 3);
  const summary = new ScoreSummary();
  const firstResponses: (number | null)[] = [];
  for (const conversation of conversations) {
    const facts = conversationFacts(conversation, metricOptions);
    const score = scorer.score(conversation);
    if (facts.isContact) firstResponses.push(facts.firstReplySeconds);
    timeline.add(facts, score);
    cards.add(score);
    examples.add(conversation, score);
    summary.add(score);
  }

  const scores = summary.result();
  const library = scorer.templates;
  const load = options.load;
  return {
    version: 1,
    title: options.title ?? `Customer care report${options.file ? `: ${options.file}` : ""}`,
    source: { file: options.file, format: options.format ?? load?.format, generatedAt: (options.generatedAt ?? new Date()).toISOString(), timeZone },
    load: load && {
      conversations: load.conversations,
      messages: load.messages,
      rejected: load.rejected,
      issuesByCode: { ...load.issuesByCode } as Record<string, number>,
      issuesBySeverity: { ...load.issuesBySeverity },
      issuesOmitted: load.issuesOmitted + Math.max(0, load.issues.length - (options.maxIssues ?? 200)),
      issues: load.issues.slice(0, options.maxIssues ?? 200),
    },
    metrics,
    frtBins: frtBins(firstResponses),
    timeline: { unit: timeline.unit, periods: timeline.result() },
    coverage: coverage(conversations, metricOptions).cells,
    scores: {
      conversations: scores.conversations,
      agentMessages: scores.agentMessages,
      meanTotal: scores.meanTotal,
      criticalFailures: scores.criticalFailures,
      labels: scores.labels,
      rubrics: scorer.rubrics.map((r) => ({ id: r.id, level: r.level, description: r.description })),
    },
    agents: cards.result(agentMetrics(conversations, metricOptions).agents),
    templates: {
      total: library.templates.length,
      replies: library.replies,
      top: [...library.templates]
        .sort((a, b) => b.conversations - a.conversations || a.id - b.id)
        .slice(0, 15)
        .map(({ agents, ...t }) => ({ ...t, agents: agents.length })),
    },
    pilot: options.pilot ? { ...comparePilot(conversations, { pilot: options.pilot, scorer, metrics: { timeZone } }), pilotAgents: options.pilot } : undefined,
    examples: examples.result(new Map(scorer.rubrics.map((r) => [r.id, r.description]))),
  };
}

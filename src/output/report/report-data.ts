import type { PilotComparison } from "../../compare/compare-pilot.js";
import type { LoadIssue } from "../../io/issues.js";
import type { CoverageCell } from "../../metrics/coverage.js";
import type { MetricsSummary } from "../../metrics/metrics-summary.js";
import type { Template } from "../../scoring/template-library.js";

/** One bar of the first-response-time histogram: contacts whose FRT fell in [fromSeconds, toSeconds). */
export interface FrtBin {
  bin: string;
  order: number;
  fromSeconds: number;
  toSeconds: number | null;
  contacts: number;
}

/** One period (day, week or month, by the first message of each conversation). */
export interface TimelinePeriod {
  period: string;
  start: string;
  contacts: number;
  responseRate: number | undefined;
  /** Conversations scored in the period. */
  scored: number;
  /** Mean scorecard total (0-100) of the period's scored conversations. */
  meanTotal: number | undefined;
  /** Mean rolled-up score (0-1) per rubric id. */
  rubrics: Record<string, number | undefined>;
}

/** A mean with its 95% t interval (undefined bounds below two values). */
export interface Interval {
  n: number;
  mean: number | undefined;
  low: number | undefined;
  high: number | undefined;
}

/** One agent's scorecard. */
export interface AgentScorecard {
  agent: string;
  brand: string;
  conversations: number;
  replies: number;
  firstResponseSeconds: Interval & { median: number | undefined };
  /** Scorecard total (0-100) of the conversations the agent replied in. */
  total: Interval;
  /** Mean score (0-1) of each message-level rubric over the agent's replies. */
  rubrics: Record<string, number | undefined>;
}

/** A piece of evidence on one message, to highlight. */
export interface ExampleEvidence {
  rubric: string;
  label: string;
  start: number;
  end: number;
  reason: string;
}

/** A conversation shown in full in a drill-down list. */
export interface ExampleConversation {
  conversationId: string;
  brand: string;
  total: number | null;
  labels: Record<string, string>;
  messages: { id: string; role: string; author: string; sentAt: string | null; text: string; evidence: ExampleEvidence[] }[];
}

/** A drill-down list: examples of one rubric label (or the lowest scorecard totals). */
export interface ExampleGroup {
  title: string;
  description: string;
  /** How many items got this label in the whole export. */
  count: number;
  conversations: ExampleConversation[];
}

/** Everything the HTML report shows, as plain JSON-ready data (`carelens report --out report.json`). */
export interface ReportData {
  version: 1;
  title: string;
  source: { file: string | undefined; format: string | undefined; generatedAt: string; timeZone: string };
  load: {
    conversations: number;
    messages: number;
    rejected: number;
    issuesByCode: Record<string, number>;
    issuesBySeverity: Record<string, number>;
    issuesOmitted: number;
    issues: LoadIssue[];
  } | undefined;
  metrics: Omit<MetricsSummary, "groups" | "by">;
  frtBins: FrtBin[];
  timeline: { unit: "day" | "week" | "month"; periods: TimelinePeriod[] };
  coverage: CoverageCell[];
  scores: { conversations: number; agentMessages: number; meanTotal: number | undefined; criticalFailures: number; labels: Record<string, Record<string, number>>; rubrics: { id: string; level: string; description: string }[] };
  agents: AgentScorecard[];
  templates: { total: number; replies: number; top: (Omit<Template, "agents"> & { agents: number })[] };
  pilot: (PilotComparison & { pilotAgents: string[] }) | undefined;
  examples: ExampleGroup[];
}

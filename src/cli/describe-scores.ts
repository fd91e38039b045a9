import type { ScoreSummary } from "../scoring/score-summary.js";
import type { TemplateLibrary } from "../scoring/template-library.js";

/**
 * A score summary in words: conversations and replies scored, the scorecard, customer tone, the label
 * counts of every rubric and the templates found.
 *
 * @example
 * process.stdout.write(describeScores("test.json", summary.result(), scorer.templates, report.rejected));
 */
export function describeScores(file: string, s: ReturnType<ScoreSummary["result"]>, templates: TemplateLibrary, rejected: number): string {
  const lines = [
    `${file}: ${s.conversations} conversations, ${s.agentMessages} agent replies scored${rejected ? ` (${rejected} input rows rejected, see carelens inspect)` : ""}`,
    `  scorecard: mean total ${s.meanTotal ?? "n/a"} / 100 over ${s.totalCount} conversations with a total, ${s.criticalFailures} critical failures`,
    `  customer tone: ${Object.entries(s.tones).map(([t, n]) => `${t} ${n}`).join(", ")}`,
    "  rubrics:",
    ...Object.entries(s.labels).map(([id, labels]) => `    ${id.padEnd(24)} ${Object.entries(labels).sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(", ")}`),
    `  templates: ${templates.templates.length} found in ${templates.replies} replies${templates.templates[0] ? `; most used (${templates.templates[0].conversations} conversations): "${templates.templates[0].text.slice(0, 90)}"` : ""}`,
  ];
  return `${lines.join("\n")}\n`;
}

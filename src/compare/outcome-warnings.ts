import type { OutcomeByAgent } from "./agent-means.js";
import type { Group } from "./comparison-row.js";

export interface WarningSettings {
  minAgents: number;
  minConversations: number;
}

/**
 * Plain-language warnings about one outcome's comparison: too few agents or conversations in a group, no
 * variance, mostly missing, agents left out of the difference-in-differences.
 * @example
 * outcomeWarnings(agentMeans(rows)[0], { minAgents: 3, minConversations: 30 });
 * // => ['Only 2 pilot agents have "csat": with fewer than 3 agents in a group, ...']
 */
export function outcomeWarnings(data: OutcomeByAgent, settings: WarningSettings): string[] {
  const warnings: string[] = [];
  const name = JSON.stringify(data.outcome);
  const withPost = data.agents.filter((a) => a.post.n > 0);
  for (const group of ["pilot", "control"] as Group[]) {
    const agents = withPost.filter((a) => a.group === group);
    const conversations = agents.reduce((s, a) => s + a.post.n, 0);
    if (agents.length < settings.minAgents) {
      warnings.push(
        `Only ${agents.length} ${group} agent${agents.length === 1 ? "" : "s"} ${agents.length === 1 ? "has" : "have"} ${name}: with fewer than ${settings.minAgents} agents in a group, a difference may come from who the agents are rather than from the pilot, and no test can show otherwise.`,
      );
    }
    if (conversations < settings.minConversations) {
      warnings.push(`Only ${conversations} ${group} conversation${conversations === 1 ? "" : "s"} ${conversations === 1 ? "has" : "have"} ${name} (fewer than ${settings.minConversations}): the agents' averages rest on very few conversations.`);
    }
  }
  const means = withPost.map((a) => a.post.sum / a.post.n);
  if (means.length > 0 && means.every((m) => m === means[0])) {
    warnings.push(`${name} has the same value (${means[0]}) for every agent: there is no variance, so nothing to test.`);
  }
  const total = data.conversations.pilot + data.conversations.control;
  const missing = data.missing.pilot + data.missing.control;
  if (total > 0 && missing / total > 0.5) {
    warnings.push(`${name} is missing for most conversations (${missing} of ${total}, ${Math.round((100 * missing) / total)}%): the comparison uses only those where it was measured, which may not be typical.`);
  }
  return warnings;
}

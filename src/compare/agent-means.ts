import type { ComparisonRow, Group } from "./comparison-row.js";

/** Running sum and count. */
export interface Tally {
  sum: number;
  n: number;
}

/** One agent's values of one outcome. */
export interface AgentValues {
  agentId: string;
  group: Group;
  post: Tally;
  pre: Tally;
}

/** One outcome, aggregated by agent. */
export interface OutcomeByAgent {
  outcome: string;
  /** Agents with at least one value in either period, sorted by id. */
  agents: AgentValues[];
  /** Post-period conversations per group, and how many of them lack the outcome. */
  conversations: Record<Group, number>;
  missing: Record<Group, number>;
}

/**
 * Aggregates conversation rows to agent sums per outcome and period (the agent is the unit of analysis).
 * Non-finite values count as missing. Rows are summed in (agent, conversation) order and outcomes returned
 * sorted by name, agents by id, so the result does not depend on the order of the rows, to the last bit.
 * @example
 * agentMeans([{ conversationId: "1", agentId: "a", group: "pilot", outcomes: { csat: 4 } }])[0].agents[0].post; // => { sum: 4, n: 1 }
 */
export function agentMeans(input: readonly ComparisonRow[]): OutcomeByAgent[] {
  const rows = [...input].sort((a, b) => compareText(a.agentId, b.agentId) || compareText(String(a.conversationId), String(b.conversationId)) || compareText(a.period ?? "post", b.period ?? "post"));
  const byOutcome = new Map<string, Map<string, AgentValues>>();
  const conversations: Record<Group, number> = { pilot: 0, control: 0 };
  const present = new Map<string, Record<Group, number>>();
  for (const row of rows) {
    const post = row.period !== "pre";
    if (post) conversations[row.group]++;
    for (const outcome of Object.keys(row.outcomes)) {
      let agents = byOutcome.get(outcome);
      if (!agents) byOutcome.set(outcome, (agents = new Map()));
      if (!present.has(outcome)) present.set(outcome, { pilot: 0, control: 0 });
      const value = row.outcomes[outcome];
      if (typeof value !== "number" || !Number.isFinite(value)) continue;
      let agent = agents.get(row.agentId);
      if (!agent) agents.set(row.agentId, (agent = { agentId: row.agentId, group: row.group, post: { sum: 0, n: 0 }, pre: { sum: 0, n: 0 } }));
      const tally = post ? agent.post : agent.pre;
      tally.sum += value;
      tally.n++;
      if (post) present.get(outcome)![row.group]++;
    }
  }
  return [...byOutcome.keys()].sort(compareText).map((outcome) => {
    const seen = present.get(outcome)!;
    return {
      outcome,
      agents: [...byOutcome.get(outcome)!.values()].sort((a, b) => compareText(a.agentId, b.agentId)),
      conversations: { ...conversations },
      missing: { pilot: conversations.pilot - seen.pilot, control: conversations.control - seen.control },
    };
  });
}

/** Code-unit order (locale-independent). * @example
 * ["b", "B", "a"].sort(compareText); // => ["B", "a", "b"]
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import type { AgentRow } from "../../metrics/agent-metrics.js";
import type { ConversationScore } from "../../scoring/conversation-score.js";
import { meanInterval } from "../../stats/mean-interval.js";
import type { AgentScorecard } from "./report-data.js";

interface AgentScores {
  totals: number[];
  rubrics: Map<string, number[]>;
}

/**
 * Per-agent scorecards: the agent metrics (FRT with its interval) joined with the scorecard totals of the
 * conversations each agent replied in and the mean message-level rubric scores of the agent's replies.
 * Unsigned buckets ("Brand/(unsigned)") are not people and are left out.
 *
 * @example
 * const cards = new AgentScorecards();
 * for (const score of scores) cards.add(score);
 * cards.result(agentMetrics(conversations).agents)[0].total; // => { n: 23, mean: 64.1, low: 55.8, high: 72.4 }
 */
export class AgentScorecards {
  private readonly agents = new Map<string, AgentScores>();

  add(score: ConversationScore): void {
    for (const agent of score.agents) this.of(agent).totals.push(...(score.scorecard.total === null ? [] : [score.scorecard.total]));
    for (const message of score.messages) {
      if (message.role !== "agent" || message.agent === undefined) continue;
      const scores = this.of(message.agent);
      for (const [id, result] of Object.entries(message.rubrics)) {
        if (result.score === null) continue;
        const list = scores.rubrics.get(id);
        if (list) list.push(result.score);
        else scores.rubrics.set(id, [result.score]);
      }
    }
  }

  /** The scorecards of the signed agents, most conversations first. */
  result(rows: readonly AgentRow[]): AgentScorecard[] {
    return rows
      .filter((row) => !row.unsigned)
      .map((row) => {
        const scores = this.agents.get(row.agent);
        const frt = row.firstResponseSeconds;
        return {
          agent: row.agent,
          brand: row.brand,
          conversations: row.conversations,
          replies: row.replies,
          firstResponseSeconds: { n: frt.n, mean: frt.mean, low: frt.low, high: frt.high, median: frt.median },
          total: interval(scores?.totals ?? []),
          rubrics: Object.fromEntries([...(scores?.rubrics.entries() ?? [])].sort().map(([id, values]) => [id, values.reduce((a, b) => a + b, 0) / values.length])),
        };
      })
      .sort((a, b) => b.conversations - a.conversations || (a.agent < b.agent ? -1 : 1));
  }

  private of(agent: string): AgentScores {
    let scores = this.agents.get(agent);
    if (!scores) this.agents.set(agent, (scores = { totals: [], rubrics: new Map() }));
    return scores;
  }
}

function interval(values: number[]) {
  const { n, mean, low, high } = meanInterval(values);
  return { n, mean, low, high };
}

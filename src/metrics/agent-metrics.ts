import type { Conversation } from "../model/conversation.js";
import { meanInterval, type MeanInterval } from "../stats/mean-interval.js";
import { quantile } from "../stats/quantile.js";
import { UNSIGNED_AGENT } from "../model/agent-key.js";
import { credibilityShrinkage } from "./credibility-shrinkage.js";
import { appendAll } from "./duration-stats.js";
import { groupOf, mergeGroups, sortedKeys } from "./group-map.js";
import { accumulate, createAccumulator, type MetricAccumulator, type MetricReducer } from "./metric-accumulator.js";
import type { MetricsOptions, ResolvedMetricsOptions } from "./metrics-options.js";

interface AgentValues {
  brand: string;
  replies: number;
  conversations: number;
  firstResponses: number;
  frt: number[];
  replyTimes: number[];
  handle: number[];
}

export interface AgentMetricsState {
  agents: Map<string, AgentValues>;
}

/** A per-agent average: sample size, mean with its t interval, median. */
export type AgentAverage = MeanInterval & { median: number | undefined };

export interface AgentRow {
  agent: string;
  brand: string;
  /** teamOf(agent), else the brand. */
  team: string;
  /** The brand's replies without a signature: a bucket, not a person; never ranked. */
  unsigned: boolean;
  replies: number;
  conversations: number;
  /** Contacts whose first reply this agent wrote (timed or not). */
  firstResponses: number;
  firstResponseSeconds: AgentAverage;
  replySeconds: AgentAverage;
  handleSecondsPerReply: AgentAverage;
  /** Mean FRT shrunk toward the team mean (Bühlmann-Straub credibility): rank by this. */
  firstResponseShrunkSeconds: number | undefined;
  firstResponseCredibility: number | undefined;
  /** 1 = fastest shrunk mean FRT within the team; undefined for unsigned buckets and agents without timed first replies. */
  rankInTeam: number | undefined;
}

export interface AgentMetricsResult {
  agents: AgentRow[];
  teams: { team: string; agents: number; meanFirstResponseSeconds: number | undefined; withinVariance: number | undefined; betweenVariance: number | undefined }[];
  level: number;
  definition: string;
}

export const AGENT_METRICS_DEFINITION =
  "Per-agent metrics: every reply is credited to the agent who wrote it (agentKey \"Brand/ID\"; replies without an agent id go to " +
  "\"Brand/(unsigned)\"); first response time to the author of the first reply; reply time to the author of the reply that ended " +
  "the turn. Each average comes with its sample size and a t confidence interval. For rankings, mean FRT is shrunk toward the team " +
  "mean by Bühlmann-Straub credibility, so agents with few conversations are pulled toward the team until their data says otherwise.";

const empty = (brand: string) => (): AgentValues => ({ brand, replies: 0, conversations: 0, firstResponses: 0, frt: [], replyTimes: [], handle: [] });
const merge = (into: AgentValues, from: AgentValues) => {
  into.replies += from.replies;
  into.conversations += from.conversations;
  into.firstResponses += from.firstResponses;
  appendAll(into.frt, from.frt);
  appendAll(into.replyTimes, from.replyTimes);
  appendAll(into.handle, from.handle);
};
const copy = (v: AgentValues): AgentValues => ({ ...v, frt: [...v.frt], replyTimes: [...v.replyTimes], handle: [...v.handle] });

function average(values: readonly number[], level: number): AgentAverage {
  const sorted = Float64Array.from(values).sort();
  return { ...meanInterval(sorted, { level }), median: quantile(sorted, 0.5) };
}

/** The agent-metrics reducer (see {@link agentMetrics}). */
export const agentMetricsReducer: MetricReducer<AgentMetricsState, AgentMetricsResult> = {
  init: () => ({ agents: new Map() }),
  add(state, facts) {
    const seen = new Set<string>();
    for (const reply of facts.replies) {
      const agent = groupOf(state.agents, reply.agent, empty(facts.brand));
      agent.replies++;
      agent.handle.push(reply.handleSeconds);
      if (!seen.has(reply.agent)) agent.conversations++;
      seen.add(reply.agent);
    }
    if (facts.isContact && facts.firstReplyAgent !== null) {
      const agent = groupOf(state.agents, facts.firstReplyAgent, empty(facts.brand));
      agent.firstResponses++;
      if (facts.firstReplySeconds !== null) agent.frt.push(facts.firstReplySeconds);
    }
    for (const turn of facts.turns) {
      if (turn.agent !== null && turn.replySeconds !== null) groupOf(state.agents, turn.agent, empty(facts.brand)).replyTimes.push(turn.replySeconds);
    }
  },
  merge(into, from) {
    mergeGroups(into.agents, from.agents, merge, copy);
  },
  result(state, options) {
    const keys = sortedKeys(state.agents);
    const teamOf = (agent: string) => options.teamOf?.(agent) ?? state.agents.get(agent)!.brand;
    const byTeam = new Map<string, string[]>();
    for (const agent of keys) groupOf(byTeam, teamOf(agent), () => []).push(agent);
    const shrunk = new Map<string, { shrunkMean: number | undefined; credibility: number | undefined; rank: number | undefined }>();
    const teams: AgentMetricsResult["teams"] = [];
    for (const team of sortedKeys(byTeam)) {
      const people = byTeam.get(team)!.filter((agent) => !agent.endsWith(`/${UNSIGNED_AGENT}`));
      const shrinkage = credibilityShrinkage(people.map((agent) => ({ key: agent, values: Float64Array.from(state.agents.get(agent)!.frt).sort() })));
      const ranked = shrinkage.members.filter((m) => m.shrunkMean !== undefined).sort((a, b) => a.shrunkMean! - b.shrunkMean! || (a.key < b.key ? -1 : 1));
      for (const member of shrinkage.members) {
        const rank = ranked.indexOf(member);
        shrunk.set(member.key, { shrunkMean: member.shrunkMean, credibility: member.credibility, rank: rank < 0 ? undefined : rank + 1 });
      }
      teams.push({ team, agents: people.length, meanFirstResponseSeconds: shrinkage.teamMean, withinVariance: shrinkage.withinVariance, betweenVariance: shrinkage.betweenVariance });
    }
    return {
      agents: keys.map((agent) => {
        const values = state.agents.get(agent)!;
        const s = shrunk.get(agent);
        return {
          agent,
          brand: values.brand,
          team: teamOf(agent),
          unsigned: agent.endsWith(`/${UNSIGNED_AGENT}`),
          replies: values.replies,
          conversations: values.conversations,
          firstResponses: values.firstResponses,
          firstResponseSeconds: average(values.frt, options.level),
          replySeconds: average(values.replyTimes, options.level),
          handleSecondsPerReply: average(values.handle, options.level),
          firstResponseShrunkSeconds: s?.shrunkMean,
          firstResponseCredibility: s?.credibility,
          rankInTeam: s?.rank,
        };
      }),
      teams,
      level: options.level,
      definition: AGENT_METRICS_DEFINITION,
    };
  },
};

/**
 * Per-agent metrics, credited to the agent who wrote each reply: replies, conversations, first responses,
 * and the mean FRT, reply time and handle time per reply, each with its sample size, t confidence interval
 * and median; plus the mean FRT shrunk toward the team mean (teams from `teamOf`, else the brand) and the
 * rank within the team by that shrunk mean.
 *
 * Edge cases: unsigned replies form a "Brand/(unsigned)" row that is never ranked or shrunk; an agent
 * with one timed value has no interval; bots and system messages are not agents.
 *
 * @example
 * const { agents } = agentMetrics(conversations); // twcs-sample/sample.csv
 * agents.find((a) => a.agent === "Tesco/Mike");
 * // => { replies: 2, conversations: 1, firstResponses: 0, replySeconds: { n: 2, mean: 80.5, low: -307.04, high: 468.04, median: 80.5 }, ... }
 */
export function agentMetrics(conversations: Iterable<Conversation>, options?: MetricsOptions | ResolvedMetricsOptions): AgentMetricsResult {
  return accumulate(agentMetricsReducer, conversations, options);
}

/**
 * A mergeable agent-metrics accumulator (for streams and worker threads).
 *
 * @example
 * const accumulator = agentMetricsAccumulator({ teamOf: (agent) => teams.get(agent) });
 * for await (const conversation of stream) accumulator.add(conversation);
 * accumulator.result().teams; // => [{ team: "EMEA", agents: 12, meanFirstResponseSeconds: ..., ... }, ...]
 */
export function agentMetricsAccumulator(options?: MetricsOptions | ResolvedMetricsOptions, state?: AgentMetricsState): MetricAccumulator<AgentMetricsState, AgentMetricsResult> {
  return createAccumulator(agentMetricsReducer, options, state);
}

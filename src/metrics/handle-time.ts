import type { Conversation } from "../model/conversation.js";
import { meanInterval, type MeanInterval } from "../stats/mean-interval.js";
import { appendAll, durationStatsOfSorted, type DurationStats } from "./duration-stats.js";
import { groupOf, mergeGroups, sortedKeys } from "./group-map.js";
import type { HandleTimeModel } from "./handle-time-model.js";
import { accumulate, createAccumulator, type MetricAccumulator, type MetricReducer } from "./metric-accumulator.js";
import type { MetricsOptions, ResolvedMetricsOptions } from "./metrics-options.js";

interface AgentValues {
  perReply: number[];
  perConversation: number[];
  activeSpans: number[];
  measured: number;
}

export interface HandleTimeState {
  perReply: number[];
  perConversation: number[];
  activeSpans: number[];
  measured: number;
  estimated: number;
  byAgent: Map<string, AgentValues>;
}

type Summary = Omit<DurationStats, "withinTarget">;

export interface AgentHandleTime {
  agent: string;
  replies: number;
  conversations: number;
  totalSeconds: number;
  /** Mean seconds per reply with its t interval (few replies = wide interval). */
  perReply: MeanInterval;
  perConversation: MeanInterval;
  /** The agent's active span per conversation: their first to last message. */
  activeSpan: MeanInterval;
  measured: number;
}

export interface HandleTimeResult {
  /** "export" when every reply had a work time, "estimate" when none had, "mixed" otherwise; "none" without replies. */
  source: "export" | "estimate" | "mixed" | "none";
  replies: Summary & { measured: number; estimated: number; totalSeconds: number };
  /** Handle seconds summed per conversation with at least one agent reply. */
  conversations: Summary & { totalSeconds: number };
  /** Per conversation, first to last agent message (conversations with a timed agent message). */
  activeSpan: Summary;
  byAgent: AgentHandleTime[];
  model: HandleTimeModel;
  definition: string;
}

export const HANDLE_TIME_DEFINITION =
  "Handle time: the agent work behind each human reply, from the export's work-time column when it has one, else estimated as " +
  "reading time of the customer's words since the previous agent reply (at the reading rate) + writing time of the reply (at the " +
  "writing rate) + a fixed overhead per reply; @handles and links are not counted as words. Per conversation it is the sum over its " +
  "replies. The active span is the time from the first to the last agent message of a conversation (of one agent, per agent).";

const emptyAgent = (): AgentValues => ({ perReply: [], perConversation: [], activeSpans: [], measured: 0 });
const mergeAgent = (into: AgentValues, from: AgentValues) => {
  appendAll(into.perReply, from.perReply);
  appendAll(into.perConversation, from.perConversation);
  appendAll(into.activeSpans, from.activeSpans);
  into.measured += from.measured;
};
const copyAgent = (value: AgentValues): AgentValues => ({ perReply: [...value.perReply], perConversation: [...value.perConversation], activeSpans: [...value.activeSpans], measured: value.measured });
// Sums and means over sorted values, so results never depend on the order conversations came in.
const sorted = (values: readonly number[]) => Float64Array.from(values).sort();
const sum = (values: readonly number[]) => sumOf(sorted(values));
const sumOf = (ascending: Float64Array) => ascending.reduce((a, b) => a + b, 0);
// The statistics and the total of one list of durations, sorted once for both.
const summaryAndTotal = (values: readonly number[]): [Summary, number] => {
  const ascending = sorted(values);
  const { withinTarget: _unused, ...rest } = durationStatsOfSorted(ascending, []);
  return [rest, sumOf(ascending)];
};
const summary = (values: readonly number[]): Summary => {
  const { withinTarget: _unused, ...rest } = durationStatsOfSorted(sorted(values), []);
  return rest;
};

/** The handle-time reducer (see {@link handleTime}). */
export const handleTimeReducer: MetricReducer<HandleTimeState, HandleTimeResult> = handleTimeReducerOf(true);

/**
 * The handle-time reducer, with or without the split by agent: without it (`splits` false) `byAgent`
 * stays empty, and a reply costs no Map look-up nor push into its agent's lists. The overall figures are
 * the same either way (a conversation's handle time is still summed per agent first, as with the split,
 * so its sum is the same number): the metrics summary, which reads only those, counts without the split.
 *
 * @example
 * const overall = createAccumulator(handleTimeReducerOf(false));
 * for (const conversation of conversations) overall.add(conversation);
 * [overall.result().replies.totalSeconds, overall.result().byAgent]; // => [2931.6, []] (twcs-sample/sample.csv)
 */
export function handleTimeReducerOf(splits: boolean): MetricReducer<HandleTimeState, HandleTimeResult> {
  return {
    init: () => ({ perReply: [], perConversation: [], activeSpans: [], measured: 0, estimated: 0, byAgent: new Map() }),
    add(state, facts) {
      const replies = facts.replies;
      if (replies.length === 0) return;
      // The conversation's agents in the order they first replied, with their groups and handle sums
      // (few per conversation: arrays searched in order, no Map per conversation).
      const agents: string[] = [];
      const groups: AgentValues[] = [];
      const sums: number[] = [];
      for (let i = 0; i < replies.length; i++) {
        const reply = replies[i]!;
        state.perReply.push(reply.handleSeconds);
        if (reply.measured) state.measured++;
        else state.estimated++;
        let k = agents.indexOf(reply.agent);
        if (k < 0) {
          k = agents.push(reply.agent) - 1;
          if (splits) groups.push(groupOf(state.byAgent, reply.agent, emptyAgent));
          sums.push(0);
        }
        sums[k] = sums[k]! + reply.handleSeconds;
        if (!splits) continue;
        const agent = groups[k]!;
        agent.perReply.push(reply.handleSeconds);
        if (reply.measured) agent.measured++;
      }
      state.perConversation.push(sums.length === 1 ? 0 + sums[0]! : sum(sums));
      if (facts.activeSpanSeconds !== null) state.activeSpans.push(facts.activeSpanSeconds);
      if (!splits) return;
      for (let k = 0; k < groups.length; k++) groups[k]!.perConversation.push(sums[k]!);
      for (const span of facts.agentSpans) state.byAgent.get(span.agent)!.activeSpans.push(span.seconds);
    },
    merge(into, from) {
      appendAll(into.perReply, from.perReply);
      appendAll(into.perConversation, from.perConversation);
      appendAll(into.activeSpans, from.activeSpans);
      into.measured += from.measured;
      into.estimated += from.estimated;
      if (splits) mergeGroups(into.byAgent, from.byAgent, mergeAgent, copyAgent);
    },
    result(state, options) {
      const level = { level: options.level };
      const [replies, repliesTotal] = summaryAndTotal(state.perReply);
      const [conversations, conversationsTotal] = summaryAndTotal(state.perConversation);
      return {
        source: state.perReply.length === 0 ? "none" : state.estimated === 0 ? "export" : state.measured === 0 ? "estimate" : "mixed",
        replies: { ...replies, measured: state.measured, estimated: state.estimated, totalSeconds: repliesTotal },
        conversations: { ...conversations, totalSeconds: conversationsTotal },
        activeSpan: summary(state.activeSpans),
        byAgent: sortedKeys(state.byAgent).map((agent) => {
          const values = state.byAgent.get(agent)!;
          return {
            agent,
            replies: values.perReply.length,
            conversations: values.perConversation.length,
            totalSeconds: sum(values.perReply),
            perReply: meanInterval(sorted(values.perReply), level),
            perConversation: meanInterval(sorted(values.perConversation), level),
            activeSpan: meanInterval(sorted(values.activeSpans), level),
            measured: values.measured,
          };
        }),
        model: options.handleTime,
        definition: HANDLE_TIME_DEFINITION,
      };
    },
  };
}

/**
 * Handle time per reply, per conversation and per agent (credited to the agent who wrote each reply),
 * from the export's work-time column when present (`message.workSeconds`), else from the documented,
 * configurable estimate (`handleTime: { readingWordsPerMinute, writingWordsPerMinute, overheadSeconds }`);
 * and the active span (first to last agent message). Per-agent means carry a t interval.
 *
 * Edge cases: bots and system messages are not agent work; a conversation without agent replies adds
 * nothing; the active span needs timed agent messages; empty input gives `source: "none"`, n: 0.
 *
 * @example
 * const result = handleTime(conversations, { handleTime: { overheadSeconds: 60 } }); // twcs-sample/sample.csv
 * result.source; // => "estimate" (twcs has no work-time column)
 * result.byAgent[0]; // => { agent: "AppleSupport/(unsigned)", replies: 13, conversations: 11, perReply: { n: 13, mean: 97.87, low: 94.56, high: 101.17 }, ... }
 */
export function handleTime(conversations: Iterable<Conversation>, options?: MetricsOptions | ResolvedMetricsOptions): HandleTimeResult {
  return accumulate(handleTimeReducer, conversations, options);
}

/**
 * A mergeable handle-time accumulator (for streams and worker threads).
 *
 * @example
 * const accumulator = handleTimeAccumulator();
 * for await (const conversation of stream) accumulator.add(conversation);
 * accumulator.result().replies.totalSeconds; // => 2931.6 (twcs-sample/sample.csv, default model)
 */
export function handleTimeAccumulator(options?: MetricsOptions | ResolvedMetricsOptions, state?: HandleTimeState): MetricAccumulator<HandleTimeState, HandleTimeResult> {
  return createAccumulator(handleTimeReducer, options, state);
}

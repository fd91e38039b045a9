import type { Conversation } from "../model/conversation.js";
import { addTimed, copyTimed, emptyTimed, mergeTimed, responseTimeStats, type ResponseTimeStats, type TimedValues } from "./first-response-time.js";
import { groupOf, mergeGroups, sortedKeys } from "./group-map.js";
import { accumulate, createAccumulator, type MetricAccumulator, type MetricReducer } from "./metric-accumulator.js";
import type { MetricsOptions, ResolvedMetricsOptions } from "./metrics-options.js";

export interface ReplyTimesState {
  turns: number;
  answered: number;
  all: TimedValues;
  byAgent: Map<string, TimedValues>;
  /** Answered contacts by how many customer messages came before the first reply. */
  messagesBeforeReply: Map<number, number>;
  unansweredContacts: number;
  unansweredMessages: number;
}

export interface ReplyTimesResult extends ResponseTimeStats {
  /** Customer turns (all conversations) and those an agent answered. */
  turns: number;
  answered: number;
  /** Credited to the agent whose reply ended the turn. */
  byAgent: (ResponseTimeStats & { agent: string })[];
  /** "Had to message several times": customer messages before the first reply, over answered contacts. */
  messagesBeforeFirstReply: {
    contacts: number;
    mean: number | undefined;
    /** Share of answered contacts whose customer wrote 2 or more (3 or more) times before the first reply. */
    twoOrMoreShare: number | undefined;
    threeOrMoreShare: number | undefined;
    histogram: { messages: number; contacts: number }[];
    /** Unanswered contacts and the customer messages they hold (they had no reply at all). */
    unansweredContacts: number;
    unansweredMessages: number;
  };
  definition: string;
}

export const REPLY_TIME_DEFINITION =
  "Reply time: for every customer turn (consecutive customer messages, bots and system messages between them ignored), the time " +
  "from the turn's first message (a burst counts from its first message) to the next human agent reply. Turns without a reply, " +
  "or with an unknown time, are left out. Messages before the first reply: how many customer messages a contact sent before its " +
  "first agent reply.";

/** The reply-times reducer (see {@link replyTimes}). */
export const replyTimesReducer: MetricReducer<ReplyTimesState, ReplyTimesResult> = replyTimesReducerOf(true);

/**
 * The reply-times reducer, with or without the split by replying agent: without it (`splits` false)
 * `byAgent` stays empty and an answered turn costs a Map look-up and a push fewer. The overall figures
 * and the messages before the first reply are the same either way: the metrics summary, which reads
 * only those, counts without the split.
 *
 * @example
 * const overall = createAccumulator(replyTimesReducerOf(false));
 * for (const conversation of conversations) overall.add(conversation);
 * [overall.result().medianSeconds, overall.result().byAgent]; // => [2876, []] (twcs-sample/sample.csv)
 */
export function replyTimesReducerOf(splits: boolean): MetricReducer<ReplyTimesState, ReplyTimesResult> {
  return {
    init: () => ({ turns: 0, answered: 0, all: emptyTimed(), byAgent: new Map(), messagesBeforeReply: new Map(), unansweredContacts: 0, unansweredMessages: 0 }),
    add(state, facts) {
      for (const turn of facts.turns) {
        state.turns++;
        if (turn.agent === null) continue;
        state.answered++;
        addTimed(state.all, turn.replySeconds, turn.replyBusinessSeconds);
        if (splits) addTimed(groupOf(state.byAgent, turn.agent, emptyTimed), turn.replySeconds, turn.replyBusinessSeconds);
      }
      if (!facts.isContact) return;
      if (facts.firstReplyAgent === null) {
        state.unansweredContacts++;
        state.unansweredMessages += facts.customerMessagesBeforeFirstReply;
      } else {
        const count = facts.customerMessagesBeforeFirstReply;
        state.messagesBeforeReply.set(count, (state.messagesBeforeReply.get(count) ?? 0) + 1);
      }
    },
    merge(into, from) {
      into.turns += from.turns;
      into.answered += from.answered;
      mergeTimed(into.all, from.all);
      if (splits) mergeGroups(into.byAgent, from.byAgent, mergeTimed, copyTimed);
      for (const [count, contacts] of from.messagesBeforeReply) into.messagesBeforeReply.set(count, (into.messagesBeforeReply.get(count) ?? 0) + contacts);
      into.unansweredContacts += from.unansweredContacts;
      into.unansweredMessages += from.unansweredMessages;
    },
    result(state, options) {
      const histogram = [...state.messagesBeforeReply].sort((a, b) => a[0] - b[0]).map(([messages, contacts]) => ({ messages, contacts }));
      const contacts = histogram.reduce((sum, row) => sum + row.contacts, 0);
      const atLeast = (k: number) => (contacts === 0 ? undefined : histogram.filter((row) => row.messages >= k).reduce((sum, row) => sum + row.contacts, 0) / contacts);
      return {
        ...responseTimeStats(state.all, options),
        turns: state.turns,
        answered: state.answered,
        byAgent: sortedKeys(state.byAgent).map((agent) => ({ agent, ...responseTimeStats(state.byAgent.get(agent)!, options) })),
        messagesBeforeFirstReply: {
          contacts,
          mean: contacts === 0 ? undefined : histogram.reduce((sum, row) => sum + row.messages * row.contacts, 0) / contacts,
          twoOrMoreShare: atLeast(2),
          threeOrMoreShare: atLeast(3),
          histogram,
          unansweredContacts: state.unansweredContacts,
          unansweredMessages: state.unansweredMessages,
        },
        definition: REPLY_TIME_DEFINITION,
      };
    },
};
}

/**
 * Reply time for every customer turn, measured from the turn's first message (a burst of messages
 * counts from its first one) to the next human agent reply: median, p90 (R type 7), mean and SLA
 * attainment, calendar and business time, overall and per replying agent. And how many times customers
 * had to write before the first reply.
 *
 * Edge cases: turns in agent-started conversations count; an unanswered last turn has no reply time;
 * a reply with an unknown time is counted in `unknownTime`; empty input gives `n: 0` and undefined statistics.
 *
 * @example
 * const result = replyTimes(conversations); // twcs-sample/sample.csv
 * result.medianSeconds; // => 2876
 * result.messagesBeforeFirstReply.twoOrMoreShare; // => 0.0833 (2 of 24 answered contacts)
 */
export function replyTimes(conversations: Iterable<Conversation>, options?: MetricsOptions | ResolvedMetricsOptions): ReplyTimesResult {
  return accumulate(replyTimesReducer, conversations, options);
}

/**
 * A mergeable reply-times accumulator (for streams and worker threads).
 *
 * @example
 * const accumulator = replyTimesAccumulator();
 * for await (const conversation of stream) accumulator.add(conversation);
 * accumulator.result().p90Seconds; // => 24022 (twcs-sample/sample.csv)
 */
export function replyTimesAccumulator(options?: MetricsOptions | ResolvedMetricsOptions, state?: ReplyTimesState): MetricAccumulator<ReplyTimesState, ReplyTimesResult> {
  return createAccumulator(replyTimesReducer, options, state);
}

import type { Conversation } from "../model/conversation.js";
import { conversationFacts, type ConversationFacts } from "./conversation-facts.js";
import { resolveMetricsOptions, type MetricsOptions, type ResolvedMetricsOptions } from "./metrics-options.js";

/**
 * A mergeable aggregate: add conversations (or their precomputed facts) one at a time, merge
 * accumulators built elsewhere (another thread, another partition) with the same options, then read the
 * result. `state` is plain, structured-clone-able data (numbers, strings, arrays, Maps): post it to another
 * thread and `merge` it there.
 */
export interface MetricAccumulator<State, Result> {
  readonly state: State;
  readonly options: ResolvedMetricsOptions;
  add(conversation: Conversation): this;
  addFacts(facts: ConversationFacts): this;
  merge(other: MetricAccumulator<State, Result> | State): this;
  result(): Result;
}

/** The four pure functions a metric is made of. `add` and `merge` update the state in place. */
export interface MetricReducer<State, Result> {
  init(options: ResolvedMetricsOptions): State;
  add(state: State, facts: ConversationFacts, options: ResolvedMetricsOptions): void;
  merge(into: State, from: State, options: ResolvedMetricsOptions): void;
  result(state: State, options: ResolvedMetricsOptions): Result;
}

/**
 * Wraps a reducer as an accumulator.
 *
 * @example
 * const accumulator = createAccumulator(responseRateReducer);
 * for await (const conversation of stream) accumulator.add(conversation);
 * accumulator.result().rate; // => 0.96 (twcs-sample/sample.csv)
 */
export function createAccumulator<State, Result>(
  reducer: MetricReducer<State, Result>,
  options: MetricsOptions | ResolvedMetricsOptions = {},
  state?: State,
): MetricAccumulator<State, Result> {
  const resolved = resolveMetricsOptions(options);
  const current = state ?? reducer.init(resolved);
  const accumulator: MetricAccumulator<State, Result> = {
    state: current,
    options: resolved,
    add(conversation) {
      reducer.add(current, conversationFacts(conversation, resolved), resolved);
      return this;
    },
    addFacts(facts) {
      reducer.add(current, facts, resolved);
      return this;
    },
    merge(other) {
      const from = isAccumulator<State, Result>(other) ? other.state : other;
      reducer.merge(current, from, resolved);
      return this;
    },
    result() {
      return reducer.result(current, resolved);
    },
  };
  return accumulator;
}

function isAccumulator<State, Result>(value: unknown): value is MetricAccumulator<State, Result> {
  return typeof value === "object" && value !== null && typeof (value as { addFacts?: unknown }).addFacts === "function";
}

/**
 * Runs a reducer over an array (or any iterable) of conversations: what each metric's array function does.
 *
 * @example
 * accumulate(responseRateReducer, conversations, {}).rate; // => 0.96 (twcs-sample/sample.csv)
 */
export function accumulate<State, Result>(
  reducer: MetricReducer<State, Result>,
  conversations: Iterable<Conversation>,
  options: MetricsOptions | ResolvedMetricsOptions = {},
): Result {
  const accumulator = createAccumulator(reducer, options);
  for (const conversation of conversations) accumulator.add(conversation);
  return accumulator.result();
}

import type { Conversation } from "../model/conversation.js";
import { metricsSummaryAccumulator, type MetricsSummary, type MetricsSummaryOptions, type MetricsSummaryState } from "../metrics/metrics-summary.js";
import type { ConversationScore, CountedScore } from "../scoring/conversation-score.js";
import { countingScorer, createScorer, type ScorerOptions } from "../scoring/create-scorer.js";
import { ScoreSummary, type ScoreSummaryState } from "../scoring/score-summary.js";
import { scoreTones } from "./score-tones.js";

/** What a care job computes besides the scores: the headline metrics (`toneOf` comes from the scores). */
export interface CareJobOptions extends ScorerOptions {
  metrics?: Omit<MetricsSummaryOptions, "toneOf">;
}

/** The plain, structured-clone-able state of a care job: post it to another thread and `merge` it there. */
export interface CareJobState {
  scores: ScoreSummaryState;
  metrics: MetricsSummaryState;
}

/** What a care job found: label counts and scorecard totals, and the headline metrics. */
export interface CareJobResult {
  scores: ReturnType<ScoreSummary["result"]>;
  metrics: MetricsSummary;
}

/** Milliseconds spent scoring and aggregating (for benchmarks' per-stage breakdown). */
export interface CareJobTimings {
  scoreMs: number;
  aggregateMs: number;
}

/** Scores conversations and aggregates their scores and metrics as they stream in. */
export interface CareJob {
  /** Scores one conversation, adds it to the aggregates and returns its score (drop it to keep memory flat). */
  add(conversation: Conversation): ConversationScore;
  /**
   * Adds one conversation to the aggregates, as `add` does, without returning its score: faster, since
   * the tone of agents' messages, which no aggregate reads, is not worked out. What runCareJob uses.
   */
  count(conversation: Conversation): void;
  /** Adds the state of a job run elsewhere (a worker thread, a partition) with the same options. */
  merge(state: CareJobState): this;
  state(): CareJobState;
  result(): CareJobResult;
  timings(): CareJobTimings;
}

/**
 * The whole job in one streaming pass: each conversation is scored with every rubric (with evidence),
 * then counted into mergeable aggregates: label counts per rubric, scorecard totals, and the headline
 * metrics, split by the customer tone the scorer read (so tone is computed once). Memory holds the
 * aggregates, never the conversations. Jobs built with the same options merge in any order to the same
 * result, which is how worker threads, partitions of a Spark or Ray job, or shards of a corpus combine.
 *
 * @example
 * const job = createCareJob({ templates: mineTemplates(conversations) });
 * for (const conversation of conversations) job.add(conversation);
 * const { scores, metrics } = job.result();
 * [scores.labels.personalization, metrics.responseRate]; // => [{ personal: 120, canned: 40 }, 0.96]
 */
export function createCareJob(options: CareJobOptions = {}): CareJob {
  const scorer = createScorer(options);
  const scores = new ScoreSummary();
  const tones = scoreTones();
  const metrics = metricsSummaryAccumulator({ ...options.metrics, toneOf: tones.toneOf });
  const timings: CareJobTimings = { scoreMs: 0, aggregateMs: 0 };
  const count = countingScorer(scorer);
  // Adds a conversation's score, just computed (scoring began at `start`), to the aggregates.
  const aggregate = <S extends CountedScore>(conversation: Conversation, score: S, start: number): S => {
    const scored = performance.now();
    scores.add(score);
    tones.use(score.messages);
    metrics.add(conversation);
    timings.scoreMs += scored - start;
    timings.aggregateMs += performance.now() - scored;
    return score;
  };
  return {
    add(conversation) {
      const start = performance.now();
      return aggregate(conversation, scorer.score(conversation), start);
    },
    count(conversation) {
      const start = performance.now();
      aggregate(conversation, count(conversation), start);
    },
    merge(state) {
      scores.merge(state.scores);
      metrics.merge(state.metrics);
      return this;
    },
    state: () => ({ scores: scores.toJSON(), metrics: metrics.state }),
    result: () => ({ scores: scores.result(), metrics: metrics.result() }),
    timings: () => ({ ...timings }),
  };
}

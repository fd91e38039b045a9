import type { CountedScore } from "./conversation-score.js";
import { isRollUp } from "./roll-up.js";

/** Label counts per rubric and scorecard totals over many conversations: plain data, mergeable. */
export interface ScoreSummaryState {
  conversations: number;
  agentMessages: number;
  /** rubric id -> label -> count (message-level rubrics per agent message, conversation-level per conversation). */
  labels: Record<string, Record<string, number>>;
  /** Sum (in hundredths, an integer, so merging in any order gives the same sum) and count of the applicable scorecard totals. */
  totalHundredths: number;
  totalCount: number;
  criticalFailures: number;
  tones: Record<string, number>;
}

/**
 * Accumulates a summary of conversation scores. `merge` combines summaries built in parallel (worker
 * threads, partitions); the result does not depend on the order of conversations.
 *
 * @example
 * const summary = new ScoreSummary();
 * for (const score of scores) summary.add(score);
 * summary.result().labels.ownership; // => { owns: 63, deflects: 91, neutral: 141 }
 */
export class ScoreSummary {
  private state: ScoreSummaryState = { conversations: 0, agentMessages: 0, labels: {}, totalHundredths: 0, totalCount: 0, criticalFailures: 0, tones: {} };

  /** Counts one conversation's score (a scorer's, or a care job's without agents' tones). */
  add(score: CountedScore): void {
    const s = this.state;
    s.conversations++;
    for (const message of score.messages) {
      // Customers' messages always carry their tone.
      if (message.role === "customer") s.tones[message.tone!] = (s.tones[message.tone!] ?? 0) + 1;
      if (message.role !== "agent") continue;
      s.agentMessages++;
      // for...in with Object.hasOwn: the keys Object.entries gives, in its order, without building arrays.
      const rubrics = message.rubrics;
      for (const id in rubrics) if (Object.hasOwn(rubrics, id)) countLabel(s.labels, id, rubrics[id]!.label);
    }
    for (const id in score.rubrics) {
      if (!Object.hasOwn(score.rubrics, id)) continue;
      // Replies' labels were counted above; a conversation without replies adds nothing to them.
      const result = score.rubrics[id]!;
      if (!isRollUp(result)) countLabel(s.labels, id, result.label);
    }
    if (score.scorecard.total !== null) {
      s.totalHundredths += Math.round(score.scorecard.total * 100);
      s.totalCount++;
    }
    if (score.scorecard.criticalFailure) s.criticalFailures++;
  }

  merge(other: ScoreSummary | ScoreSummaryState): this {
    const o = other instanceof ScoreSummary ? other.state : other;
    const s = this.state;
    s.conversations += o.conversations;
    s.agentMessages += o.agentMessages;
    s.totalHundredths += o.totalHundredths;
    s.totalCount += o.totalCount;
    s.criticalFailures += o.criticalFailures;
    for (const [id, labels] of Object.entries(o.labels)) for (const [label, n] of Object.entries(labels)) ((s.labels[id] ??= {})[label] = (s.labels[id]![label] ?? 0) + n);
    for (const [tone, n] of Object.entries(o.tones)) s.tones[tone] = (s.tones[tone] ?? 0) + n;
    return this;
  }

  /** The summary so far, with the mean scorecard total (undefined when no conversation had one). */
  result(): ScoreSummaryState & { meanTotal: number | undefined } {
    const s = structuredClone(this.state);
    return { ...s, meanTotal: s.totalCount === 0 ? undefined : Math.round(s.totalHundredths / s.totalCount) / 100 };
  }

  /** The state, for sending to another thread; rebuild with `new ScoreSummary().merge(state)`. */
  toJSON(): ScoreSummaryState {
    return structuredClone(this.state);
  }
}

/** One more `label` for `rubric` (a module function, not a closure made per conversation). */
function countLabel(labels: ScoreSummaryState["labels"], rubric: string, label: string): void {
  const counts = (labels[rubric] ??= {});
  counts[label] = (counts[label] ?? 0) + 1;
}

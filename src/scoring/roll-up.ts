import type { AnyRubric, MessageRubric, RubricResult } from "../rubrics/types.js";

/** A message-level rubric rolled up over a conversation, with the number of agent replies it covers. */
export type RolledUpResult = RubricResult & { replies: number };

/**
 * A message-level rubric over all agent replies of a conversation: `name-use` counts when used in any
 * reply; other rubrics take the mean of their applicable scores, and the label given most often (ties
 * go to the lower-scoring label). A conversation without agent replies gets score null (not applicable).
 *
 * @example
 * rollUp(empathy, [{ label: "expressed", score: 1, evidence: [] }, { label: "none", score: 0, evidence: [] }]);
 * // => { label: "none", score: 0.5, evidence: [], replies: 2 }
 */
export function rollUp(rubric: AnyRubric, results: readonly RubricResult[]): RolledUpResult {
  const replies = results.length;
  if (replies === 0) return { label: naLabel(rubric), score: null, evidence: [], replies };
  if (rubric.id === "name-use") {
    const used = results.find((r) => r.label === "used");
    return used ? withReplies(used, replies) : { label: "not-used", score: 0, evidence: [], replies };
  }
  const { label, score } = combine(results);
  return { label, score, evidence: [], replies };
}

/**
 * Whether a conversation's rubric result is a roll-up of its replies' results (those are counted per
 * reply) rather than a conversation-level rubric's own.
 *
 * @example
 * isRollUp(score.rubrics.empathy); // => true
 * isRollUp(score.rubrics["question-before-answer"]); // => false
 */
export function isRollUp(result: RubricResult): result is RolledUpResult {
  return typeof (result as Partial<RolledUpResult>).replies === "number";
}

/**
 * `{ ...result, replies }`, built by Object.assign: the same object (same keys, in the same order),
 * without the spread, which this V8 runs 5 to 20 times slower (a tenth of a second per 300k tweets
 * in the job profile). Only a result with an own "__proto__" key, which assign would read as the
 * prototype, keeps the spread.
 */
function withReplies(result: RubricResult, replies: number): RolledUpResult {
  if (Object.hasOwn(result, "__proto__")) return { ...result, replies };
  return Object.assign({}, result, { replies });
}

/** The mean applicable score and the most frequent label (the lower-scoring one on a tie, the first seen on a full tie). */
function combine(results: readonly RubricResult[]): { label: string; score: number | null } {
  // One pass, no filtered copy and no Map: a reply's rubrics have a handful of labels, kept in first-seen
  // order in scratch arrays shared by every call (combine calls nothing, so no call can overlap another).
  const labels = scratch.labels;
  const counts = scratch.counts;
  const scores = scratch.scores;
  let distinct = 0;
  let sum = 0;
  let n = 0;
  for (const r of results) {
    if (r.score === null) continue;
    sum += r.score;
    n++;
    let k = 0;
    while (k < distinct && labels[k] !== r.label) k++;
    if (k === distinct) {
      labels[k] = r.label;
      counts[k] = 1;
      scores[k] = r.score;
      distinct++;
    } else counts[k]!++;
  }
  if (distinct === 0) return { label: results[0]!.label, score: null };
  let best = 0;
  for (let k = 1; k < distinct; k++) {
    if (counts[k]! > counts[best]! || (counts[k] === counts[best] && scores[k]! < scores[best]!)) best = k;
  }
  const label = labels[best]!;
  labels.fill("", 0, distinct); // let go of the labels (they may be user strings)
  return { label, score: sum / n };
}

const scratch = { labels: [] as string[], counts: [] as number[], scores: [] as number[] };

function naLabel(rubric: AnyRubric): string {
  return (rubric as MessageRubric).vocabulary.includes("n/a") ? "n/a" : rubric.vocabulary[rubric.vocabulary.length - 1]!;
}

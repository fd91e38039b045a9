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
  return { ...combine(rubric, results), replies: results.length };
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

function combine(rubric: AnyRubric, results: readonly RubricResult[]): RubricResult {
  const applicable = results.filter((r) => r.score !== null);
  if (results.length === 0) return { label: naLabel(rubric), score: null, evidence: [] };
  if (rubric.id === "name-use") {
    const used = results.find((r) => r.label === "used");
    return used ? { ...used } : { label: "not-used", score: 0, evidence: [] };
  }
  if (applicable.length === 0) return { label: results[0]!.label, score: null, evidence: [] };
  const score = applicable.reduce((sum, r) => sum + r.score!, 0) / applicable.length;
  const counts = new Map<string, { n: number; score: number }>();
  for (const r of applicable) {
    const entry = counts.get(r.label) ?? { n: 0, score: r.score! };
    entry.n++;
    counts.set(r.label, entry);
  }
  // The most frequent label, the lower-scoring one on a tie, the first seen on a full tie.
  let label = "";
  let best: { n: number; score: number } | undefined;
  for (const [candidate, entry] of counts) {
    if (!best || entry.n > best.n || (entry.n === best.n && entry.score < best.score)) [label, best] = [candidate, entry];
  }
  return { label, score, evidence: [] };
}

function naLabel(rubric: AnyRubric): string {
  return (rubric as MessageRubric).vocabulary.includes("n/a") ? "n/a" : rubric.vocabulary[rubric.vocabulary.length - 1]!;
}

import { z } from "zod";
import { CarelensError } from "../errors.js";

/** One line of a scorecard: a rubric, its weight, and whether failing it fails the whole conversation. */
export const ScorecardItemSchema = z.object({
  rubric: z.string().min(1),
  weight: z.number().positive(),
  /** A critical item scored 0 zeroes the conversation's total, as QA scorecards do. */
  critical: z.boolean().default(false),
});
export const ScorecardSchema = z.object({ name: z.string().default("custom"), items: z.array(ScorecardItemSchema).min(1) });
export type Scorecard = z.output<typeof ScorecardSchema>;

/** One item's result in a conversation's scorecard. */
export interface ScorecardLine {
  rubric: string;
  weight: number;
  critical: boolean;
  /** The item's score in [0, 1], or null when not applicable (left out of the denominator). */
  score: number | null;
}

/** A conversation's (or an agent's, or a group's) scorecard. */
export interface ScorecardResult {
  /** 0-100: 100 × Σ weight·score / Σ weight over applicable items; 0 when a critical item failed; null when nothing applied. */
  total: number | null;
  items: ScorecardLine[];
  /** The critical rubric that zeroed the total, if any. */
  criticalFailure: string | undefined;
}

/**
 * The default scorecard, built from the care practices the product is about: personal replies,
 * ownership and asking before answering weigh most; leaving a customer's data public is critical.
 */
export const defaultScorecard: Scorecard = ScorecardSchema.parse({
  name: "carelens default",
  items: [
    { rubric: "personalization", weight: 2 },
    { rubric: "ownership", weight: 2 },
    { rubric: "question-before-answer", weight: 2 },
    { rubric: "name-use", weight: 1 },
    { rubric: "vent-wait", weight: 1 },
    { rubric: "empathy", weight: 1 },
    { rubric: "late-reply-apology", weight: 1 },
    { rubric: "follow-up", weight: 1 },
    { rubric: "thanks-for-praise", weight: 1 },
    { rubric: "share-the-plan", weight: 1 },
    { rubric: "take-it-offline", weight: 2, critical: true },
  ],
});

/**
 * Checks a scorecard written by a user.
 *
 * @example
 * defineScorecard({ items: [{ rubric: "ownership", weight: 3, critical: true }, { rubric: "empathy", weight: 1 }] });
 */
export function defineScorecard(input: z.input<typeof ScorecardSchema>): Scorecard {
  const parsed = ScorecardSchema.safeParse(input);
  if (!parsed.success) throw new CarelensError(`invalid scorecard\n${z.prettifyError(parsed.error)}`);
  const ids = parsed.data.items.map((item) => item.rubric);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new CarelensError(`scorecard lists rubric "${repeated}" twice: give it one line with the weight you want`);
  return parsed.data;
}

/**
 * Combines item scores into a total: N/A items are left out of the denominator, a critical item scored 0
 * zeroes the total.
 *
 * @example
 * scorecardTotal(defaultScorecard, { ownership: 1, empathy: 0, "take-it-offline": null }).total; // => 66.67 (2·1 + 1·0) / 3
 */
export function scorecardTotal(scorecard: Scorecard, scores: Readonly<Record<string, number | null | undefined>>): ScorecardResult {
  return totalOf<number | null | undefined>(scorecard, scores, scoreOfNumber);
}

/**
 * {@link scorecardTotal} of a conversation's rubric results, read straight off them (no record of their
 * scores built per conversation).
 *
 * @example
 * scorecardOfResults(defaultScorecard, { ownership: { label: "owns", score: 1, evidence: [] } }).total; // => 100
 */
export function scorecardOfResults(scorecard: Scorecard, results: Readonly<Record<string, { score: number | null }>>): ScorecardResult {
  return totalOf(scorecard, results, scoreOfResult);
}

const scoreOfNumber = (score: number | null | undefined): number | null => score ?? null;
const scoreOfResult = (result: { score: number | null } | undefined): number | null => result?.score ?? null;

function totalOf<T>(scorecard: Scorecard, scores: Readonly<Record<string, T>>, scoreOf: (value: T | undefined) => number | null): ScorecardResult {
  let weighted = 0;
  let weights = 0;
  let criticalFailure: string | undefined;
  const lines = scorecard.items;
  const items: ScorecardLine[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const item = lines[i]!;
    const score = Object.hasOwn(scores, item.rubric) ? scoreOf(scores[item.rubric]) : null;
    if (score !== null) {
      weighted += item.weight * score;
      weights += item.weight;
      if (item.critical && score === 0) criticalFailure ??= item.rubric;
    }
    items[i] = { rubric: item.rubric, weight: item.weight, critical: item.critical, score };
  }
  const total = weights === 0 ? null : criticalFailure ? 0 : Math.round((10000 * weighted) / weights) / 100;
  return { total, items, criticalFailure };
}

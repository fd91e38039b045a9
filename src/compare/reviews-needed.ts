import { z } from "zod";
import { CarelensError } from "../errors.js";
import { normalQuantile } from "../stats/standard-normal.js";

export const ReviewsNeededSchema = z
  .object({
    /** Full width of the interval wanted around an agent's score (high - low), in the score's units. */
    targetWidth: z.number().positive(),
    /** For pass/fail items: the expected pass rate p in [0, 1]; σ = √(p(1 - p)). Use 0.5 when unknown (the worst case). */
    expectedScore: z.number().min(0).max(1).optional(),
    /** For scores on a scale: the standard deviation of one review's score. */
    sd: z.number().positive().optional(),
    /** Confidence level (default 0.95). */
    level: z.number().gt(0).lt(1).default(0.95),
  })
  .strict()
  .refine((o) => (o.expectedScore === undefined) !== (o.sd === undefined), { message: "give either expectedScore (pass/fail items) or sd (scored items), not both" });

export interface ReviewsNeeded {
  reviews: number;
  sd: number;
  z: number;
  targetWidth: number;
  level: number;
  definition: string;
}

/**
 * How many reviews an agent needs for their QA score to have a confidence interval no wider than
 * `targetWidth`: by the normal approximation, the interval mean ± z·σ/√n has width 2·z·σ/√n, so
 * n = ⌈(2·z·σ / width)²⌉, z = Φ⁻¹(1 - (1 - level)/2), with σ = √(p(1 - p)) for pass/fail items (expected
 * pass rate p) or the given sd for scored items. Treats reviews as independent draws from the agent's
 * work; for p near 0 or 1 and few reviews the normal interval is optimistic.
 *
 * @throws CarelensError for invalid options.
 * @example
 * reviewsNeeded({ targetWidth: 0.1, expectedScore: 0.8 }).reviews; // => 246
 * // R: ceiling((2 * qnorm(0.975) * sqrt(0.8 * 0.2) / 0.1)^2) = 246
 */
export function reviewsNeeded(options: z.input<typeof ReviewsNeededSchema>): ReviewsNeeded {
  const parsed = ReviewsNeededSchema.safeParse(options);
  if (!parsed.success) throw new CarelensError(`invalid reviewsNeeded options:\n${z.prettifyError(parsed.error)}`);
  const { targetWidth, expectedScore, level } = parsed.data;
  const sd = parsed.data.sd ?? Math.sqrt(expectedScore! * (1 - expectedScore!));
  const quantile = normalQuantile(1 - (1 - level) / 2);
  // A tiny tolerance keeps an exact square (e.g. 384.0000000001 from rounding) from costing one more review.
  const reviews = Math.max(1, Math.ceil((2 * quantile * sd / targetWidth) ** 2 - 1e-9));
  return {
    reviews,
    sd,
    z: quantile,
    targetWidth,
    level,
    definition: `n = ceil((2·z·σ / width)²) with z = ${quantile.toFixed(4)} (${level * 100}%), σ = ${sd.toPrecision(4)}${expectedScore !== undefined ? ` = √(p(1-p)), p = ${expectedScore}` : ""}: reviews an agent needs for a score interval ${targetWidth} wide.`,
  };
}

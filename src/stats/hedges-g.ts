import { gammaln, mean, sampleVariance } from "simple-statistics";

/** A standardized mean difference. */
export interface HedgesG {
  /** Hedges' g: d corrected for small-sample bias. */
  g: number | undefined;
  /** Cohen's d: (mean(x) - mean(y)) / pooled standard deviation. */
  d: number | undefined;
  /** The pooled standard deviation √(((nx-1)s²x + (ny-1)s²y) / (nx + ny - 2)). */
  pooledSd: number | undefined;
}

/**
 * Hedges' g, the difference in means in units of the pooled standard deviation, times the exact
 * small-sample correction J = Γ(df/2) / (√(df/2)·Γ((df - 1)/2)), df = nx + ny - 2 (Hedges 1981; ≈ 1 - 3/(4·df - 1)),
 * as R effectsize's `hedges_g(x, y)`. On agent means it says how large the pilot's difference is
 * relative to how much agents differ from one another: 0.2 small, 0.5 medium, 0.8 large (Cohen 1988).
 * `undefined` when a group has fewer than two values or there is no spread. Non-finite values are skipped.
 *
 * @example
 * hedgesG([5, 7, 6, 8], [4, 5, 3, 5, 4]).g; // => 1.9353
 * // R: effectsize::hedges_g(c(5,7,6,8), c(4,5,3,5,4)) = 1.935271 (cohens_d = 2.178861)
 */
export function hedgesG(x: Iterable<number>, y: Iterable<number>): HedgesG {
  const xs = [...x].filter(Number.isFinite);
  const ys = [...y].filter(Number.isFinite);
  if (xs.length < 2 || ys.length < 2) return { g: undefined, d: undefined, pooledSd: undefined };
  const df = xs.length + ys.length - 2;
  const pooledSd = Math.sqrt(((xs.length - 1) * sampleVariance(xs) + (ys.length - 1) * sampleVariance(ys)) / df);
  if (!(pooledSd > 0)) return { g: undefined, d: undefined, pooledSd };
  const d = (mean(xs) - mean(ys)) / pooledSd;
  return { g: d * Math.exp(gammaln(df / 2) - 0.5 * Math.log(df / 2) - gammaln((df - 1) / 2)), d, pooledSd };
}

import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

/**
 * Quantile of Student's t distribution with `df` degrees of freedom (df may be fractional, as in Welch's
 * test). From stdlib's implementation.
 *
 * @example
 * studentTQuantile(0.975, 10); // => 2.228139   (R: qt(0.975, 10) = 2.228139)
 */
export function studentTQuantile(p: number, df: number): number {
  return tQuantile(p, df);
}

/**
 * Cumulative probability of Student's t distribution.
 *
 * @example
 * studentTCdf(2.228139, 10); // => 0.975   (R: pt(2.228139, 10) = 0.975)
 */
export function studentTCdf(t: number, df: number): number {
  return tCdf(t, df);
}

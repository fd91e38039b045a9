import normalCdfBase from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantileBase from "@stdlib/stats-base-dists-normal-quantile";

/**
 * Quantile of the standard normal distribution (stdlib's implementation; simple-statistics' `probit` is an
 * approximation good to about three decimals, too coarse for intervals).
 *
 * @example
 * normalQuantile(0.975); // => 1.959964   (R: qnorm(0.975) = 1.959964)
 */
export function normalQuantile(p: number): number {
  return normalQuantileBase(p, 0, 1);
}

/**
 * Cumulative probability of the standard normal distribution.
 *
 * @example
 * normalCdf(1.959964); // => 0.975   (R: pnorm(1.959964) = 0.975)
 */
export function normalCdf(z: number): number {
  return normalCdfBase(z, 0, 1);
}

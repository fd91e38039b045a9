import { mean, sampleStandardDeviation } from "simple-statistics";
import { studentTQuantile } from "./student-t.js";

/** A mean with its sample size and a two-sided confidence interval. */
export interface MeanInterval {
  n: number;
  mean: number | undefined;
  /** Lower and upper bound; undefined when n < 2 (no spread to estimate). */
  low: number | undefined;
  high: number | undefined;
  level: number;
}

/**
 * The mean of the finite values with a t-based confidence interval: mean ± t(1 - α/2, n - 1) · s / √n.
 * Null, undefined and NaN are skipped.
 *
 * @example
 * meanInterval([2, 4, 4, 5, 7]); // => { n: 5, mean: 4.4, low: 2.144405, high: 6.655595, level: 0.95 }
 * // R: t.test(c(2,4,4,5,7))$conf.int = 2.144405 6.655595
 */
export function meanInterval(values: Iterable<number | null | undefined>, options: { level?: number } = {}): MeanInterval {
  const level = options.level ?? 0.95;
  const kept: number[] = [];
  for (const value of values) if (typeof value === "number" && Number.isFinite(value)) kept.push(value);
  const n = kept.length;
  if (n === 0) return { n, mean: undefined, low: undefined, high: undefined, level };
  const m = mean(kept);
  if (n < 2) return { n, mean: m, low: undefined, high: undefined, level };
  const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * (sampleStandardDeviation(kept) / Math.sqrt(n));
  return { n, mean: m, low: m - half, high: m + half, level };
}

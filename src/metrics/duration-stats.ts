import { mean } from "simple-statistics";
import { quantileSorted } from "../stats/quantile.js";

/** Summary of a set of durations in seconds. Statistics are undefined when n = 0. */
export interface DurationStats {
  n: number;
  /** R type 7 (linear interpolation between order statistics). */
  medianSeconds: number | undefined;
  p90Seconds: number | undefined;
  meanSeconds: number | undefined;
  /** Share of the durations at or under each target (SLA attainment). */
  withinTarget: { targetSeconds: number; count: number; share: number | undefined }[];
}

/**
 * Median, p90 (R type 7), mean and the share at or under each target of durations in seconds.
 *
 * @example
 * durationStats([60, 120, 1800, 7200], [1800, 3600]);
 * // => { n: 4, medianSeconds: 960, p90Seconds: 5580, meanSeconds: 2295,
 * //      withinTarget: [{ targetSeconds: 1800, count: 3, share: 0.75 }, { targetSeconds: 3600, count: 3, share: 0.75 }] }
 */
export function durationStats(values: ArrayLike<number>, targets: readonly number[]): DurationStats {
  return durationStatsOfSorted(Float64Array.from(values).sort(), targets);
}

/**
 * {@link durationStats} of values already sorted ascending (as `Float64Array.prototype.sort` sorts
 * them): for a caller that needs the sorted values for something else too, so they are sorted once.
 *
 * @example
 * durationStatsOfSorted(Float64Array.of(60, 120, 1800, 7200), [1800]).medianSeconds; // => 960
 */
export function durationStatsOfSorted(sorted: Float64Array, targets: readonly number[]): DurationStats {
  const n = sorted.length;
  return {
    n,
    medianSeconds: quantileSorted(sorted, 0.5),
    p90Seconds: quantileSorted(sorted, 0.9),
    meanSeconds: n === 0 ? undefined : mean(sorted as unknown as number[]),
    withinTarget: targets.map((targetSeconds) => {
      const count = countAtMost(sorted, targetSeconds);
      return { targetSeconds, count, share: n === 0 ? undefined : count / n };
    }),
  };
}

/** How many of the sorted values are <= limit (binary search). */
function countAtMost(sorted: Float64Array, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Appends every value of `from` to `into` (no spread: safe for millions of values).
 *
 * @example
 * const values = [1]; appendAll(values, [2, 3]); values; // => [1, 2, 3]
 */
export function appendAll(into: number[], from: readonly number[]): void {
  for (let i = 0; i < from.length; i++) into.push(from[i]!);
}

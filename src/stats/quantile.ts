/**
 * The p-quantile of a sample by linear interpolation between order statistics: R's type 7, numpy's
 * default. With sorted values x[0..n-1], h = (n - 1)·p, the quantile is x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋+1] - x[⌊h⌋]).
 * Null, undefined and NaN are skipped; `undefined` when nothing is left. Cost: O(n log n) (a sort).
 *
 * @throws CarelensError when p is outside [0, 1].
 * @example
 * quantile([1, 2, 3, 4], 0.5); // => 2.5   (R: quantile(1:4, 0.5) = 2.5)
 * quantile([10, 20, 30, 40, 50], 0.9); // => 46   (R: quantile(c(10,20,30,40,50), 0.9) = 46)
 * quantile([], 0.5); // => undefined
 */
import { CarelensError } from "../errors.js";

export function quantile(values: Iterable<number | null | undefined>, p: number): number | undefined {
  return quantileSorted(sortedFinite(values), p);
}

/** {@link quantile} on values already sorted ascending, without NaN (O(1)). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | undefined {
  if (!(p >= 0 && p <= 1)) throw new CarelensError(`quantile p must be within [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return undefined;
  const h = (n - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, n - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

/** The finite numbers of `values`, sorted ascending, as a Float64Array. */
export function sortedFinite(values: Iterable<number | null | undefined>): Float64Array {
  const kept: number[] = [];
  for (const value of values) if (typeof value === "number" && Number.isFinite(value)) kept.push(value);
  return Float64Array.from(kept).sort();
}

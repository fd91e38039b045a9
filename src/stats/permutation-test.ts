import { forEachAssignment } from "./for-each-assignment.js";
import { invertTest } from "./invert-test.js";
import { randomFrom, type Random } from "./seeded-random.js";

export interface PermutationTestOptions {
  /** Confidence level of the interval (default 0.95). */
  level?: number;
  /** Enumerate every assignment when there are at most this many (default 20,000). */
  exactLimit?: number;
  /** Random assignments otherwise (default 9,999). */
  permutations?: number;
  /** A random source (see `seededRandom`); else one seeded with `seed` (default 1). */
  random?: Random;
  seed?: number;
}

/** The result of a permutation test of mean(x) - mean(y). */
export interface PermutationTest {
  nX: number;
  nY: number;
  difference: number | undefined;
  /** Two-sided p-value: the share of assignments whose |difference| is at least the observed one. */
  pValue: number | undefined;
  /** Interval by test inversion: the shifts δ not rejected when δ is taken off every x. */
  low: number | undefined;
  high: number | undefined;
  level: number;
  method: "exact" | "monte-carlo";
  /** Assignments used: C(nX + nY, nX) when exact. */
  assignments: number;
}

/**
 * A two-sided permutation (randomisation) test of mean(x) - mean(y) over the assignment of units to the
 * two groups, with an interval by test inversion. The test is exact under the sharp null (the group makes
 * no difference to any unit), whatever the distribution, so it suits a handful of units (agents).
 *
 * - Exact: when C(n, nX) <= `exactLimit`, every assignment is enumerated and p = #{|D*| >= |D|} / C(n, nX)
 *   (the same p-value as R coin's `oneway_test(..., distribution = "exact")`).
 * - Monte Carlo: otherwise `permutations` random assignments, p = (1 + #{|D*| >= |D|}) / (permutations + 1),
 *   which keeps the test valid (never below its nominal size).
 * - Interval: the set of constant shifts δ for which the test of "x - δ and y come from the same
 *   assignment-invariant values" is not rejected at 1 - level (Lehmann's inversion; found by bisection on
 *   the same assignments). Bounds are `undefined` when the test cannot reach 1 - level (too few
 *   assignments, e.g. 2 vs 3 units).
 *
 * Non-finite values are skipped; everything but the sizes is `undefined` when a group is empty.
 *
 * @example
 * permutationTest([12, 15, 14], [9, 10, 8, 11]).pValue; // => 0.0286 (1 of 35 assignments)
 * // R: coin::pvalue(oneway_test(v ~ g, distribution = "exact")) = 0.02857143
 */
export function permutationTest(x: Iterable<number>, y: Iterable<number>, options: PermutationTestOptions = {}): PermutationTest {
  const xs = [...x].filter(Number.isFinite);
  const ys = [...y].filter(Number.isFinite);
  return permutationTestUnits(Float64Array.from([...xs, ...ys]), Uint8Array.from([...xs.map(() => 1), ...ys.map(() => 0)]), options);
}

/**
 * {@link permutationTest} on units in a given order, `inX[i]` = 1 for the units of x. Swapping the groups
 * (inverting `inX`) with the same seed flips the sign of the difference and interval and gives the same
 * p-value, because the random subsets drawn are those of the smaller group's size over the same units.
 * @example
 * permutationTestUnits(Float64Array.of(1, 9, 2, 8), Uint8Array.of(0, 1, 0, 1)).difference; // => 7
 */
export function permutationTestUnits(values: Float64Array, inX: Uint8Array, options: PermutationTestOptions = {}): PermutationTest {
  const level = options.level ?? 0.95;
  const n = values.length;
  let k = 0;
  let total = 0;
  let sumX = 0;
  for (let i = 0; i < n; i++) {
    k += inX[i]!;
    total += values[i]!;
    if (inX[i]) sumX += values[i]!;
  }
  const method = "exact" as "exact" | "monte-carlo";
  const empty: PermutationTest = { nX: k, nY: n - k, difference: undefined, pValue: undefined, low: undefined, high: undefined, level, method, assignments: 0 };
  if (k === 0 || k === n) return empty;
  const meanDiff = (sumA: number) => sumA / k - (total - sumA) / (n - k);
  const shift = (xA: number) => xA / k - (k - xA) / (n - k);
  const difference = meanDiff(sumX);
  const m = Math.min(k, n - k);
  const subsetIsX = m === k;
  const ds: number[] = [];
  const cs: number[] = [];
  const run = forEachAssignment(n, m, { exactLimit: options.exactLimit ?? 20_000, permutations: options.permutations ?? 9_999, random: randomFrom(options) }, (subset) => {
    let sum = 0;
    let xs = 0;
    for (let i = 0; i < m; i++) {
      sum += values[subset[i]!]!;
      xs += inX[subset[i]!]!;
    }
    ds.push(meanDiff(subsetIsX ? sum : total - sum));
    cs.push(shift(subsetIsX ? xs : k - xs));
  });
  let spread = 0;
  for (let i = 0; i < n; i++) spread = Math.max(spread, Math.abs(values[i]! - total / n));
  const tolerance = 1e-9 * spread;
  const pAt = (delta: number): number => {
    const observed = Math.abs(difference - delta) - tolerance;
    let extreme = 0;
    for (let a = 0; a < ds.length; a++) if (Math.abs(ds[a]! - delta * cs[a]!) >= observed) extreme++;
    return run.exact ? extreme / run.count : (extreme + 1) / (run.count + 1);
  };
  const pValue = Math.min(1, pAt(0));
  const interval = spread > 0 ? invertTest(pAt, difference, spread, 1 - level) : { low: difference, high: difference };
  return { ...empty, difference, pValue, ...interval, method: run.exact ? "exact" : "monte-carlo", assignments: run.count };
}

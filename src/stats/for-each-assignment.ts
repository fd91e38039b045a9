import { CarelensError } from "../errors.js";
import type { Random } from "./seeded-random.js";

/** How group assignments were visited. */
export interface AssignmentRun {
  /** True when every one of the C(n, m) subsets was visited once. */
  exact: boolean;
  /** Subsets visited. */
  count: number;
}

export interface AssignmentOptions {
  /** Enumerate every subset when there are at most this many (default 20,000). */
  exactLimit: number;
  /** Random subsets to draw otherwise. */
  permutations: number;
  random: Random;
}

/**
 * Visits subsets of size m of the units 0..n-1: all C(n, m) of them in lexicographic order when there are
 * at most `exactLimit`, otherwise `permutations` uniformly random ones (a partial Fisher–Yates shuffle per
 * draw). `visit` receives the subset's indices in a reused array it must not keep.
 *
 * @example
 * forEachAssignment(4, 2, { exactLimit: 100, permutations: 0, random: Math.random }, (s) => console.log([...s]));
 * // => [0,1] [0,2] [0,3] [1,2] [1,3] [2,3]; returns { exact: true, count: 6 }
 */
export function forEachAssignment(n: number, m: number, options: AssignmentOptions, visit: (subset: Int32Array) => void): AssignmentRun {
  if (!(Number.isInteger(m) && m >= 0 && m <= n)) throw new CarelensError(`subset size must be within [0, ${n}], got ${m}`);
  if (combinations(n, m) <= options.exactLimit) {
    const subset = Int32Array.from({ length: m }, (_, i) => i);
    let count = 0;
    for (;;) {
      visit(subset);
      count++;
      let i = m - 1;
      while (i >= 0 && subset[i] === n - m + i) i--;
      if (i < 0) return { exact: true, count };
      subset[i]!++;
      for (let j = i + 1; j < m; j++) subset[j] = subset[j - 1]! + 1;
    }
  }
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  const subset = new Int32Array(m);
  for (let draw = 0; draw < options.permutations; draw++) {
    for (let i = 0; i < m; i++) {
      const j = i + Math.floor(options.random() * (n - i));
      const chosen = pool[j]!;
      pool[j] = pool[i]!;
      pool[i] = chosen;
      subset[i] = chosen;
    }
    visit(subset);
  }
  return { exact: false, count: options.permutations };
}

/** C(n, m) as a floating-point number (Infinity past 1.8e308). * @example
 * combinations(36, 6); // => 1947792
 */
export function combinations(n: number, m: number): number {
  const k = Math.min(m, n - m);
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

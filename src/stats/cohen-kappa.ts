import { confusionMatrix, type Label } from "./confusion-matrix.js";
import { normalQuantile } from "./standard-normal.js";

/** Cohen's kappa with its large-sample standard error and interval. */
export interface CohenKappa {
  /** Items labelled by both. */
  n: number;
  /** Observed agreement p_o. */
  observed: number | undefined;
  /** Agreement expected by chance from each side's label shares, p_e. */
  expected: number | undefined;
  kappa: number | undefined;
  standardError: number | undefined;
  low: number | undefined;
  high: number | undefined;
  level: number;
}

/**
 * Cohen's (unweighted) kappa between two label lists over the same items: κ = (p_o - p_e) / (1 - p_e),
 * how far agreement goes beyond what two raters with these label shares would reach by chance (1 perfect,
 * 0 chance level, below 0 worse than chance). Items missing a label on either side are left out.
 * Standard error: the large-sample formula of Fleiss, Cohen and Everitt (1969), the `ASE` of R vcd's
 * `Kappa()` and `std_kappa` of statsmodels' `cohens_kappa`; interval κ ± z·SE within [-1, 1]. `undefined` when
 * nothing is left, and κ is undefined when p_e = 1 (both raters used one and the same label throughout).
 *
 * @example
 * cohenKappa(["a", "a", "b", "b", "a"], ["a", "b", "b", "b", "a"]).kappa; // => 0.6154
 * // R: vcd::Kappa(table(factor(c("a","a","b","b","a")), factor(c("a","b","b","b","a")))) = 0.6154
 */
export function cohenKappa(a: readonly Label[], b: readonly Label[], options: { level?: number } = {}): CohenKappa {
  const level = options.level ?? 0.95;
  const { counts, n } = confusionMatrix(a, b);
  const empty: CohenKappa = { n, observed: undefined, expected: undefined, kappa: undefined, standardError: undefined, low: undefined, high: undefined, level };
  if (n === 0) return empty;
  const k = counts.length;
  const p = counts.map((row) => row.map((c) => c / n));
  const rows = p.map((row) => row.reduce((s, v) => s + v, 0));
  const cols = p[0]!.map((_, j) => p.reduce((s, row) => s + row[j]!, 0));
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    observed += p[i]![i]!;
    expected += rows[i]! * cols[i]!;
  }
  if (expected === 1) return { ...empty, observed, expected };
  const kappa = (observed - expected) / (1 - expected);
  let sum = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      sum += i === j ? p[i]![i]! * (1 - (rows[i]! + cols[i]!) * (1 - kappa)) ** 2 : (1 - kappa) ** 2 * p[i]![j]! * (cols[i]! + rows[j]!) ** 2;
    }
  }
  const variance = (sum - (kappa - expected * (1 - kappa)) ** 2) / (n * (1 - expected) ** 2);
  const standardError = Math.sqrt(Math.max(0, variance));
  const half = normalQuantile(1 - (1 - level) / 2) * standardError;
  // Bounds kept within [-1, 1], as vcd's confint does.
  return { n, observed, expected, kappa, standardError, low: Math.max(-1, kappa - half), high: Math.min(1, kappa + half), level };
}

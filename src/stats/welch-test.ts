import { mean, sampleVariance } from "simple-statistics";
import { studentTCdf, studentTQuantile } from "./student-t.js";

/** The result of a two-sample test of a difference in means: mean(x) - mean(y). */
export interface WelchTest {
  nX: number;
  nY: number;
  meanX: number | undefined;
  meanY: number | undefined;
  /** mean(x) - mean(y). */
  difference: number | undefined;
  /** √(s²x/nx + s²y/ny). */
  standardError: number | undefined;
  /** Welch–Satterthwaite degrees of freedom (fractional). */
  df: number | undefined;
  t: number | undefined;
  /** Two-sided p-value of difference = 0. */
  pValue: number | undefined;
  low: number | undefined;
  high: number | undefined;
  level: number;
}

/**
 * Welch's two-sample t-test (unequal variances), two-sided, with its confidence interval for
 * mean(x) - mean(y): the same numbers as R's `t.test(x, y, var.equal = FALSE)`.
 *
 * t = (x̄ - ȳ) / SE, SE = √(s²x/nx + s²y/ny), df = SE⁴ / ((s²x/nx)²/(nx-1) + (s²y/ny)²/(ny-1)),
 * interval (x̄ - ȳ) ± t(1 - α/2, df)·SE. Non-finite values are skipped. Statistics that cannot be computed
 * are `undefined`: every one but the means when a group has fewer than two values, and t, df and the
 * p-value when both groups have no spread (SE = 0).
 *
 * @example
 * welchTest([19.1, 21.4, 18.2, 22.9, 20.3], [17.2, 16.9, 18.8, 17.5]).pValue; // => 0.0254
 * // R: t.test(c(19.1,21.4,18.2,22.9,20.3), c(17.2,16.9,18.8,17.5))$p.value = 0.02539030
 */
export function welchTest(x: Iterable<number>, y: Iterable<number>, options: { level?: number } = {}): WelchTest {
  const level = options.level ?? 0.95;
  const xs = finite(x);
  const ys = finite(y);
  const meanX = xs.length > 0 ? mean(xs) : undefined;
  const meanY = ys.length > 0 ? mean(ys) : undefined;
  const difference = meanX !== undefined && meanY !== undefined ? meanX - meanY : undefined;
  const result: WelchTest = { nX: xs.length, nY: ys.length, meanX, meanY, difference, standardError: undefined, df: undefined, t: undefined, pValue: undefined, low: undefined, high: undefined, level };
  if (xs.length < 2 || ys.length < 2 || difference === undefined) return result;
  const vx = sampleVariance(xs) / xs.length;
  const vy = sampleVariance(ys) / ys.length;
  const standardError = Math.sqrt(vx + vy);
  result.standardError = standardError;
  if (standardError === 0) return result;
  const df = (vx + vy) ** 2 / (vx ** 2 / (xs.length - 1) + vy ** 2 / (ys.length - 1));
  if (!(df > 0)) return result; // variances so small that their squares underflow
  const t = difference / standardError;
  const half = studentTQuantile(1 - (1 - level) / 2, df) * standardError;
  return { ...result, df, t, pValue: 2 * studentTCdf(-Math.abs(t), df), low: difference - half, high: difference + half };
}

function finite(values: Iterable<number>): number[] {
  const kept: number[] = [];
  for (const value of values) if (Number.isFinite(value)) kept.push(value);
  return kept;
}

import { studentTCdf, studentTQuantile } from "./student-t.js";

/** An ordinary-least-squares line y = intercept + slope·x, with the slope's interval and p-value. */
export interface LinearTrend {
  n: number;
  slope: number | undefined;
  intercept: number | undefined;
  /** Standard error of the slope; undefined when n < 3 or all x are equal. */
  standardError: number | undefined;
  low: number | undefined;
  high: number | undefined;
  /** Two-sided p-value of slope = 0. */
  pValue: number | undefined;
  level: number;
}

/**
 * Fits y = a + b·x by least squares and gives b with a t-based interval (n - 2 degrees of freedom), as R's
 * `lm(y ~ x)` and `confint()` do. Points with a non-finite x or y are skipped.
 *
 * @example
 * linearTrend([[1, 2], [2, 4.1], [3, 5.9], [4, 8.2]]).slope; // => 2.04
 * // R: m <- lm(c(2,4.1,5.9,8.2) ~ c(1,2,3,4)); coef(m)[2] = 2.04; confint(m)[2,] = 1.761156 2.318844
 */
export function linearTrend(points: Iterable<readonly [number, number]>, options: { level?: number } = {}): LinearTrend {
  const level = options.level ?? 0.95;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of points) {
    if (Number.isFinite(x) && Number.isFinite(y)) {
      xs.push(x);
      ys.push(y);
    }
  }
  const n = xs.length;
  const empty = { n, slope: undefined, intercept: undefined, standardError: undefined, low: undefined, high: undefined, pValue: undefined, level };
  if (n < 2) return empty;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  if (sxx === 0) return empty;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  if (n < 3) return { ...empty, slope, intercept };
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (ys[i]! - intercept - slope * xs[i]!) ** 2;
  const standardError = Math.sqrt(sse / (n - 2) / sxx);
  const half = studentTQuantile(1 - (1 - level) / 2, n - 2) * standardError;
  const pValue = standardError === 0 ? 0 : 2 * (1 - studentTCdf(Math.abs(slope / standardError), n - 2));
  return { n, slope, intercept, standardError, low: slope - half, high: slope + half, pValue, level };
}

/**
 * The bounds of a confidence set found by inverting a test: {δ : p(δ) > α}, searched outward from the
 * estimate (where p = 1) by doubling a step until p(δ) <= α, then by bisection to a relative precision of
 * about 1e-10. A bound is `undefined` when no δ within 2^40 steps is rejected (the test cannot reach α,
 * e.g. an exact permutation test with fewer than 1/α assignments).
 *
 * @example
 * // A z-test: p(δ) = 2·Φ(-|2 - δ| / 0.5) gives 2 ± 1.959964·0.5
 * invertTest((d) => 2 * normalCdf(-Math.abs(2 - d) / 0.5), 2, 0.5, 0.05); // => { low: 1.020018, high: 2.979982 }
 */
export function invertTest(pValue: (delta: number) => number, estimate: number, step: number, alpha: number): { low: number | undefined; high: number | undefined } {
  return { low: bound(pValue, estimate, -step, alpha), high: bound(pValue, estimate, step, alpha) };
}

function bound(pValue: (delta: number) => number, estimate: number, step: number, alpha: number): number | undefined {
  if (!(Math.abs(step) > 0) || !Number.isFinite(step)) return undefined;
  let inside = estimate;
  let outside = estimate + step;
  let doublings = 0;
  while (pValue(outside) > alpha) {
    if (++doublings > 40) return undefined;
    inside = outside;
    outside = estimate + step * 2 ** doublings;
  }
  const tolerance = 1e-10 * (Math.abs(estimate) + Math.abs(step));
  while (Math.abs(outside - inside) > tolerance) {
    const middle = (inside + outside) / 2;
    if (pValue(middle) > alpha) inside = middle;
    else outside = middle;
  }
  return (inside + outside) / 2;
}

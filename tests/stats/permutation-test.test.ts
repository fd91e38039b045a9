import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { permutationTest, permutationTestUnits } from "../../src/stats/permutation-test.js";

const v = [5.1, 6.3, 4.8, 7.2, 5.9, 4.2, 5.0, 4.6, 3.9, 5.3, 4.4, 4.9];
const x = v.slice(0, 5);
const y = v.slice(5);

// References: R 4.2.2 with coin 1.4-2 (Debian r-cran-coin), library(coin).
describe("permutationTest(x, y)", () => {
  it("enumerates every assignment and agrees with coin's exact Fisher-Pitman test", () => {
    // pvalue(oneway_test(c(12,15,14,9,10,8,11) ~ factor(c(1,1,1,2,2,2,2)), distribution = "exact")) = 0.0285714285714
    expect(permutationTest([12, 15, 14], [9, 10, 8, 11])).toMatchObject({ method: "exact", assignments: 35, pValue: expect.closeTo(0.0285714285714, 12) });
    // g <- factor(c(rep(1,5), rep(2,7))); pvalue(oneway_test(v ~ g, distribution = "exact")) = 0.0138888888889 (11/792)
    const r = permutationTest(x, y);
    expect(r).toMatchObject({ method: "exact", assignments: 792, difference: expect.closeTo(1.245714285714, 11) });
    expect(r.pValue).toBeCloseTo(0.0138888888889, 12);
  });

  it("gives the interval found by inverting coin's exact test", () => {
    // p <- function(d) as.numeric(pvalue(oneway_test(c(x-d, y) ~ g, distribution="exact")))
    // grid <- seq(-1, 3.5, by=0.001); range(grid[sapply(grid, p) > 0.05]) = 0.334 2.200
    // so the bounds lie in (0.333, 0.334] and [2.200, 2.201): they are 1/3 and 2.2, where assignments tie.
    const r = permutationTest(x, y);
    expect(r.low).toBeGreaterThan(0.333);
    expect(r.low).toBeLessThanOrEqual(0.334);
    expect(r.high).toBeGreaterThanOrEqual(2.2 - 1e-8);
    expect(r.high).toBeLessThan(2.201);
  });

  it("draws random assignments past the exact limit, within Monte Carlo error of the exact p-value", () => {
    const r = permutationTest(x, y, { exactLimit: 100, permutations: 99_999, seed: 7 });
    expect(r.method).toBe("monte-carlo");
    const exact = 11 / 792;
    expect(Math.abs(r.pValue! - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / 99_999));
    expect(permutationTest(x, y, { exactLimit: 100, permutations: 999, seed: 7 })).toEqual(permutationTest(x, y, { exactLimit: 100, permutations: 999, seed: 7 }));
  });

  it("has no interval when the test cannot reach the level (2 vs 3 units: 10 assignments)", () => {
    const r = permutationTest([5, 6], [1, 2, 3]);
    expect(r.pValue).toBeCloseTo(0.1, 12); // 1/10: pvalue(oneway_test(c(5,6,1,2,3) ~ factor(c(1,1,2,2,2)), distribution="exact")) = 0.1
    expect([r.low, r.high]).toEqual([undefined, undefined]);
  });

  it("flips the sign and keeps the p-value when the groups swap (same seed), with p in [0, 1]", () => {
    const values = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 3, maxLength: 14 });
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 1000 }), fc.boolean(), (list, seed, exact) => {
        const inX = Uint8Array.from(list, (_, i) => (i % 3 === 0 ? 1 : 0));
        const swapped = inX.map((b) => 1 - b);
        const options = { seed, exactLimit: exact ? 20_000 : 10, permutations: 199 };
        const a = permutationTestUnits(Float64Array.from(list), inX, options);
        const b = permutationTestUnits(Float64Array.from(list), swapped, options);
        expect(b.difference).toBeCloseTo(-a.difference!, 9);
        expect(b.pValue).toBe(a.pValue);
        expect(a.pValue).toBeGreaterThan(0);
        expect(a.pValue).toBeLessThanOrEqual(1);
        if (a.low !== undefined && b.high !== undefined) expect(b.high).toBeCloseTo(-a.low, 6);
      }),
      { numRuns: 60 },
    );
  });
});

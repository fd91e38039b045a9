import { describe, expect, it } from "vitest";
import { hedgesG } from "../../src/stats/hedges-g.js";
import { minimumDetectableEffect } from "../../src/stats/minimum-detectable-effect.js";
import { powerToDetect } from "../../src/stats/power-to-detect.js";

// References: R 4.2.2; effectsize 0.8.3 (Debian r-cran-effectsize).
describe("hedgesG(x, y)", () => {
  it("agrees with effectsize::hedges_g and cohens_d", () => {
    // hedges_g(c(5,7,6,8), c(4,5,3,5,4)) = 1.9352708061; cohens_d(...) = 2.1788611469
    const r = hedgesG([5, 7, 6, 8], [4, 5, 3, 5, 4]);
    expect(r.g).toBeCloseTo(1.9352708061, 9);
    expect(r.d).toBeCloseTo(2.1788611469, 9);
    expect(hedgesG([4, 5, 3, 5, 4], [5, 7, 6, 8]).g).toBeCloseTo(-1.9352708061, 9);
  });
  it("is undefined without two values per group or without spread", () => {
    expect(hedgesG([1], [2, 3]).g).toBeUndefined();
    expect(hedgesG([2, 2], [2, 2])).toEqual({ g: undefined, d: undefined, pooledSd: 0 });
  });
});

describe("minimumDetectableEffect(design) and powerToDetect(effect, design)", () => {
  it("follow Bloom's formula (t quantiles, df = nX + nY - 2), close to power.t.test's exact answer", () => {
    // (qt(0.975, 10) + qt(0.8, 10)) * sqrt(2/6) = 1.79394084; power.t.test(n=6, sd=1, power=0.8)$delta = 1.795547
    const mde = minimumDetectableEffect({ sd: 1, nX: 6, nY: 6 })!;
    expect(mde.effect).toBeCloseTo(1.79394084, 8);
    expect(Math.abs(mde.effect / 1.795547 - 1)).toBeLessThan(0.01);
    const unequal = minimumDetectableEffect({ sd: 2.5, nX: 6, nY: 30, alpha: 0.01 }, { power: 0.9 })!;
    expect(unequal.effect).toBeCloseTo(4.511653933, 8); // R: (qt(0.995, 34) + qt(0.9, 34)) * 2.5 * sqrt(1/6 + 1/30) = 4.511653933
    expect(unequal.df).toBe(34);
  });
  it("powerToDetect inverts the MDE", () => {
    // pt(1/sqrt(2/6) - qt(0.975, 10), 10) = 0.3152770674 (power.t.test(n=6, delta=1)$power = 0.3471565, noncentral t)
    expect(powerToDetect(1, { sd: 1, nX: 6, nY: 6 })).toBeCloseTo(0.3152770674, 9);
    const design = { sd: 3, nX: 6, nY: 30 };
    expect(powerToDetect(minimumDetectableEffect(design)!.effect, design)).toBeCloseTo(0.8, 12);
  });
  it("refuses alpha or power outside (0, 1) and needs two units per group", () => {
    expect(() => minimumDetectableEffect({ sd: 1, nX: 5, nY: 5 }, { power: 80 })).toThrow("carelens: power must be within (0, 1), got 80");
    expect(minimumDetectableEffect({ sd: 1, nX: 1, nY: 5 })).toBeUndefined();
  });
});

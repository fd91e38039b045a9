import { describe, expect, it } from "vitest";
import { linearTrend } from "../../src/stats/linear-trend.js";
import { meanInterval } from "../../src/stats/mean-interval.js";
import { quantile } from "../../src/stats/quantile.js";
import { studentTCdf, studentTQuantile } from "../../src/stats/student-t.js";

// Reference values from R 4.2.2 (Debian r-base-core), commands quoted beside each expectation.
describe("quantile(values, p)", () => {
  it("interpolates like R type 7", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5); // quantile(1:4, 0.5) = 2.5
    expect(quantile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46, 12); // quantile(c(10,20,30,40,50), 0.9) = 46
    // quantile(c(3,1,4,1,5,9,2,6), c(0.1,0.5,0.9)) = 1.0 3.5 6.9
    expect([0.1, 0.5, 0.9].map((p) => quantile([3, 1, 4, 1, 5, 9, 2, 6], p))).toEqual([1, 3.5, expect.closeTo(6.9, 12)]);
  });
  it("skips null, undefined and NaN, and returns undefined when nothing is left", () => {
    expect(quantile([null, 4, undefined, Number.NaN, 2], 0.5)).toBe(3);
    expect(quantile([], 0.5)).toBeUndefined();
  });
  it("refuses p outside [0, 1]", () => {
    expect(() => quantile([1], 1.5)).toThrow("carelens: quantile p must be within [0, 1], got 1.5");
  });
});

describe("studentTQuantile(p, df) and studentTCdf(t, df)", () => {
  it("agree with R's qt and pt", () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138852, 8); // qt(0.975, 10)
    expect(studentTQuantile(0.975, 3.5)).toBeCloseTo(2.940088638, 8); // qt(0.975, 3.5)
    expect(studentTCdf(-1.5, 7)).toBeCloseTo(0.08864924349, 9); // pt(-1.5, 7)
  });
});

describe("meanInterval(values)", () => {
  it("agrees with R's t.test confidence interval", () => {
    const result = meanInterval([2, 4, 4, 5, 7]);
    expect(result.mean).toBeCloseTo(4.4, 12);
    expect(result.low).toBeCloseTo(2.144405334, 8); // t.test(c(2,4,4,5,7))$conf.int
    expect(result.high).toBeCloseTo(6.655594666, 8);
    const ninety = meanInterval([2, 4, 4, 5, 7], { level: 0.9 });
    expect([ninety.low, ninety.high]).toEqual([expect.closeTo(2.668079484, 8), expect.closeTo(6.131920516, 8)]); // conf.level=0.9
  });
  it("gives no interval for fewer than two values", () => {
    expect(meanInterval([3])).toEqual({ n: 1, mean: 3, low: undefined, high: undefined, level: 0.95 });
    expect(meanInterval([]).mean).toBeUndefined();
  });
});

describe("linearTrend(points)", () => {
  it("agrees with R's lm and confint", () => {
    // m <- lm(c(2,4.1,5.9,8.2) ~ c(1,2,3,4)); coef(m); confint(m); summary(m)$coefficients
    const trend = linearTrend([[1, 2], [2, 4.1], [3, 5.9], [4, 8.2]]);
    expect(trend.slope).toBeCloseTo(2.04, 12);
    expect(trend.intercept).toBeCloseTo(-0.05, 12);
    expect(trend.standardError).toBeCloseTo(0.06480740698, 9);
    expect(trend.low).toBeCloseTo(1.761156233, 8);
    expect(trend.high).toBeCloseTo(2.318843767, 8);
    expect(trend.pValue).toBeCloseTo(0.001007701976, 9);
  });
  it("has no slope when every x is the same", () => {
    expect(linearTrend([[1, 2], [1, 3]]).slope).toBeUndefined();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { welchTest } from "../../src/stats/welch-test.js";

// References: R 4.2.2, commands beside each expectation.
describe("welchTest(x, y)", () => {
  it("agrees with R's t.test(x, y, var.equal = FALSE)", () => {
    // r <- t.test(c(19.1,21.4,18.2,22.9,20.3), c(17.2,16.9,18.8,17.5)); c(r$statistic, r$parameter, r$p.value, r$conf.int, r$stderr)
    // => 2.9901117308367 5.7909639025619 0.0253903037872 0.4849748100538 5.0750251899462 0.9297311439336
    const r = welchTest([19.1, 21.4, 18.2, 22.9, 20.3], [17.2, 16.9, 18.8, 17.5]);
    expect(r.difference).toBeCloseTo(2.78, 12);
    expect(r.t).toBeCloseTo(2.9901117308367, 10);
    expect(r.df).toBeCloseTo(5.7909639025619, 10);
    expect(r.pValue).toBeCloseTo(0.0253903037872, 11);
    expect(r.low).toBeCloseTo(0.4849748100538, 10);
    expect(r.high).toBeCloseTo(5.0750251899462, 10);
    expect(r.standardError).toBeCloseTo(0.9297311439336, 11);
  });

  it("uses the given confidence level", () => {
    // r <- t.test(c(3.1,4.7,2.2,5.9,4.4,3.8), c(2.9,3.3,2.8,3.6,3.1,2.5,3.0,3.4), conf.level=0.9)
    // => t 1.736982136355, df 5.564721466583, p 0.136926674459, conf.int -0.126728632034 2.010061965368
    const r = welchTest([3.1, 4.7, 2.2, 5.9, 4.4, 3.8], [2.9, 3.3, 2.8, 3.6, 3.1, 2.5, 3.0, 3.4], { level: 0.9 });
    expect(r.pValue).toBeCloseTo(0.136926674459, 11);
    expect(r.df).toBeCloseTo(5.564721466583, 10);
    expect([r.low, r.high]).toEqual([expect.closeTo(-0.126728632034, 10), expect.closeTo(2.010061965368, 10)]);
  });

  it("leaves what cannot be computed undefined", () => {
    expect(welchTest([1], [2, 3])).toMatchObject({ nX: 1, difference: -1.5, pValue: undefined, low: undefined });
    expect(welchTest([2, 2], [2, 2])).toMatchObject({ difference: 0, standardError: 0, t: undefined, pValue: undefined });
    expect(welchTest([1, Number.NaN, 3], [2, 3]).nX).toBe(2);
  });

  it("flips the sign of the difference and keeps the p-value when x and y swap", () => {
    const sample = fc.array(fc.integer({ min: -10_000, max: 10_000 }).map((v) => v / 100), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const a = welchTest(x, y);
        const b = welchTest(y, x);
        expect(b.difference).toBeCloseTo(-a.difference!, 9);
        if (a.pValue === undefined) expect(b.pValue).toBeUndefined();
        else {
          expect(a.pValue).toBeGreaterThanOrEqual(0);
          expect(a.pValue).toBeLessThanOrEqual(1);
          expect(b.pValue).toBeCloseTo(a.pValue, 9);
        }
      }),
    );
  });
});

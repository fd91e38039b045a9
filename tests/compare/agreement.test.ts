import { describe, expect, it } from "vitest";
import { agreement } from "../../src/compare/agreement.js";

const a = ["low", "mid", "high", "mid", "low", "high", "mid", "mid", null, "low", "high", "mid"];
const b = ["low", "high", "high", "mid", "mid", "high", "mid", "low", "mid", "", "high", "mid"];

/*
 * References: R 4.2.2, vcd 1.4-11, and Krippendorff's (2011) coincidence-matrix formulas written out in R (irr's
 * kripp.alpha is not packaged for Debian; krippendorffAlpha itself is checked against the published values):
 *   ok <- !is.na(a) & !is.na(b); t <- table(factor(a[ok], lv), factor(b[ok], lv))   # lv <- c("low","mid","high")
 *   Kappa(t)$Unweighted = 0.531250000000 (ASE 0.220830559863)
 *   o <- t + t(t); nc <- rowSums(o); n <- sum(o)
 *   nominal: 1 - (n - 1) * sum(o[row(o) != col(o)]) / (n^2 - sum(nc^2)) = 0.551181102362
 *   ordinal: d2[c,k] = (sum(nc[c:k]) - (nc[c] + nc[k])/2)^2; 1 - (n - 1) * sum(o * d2) / sum(outer(nc, nc) * d2) = 0.753365384615
 */
describe("agreement(a, b)", () => {
  it("gives percent agreement, kappa, alpha and the confusion matrix over the items both labelled", () => {
    const r = agreement(a, b, { order: ["low", "mid", "high"] });
    expect(r.n).toBe(10);
    expect(r.missing).toEqual({ a: 1, b: 1, both: 0 });
    expect(r.percentAgreement).toBe(0.7);
    expect(r.kappa.kappa).toBeCloseTo(0.53125, 12);
    expect(r.kappa.standardError).toBeCloseTo(0.220830559863, 11);
    expect(r.alpha.nominal).toBeCloseTo(0.551181102362, 11);
    expect(r.alpha.ordinal).toBeCloseTo(0.753365384615, 11);
    expect(r.confusion).toEqual({ labels: ["low", "mid", "high"], counts: [[1, 1, 0], [1, 3, 1], [0, 0, 3]], n: 10 });
  });

  it("has no ordinal alpha without an order, and refuses lists of different lengths", () => {
    expect(agreement(a, b).alpha).toEqual({ nominal: expect.closeTo(0.551181102362, 11) });
    expect(() => agreement(["x"], ["x", "y"])).toThrow("carelens: agreement needs two label lists of the same length (one label per item each), got 1 and 2");
  });

  it("is undefined, not NaN, when nothing was labelled by both", () => {
    const r = agreement([null, "x"], ["y", null]);
    expect(r).toMatchObject({ n: 0, percentAgreement: undefined, alpha: { nominal: undefined }, kappa: { kappa: undefined } });
  });
});

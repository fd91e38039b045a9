import { describe, expect, it } from "vitest";
import { cohenKappa } from "../../src/stats/cohen-kappa.js";
import { confusionMatrix } from "../../src/stats/confusion-matrix.js";
import { krippendorffAlpha } from "../../src/stats/krippendorff-alpha.js";

/** Expands a confusion table (rows a, columns b) into two label lists. */
function fromTable(table: number[][], labels: string[]): [string[], string[]] {
  const a: string[] = [];
  const b: string[] = [];
  table.forEach((row, i) => row.forEach((count, j) => { for (let c = 0; c < count; c++) { a.push(labels[i]!); b.push(labels[j]!); } }));
  return [a, b];
}

describe("confusionMatrix(a, b)", () => {
  it("counts label pairs, leaving out items missing either label", () => {
    expect(confusionMatrix(["yes", "no", "yes", null, ""], ["yes", "yes", "yes", "no", "no"])).toEqual({ labels: ["no", "yes"], counts: [[0, 1], [0, 2]], n: 3 });
    expect(confusionMatrix([1, 2], [2, 2], { labels: [2, 1, 3] }).labels).toEqual(["2", "1", "3"]);
  });
});

describe("cohenKappa(a, b)", () => {
  it("agrees with vcd::Kappa and statsmodels' cohens_kappa", () => {
    // R vcd 1.4-11: k <- Kappa(matrix(c(20,3,1,5,15,2,2,4,18), 3)); k$Unweighted = 0.6354166666667 ASE 0.0765986967043
    // confint(k, level=0.9)[1,] = 0.509423022573 0.761410310760
    // python3 (statsmodels 0.13.5): cohens_kappa(np.array([[20,5,2],[3,15,4],[1,2,18]])) -> kappa 0.6354166666666666,
    //   std_kappa 0.07659869670429878, kappa_low 0.48528597986353406, kappa_upp 0.7855473534697992
    const [a, b] = fromTable([[20, 5, 2], [3, 15, 4], [1, 2, 18]], ["x", "y", "z"]);
    const r = cohenKappa(a, b);
    expect(r.kappa).toBeCloseTo(0.6354166666667, 12);
    expect(r.standardError).toBeCloseTo(0.0765986967043, 12);
    expect([r.low, r.high]).toEqual([expect.closeTo(0.48528597986353406, 12), expect.closeTo(0.7855473534697992, 12)]);
    const ninety = cohenKappa(a, b, { level: 0.9 });
    expect([ninety.low, ninety.high]).toEqual([expect.closeTo(0.509423022573, 11), expect.closeTo(0.76141031076, 11)]);
  });
  it("clips the interval to [-1, 1] as vcd does, and is undefined when chance agreement is certain", () => {
    // Kappa(table(factor(c("a","a","b","b","a")), factor(c("a","b","b","b","a")))) = 0.6153846154, ASE 0.3175481151; confint = -0.006998253664 1
    const r = cohenKappa(["a", "a", "b", "b", "a"], ["a", "b", "b", "b", "a"]);
    expect(r.kappa).toBeCloseTo(0.6153846154, 10);
    expect(r.standardError).toBeCloseTo(0.3175481151, 10);
    expect([r.low, r.high]).toEqual([expect.closeTo(-0.006998253664, 10), 1]);
    expect(cohenKappa(["a", "a"], ["a", "a"])).toMatchObject({ n: 2, observed: 1, expected: 1, kappa: undefined });
    expect(cohenKappa([], []).kappa).toBeUndefined();
  });
});

// Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability. Published values, also in the documentation
// of R irr's kripp.alpha (not packaged for Debian, so the published values are the reference).
describe("krippendorffAlpha(units)", () => {
  it("gives the published α = 0.095 for two observers' binary data", () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    expect(krippendorffAlpha(a.map((v, i) => [v, b[i]!])).alpha).toBeCloseTo(0.095, 3);
  });
  it("gives the published nominal 0.743, ordinal 0.815 and interval 0.849 for four observers with missing values", () => {
    // irr: nmm <- matrix(c(1,1,NA,1,2,2,3,2,3,3,3,3,3,3,3,3,2,2,2,2,1,2,3,4,4,4,4,4,1,1,2,1,2,2,2,2,NA,5,5,5,NA,NA,1,1,NA,NA,3,NA), nrow=4)
    const flat = [1, 1, null, 1, 2, 2, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 1, 2, 3, 4, 4, 4, 4, 4, 1, 1, 2, 1, 2, 2, 2, 2, null, 5, 5, 5, null, null, 1, 1, null, null, 3, null];
    const units = Array.from({ length: 12 }, (_, u) => flat.slice(u * 4, u * 4 + 4));
    expect(krippendorffAlpha(units)).toMatchObject({ alpha: expect.closeTo(0.743, 3), pairable: 40, units: 11 });
    expect(krippendorffAlpha(units, { level: "ordinal", order: [1, 2, 3, 4, 5] }).alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, { level: "interval" }).alpha).toBeCloseTo(0.849, 3);
  });
  it("needs an order for ordinal labels and refuses labels outside it", () => {
    expect(() => krippendorffAlpha([["low", "high"]], { level: "ordinal" })).toThrow(/needs the labels in order/);
    expect(() => krippendorffAlpha([["low", "huge"]], { level: "ordinal", order: ["low", "high"] })).toThrow('carelens: label "huge" is not in the ordinal order [low, high]');
  });
  it("is undefined with one label throughout or nothing pairable", () => {
    expect(krippendorffAlpha([["a", "a"], ["a", "a"]]).alpha).toBeUndefined();
    expect(krippendorffAlpha([["a", null]]).alpha).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { credibilityShrinkage } from "../../src/metrics/credibility-shrinkage.js";

describe("credibilityShrinkage(groups)", () => {
  it("agrees with R's actuar::cm (Bühlmann-Straub) on unequal group sizes", () => {
    // R 4.2.2, actuar: x <- rbind(c(10,12,30,NA,NA), c(50,40,45,60,55), c(20,NA,NA,NA,NA)); w <- ifelse(is.na(x), NA, 1)
    //   fit <- cm(~ agent, data.frame(agent = 1:3, x = x, w = w), ratios = x.1:x.5, weights = w.1:w.5); summary(fit)
    // Collective premium 29.63809; between variance 414.1304; within variance 82.11111;
    // cred. factors 0.9380060692 0.9618578077 0.8345339849; cred. premiums 18.09615384 49.22335228 21.59477707
    const result = credibilityShrinkage([
      { key: "a", values: [10, 12, 30] },
      { key: "b", values: [50, 40, 45, 60, 55] },
      { key: "c", values: [20] },
    ]);
    expect(result.teamMean).toBeCloseTo(29.63809, 5);
    expect(result.betweenVariance).toBeCloseTo(414.1304, 4);
    expect(result.withinVariance).toBeCloseTo(82.11111, 5);
    expect(result.members.map((m) => m.credibility)).toEqual([expect.closeTo(0.9380060692, 9), expect.closeTo(0.9618578077, 9), expect.closeTo(0.8345339849, 9)]);
    expect(result.members.map((m) => m.shrunkMean)).toEqual([expect.closeTo(18.09615384, 7), expect.closeTo(49.22335228, 7), expect.closeTo(21.59477707, 7)]);
  });

  it("shrinks everyone to the weighted mean when the groups differ less than chance would make them", () => {
    // Hand computation: means 2 and 3 (n = 2 each), within variance (2 + 2) / 2 = 2; between estimate
    // (2·0.25 + 2·0.25 - 2) / (4 - 2) < 0 -> 0, so Z = 0 and both shrink to the mean 2.5.
    const result = credibilityShrinkage([{ key: "a", values: [1, 3] }, { key: "b", values: [2, 4] }]);
    expect(result.members.map((m) => [m.credibility, m.shrunkMean])).toEqual([[0, 2.5], [0, 2.5]]);
  });

  it("does not shrink a lone member, and leaves members without values undefined", () => {
    expect(credibilityShrinkage([{ key: "a", values: [5, 7] }, { key: "b", values: [] }]).members).toEqual([
      { key: "a", n: 2, mean: 6, credibility: 1, shrunkMean: 6 },
      { key: "b", n: 0, mean: undefined, credibility: undefined, shrunkMean: undefined },
    ]);
    expect(credibilityShrinkage([]).teamMean).toBeUndefined();
  });
});

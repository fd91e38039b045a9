import { describe, expect, it } from "vitest";
import { wildClusterBootstrap } from "../../src/stats/wild-cluster-bootstrap.js";

const pilot = [[5, 6], [7, 8, 6], [9]];
const control = [[4, 5], [3], [4, 6, 5], [2, 3]];

/*
 * Reference: R 4.2.2 with sandwich 3.0-2 (Debian r-cran-sandwich), enumerating all 2^7 Rademacher sign patterns:
 *
 * library(sandwich)
 * y <- c(5,6, 7,8,6, 9, 4,5, 3, 4,6,5, 2,3); cl <- c(1,1, 2,2,2, 3, 4,4, 5, 6,6,6, 7,7); d <- as.numeric(cl <= 3)
 * fit <- lm(y ~ d); se <- sqrt(vcovCL(fit, cluster = cl, type = "HC1")[2,2])      # b 2.833333, se 0.9045507, t 3.13231
 * wcr_p <- function(delta) {
 *   t <- (coef(fit)[2] - delta) / se; yr <- y - delta * d; a <- mean(yr); u <- yr - a; count <- 0
 *   for (b in 0:127) {
 *     w <- ifelse(bitwAnd(b, 2^(0:6)) > 0, -1, 1)[cl]; ys <- a + delta * d + w * u
 *     f <- lm(ys ~ d); s <- sqrt(vcovCL(f, cluster = cl, type = "HC1")[2,2])
 *     if (abs((coef(f)[2] - delta) / s) >= abs(t) * (1 - 1e-12)) count <- count + 1
 *   }
 *   count / 128
 * }
 * wcr_p(0)                                                                         # 0.015625
 * grid <- seq(0, 7, by=0.01); range(grid[sapply(grid, wcr_p) > 0.05])             # 0.50 6.33
 */
describe("wildClusterBootstrap(x, y)", () => {
  it("agrees with lm + sandwich::vcovCL(type = 'HC1') and a full Rademacher enumeration in R", () => {
    const r = wildClusterBootstrap(pilot, control, { weights: "rademacher" });
    expect(r).toMatchObject({ enumerated: true, bootstraps: 128, clustersX: 3, clustersY: 4 });
    expect(r.difference).toBeCloseTo(2.833333333, 8);
    expect(r.standardError).toBeCloseTo(0.9045507, 7);
    expect(r.t).toBeCloseTo(3.13231, 5);
    expect(r.pValue).toBe(0.015625);
    expect(r.low).toBeGreaterThan(0.49);
    expect(r.low).toBeLessThanOrEqual(0.5 + 1e-8);
    expect(r.high).toBeGreaterThanOrEqual(6.33);
    expect(r.high).toBeLessThan(6.34);
  });

  it("uses Webb's six-point weights when clusters are few, seeded and deterministic", () => {
    const a = wildClusterBootstrap(pilot, control, { seed: 3, bootstraps: 1999 });
    expect(a).toMatchObject({ weights: "webb", enumerated: false, bootstraps: 1999 });
    expect(a).toEqual(wildClusterBootstrap(pilot, control, { seed: 3, bootstraps: 1999 }));
    expect(a.pValue).toBeGreaterThan(0);
    expect(a.pValue).toBeLessThan(0.05);
  });

  it("flips the sign and keeps the p-value when the groups swap", () => {
    const a = wildClusterBootstrap(pilot, control, { weights: "rademacher" });
    const b = wildClusterBootstrap(control, pilot, { weights: "rademacher" });
    expect(b.difference).toBeCloseTo(-a.difference!, 12);
    expect(b.pValue).toBe(a.pValue);
  });

  it("has nothing to test without clusters on both sides", () => {
    expect(wildClusterBootstrap([[1, 2]], [])).toMatchObject({ clustersY: 0, difference: undefined, pValue: undefined });
    expect(() => wildClusterBootstrap(pilot, control, { bootstraps: 0 })).toThrow("carelens: bootstraps must be a positive whole number, got 0");
  });
});

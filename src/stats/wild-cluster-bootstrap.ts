import { CarelensError } from "../errors.js";
import { invertTest } from "./invert-test.js";
import { randomFrom, type Random } from "./seeded-random.js";

export interface WildClusterBootstrapOptions {
  level?: number;
  /** "rademacher" (±1), "webb" (±√½, ±1, ±√(3/2)), or "auto" (default): Webb when there are fewer than 12 clusters. */
  weights?: "auto" | "rademacher" | "webb";
  /** Bootstrap draws (default 9,999); with Rademacher weights and 2^G <= bootstraps, all 2^G are enumerated. */
  bootstraps?: number;
  random?: Random;
  seed?: number;
}

export interface WildClusterBootstrap {
  clustersX: number;
  clustersY: number;
  /** Pooled mean of x's observations minus that of y's (the OLS slope on a group dummy). */
  difference: number | undefined;
  /** Cluster-robust (CR1) standard error: R sandwich's vcovCL(type = "HC1"). */
  standardError: number | undefined;
  t: number | undefined;
  pValue: number | undefined;
  low: number | undefined;
  high: number | undefined;
  level: number;
  weights: "rademacher" | "webb";
  bootstraps: number;
  enumerated: boolean;
}

const WEBB = [-Math.sqrt(1.5), -1, -Math.sqrt(0.5), Math.sqrt(0.5), 1, Math.sqrt(1.5)];

/**
 * A wild cluster bootstrap-t (restricted, "WCR": Cameron, Gelbach and Miller 2008) for the difference in
 * pooled means of two groups of clusters (x = pilot agents, y = control agents, each cluster one agent's
 * conversation values), i.e. the slope of y = a + b·pilot + e with errors clustered by agent.
 *
 * The t statistic uses the CR1 cluster-robust variance, which for this saturated model is
 * G/(G-1)·(N-1)/(N-2)·(Σx S²c/Nx² + Σy S²c/Ny²), S_c the sum of a cluster's residuals from its group mean.
 * Each bootstrap sample imposes the null b = δ, multiplies every cluster's restricted residuals by one
 * weight w_c (Rademacher, or Webb's six-point weights when clusters are few), refits and recomputes t*.
 * p = #{|t*| >= |t|} / B (enumerated) or (1 + #) / (B + 1) (random draws). The interval inverts the test
 * over δ with the same weights (Roodman et al. 2019). Everything is computed from cluster sums, O(B·G).
 * With few treated clusters (e.g. 6 pilot agents of 36) it is unreliable whatever the weights (MacKinnon and
 * Webb 2017), which is why compareAgents uses a permutation test over agents in that case; it estimates the
 * conversation-weighted difference, not the difference of agent means.
 *
 * @example
 * wildClusterBootstrap([[5, 6], [7, 8, 6], [9]], [[4, 5], [3], [4, 6, 5], [2, 3]], { weights: "rademacher" }).pValue;
 * // => 0.015625 (2 of all 128 sign patterns), as enumerated with lm() and sandwich::vcovCL in R
 * // (the script is in tests/stats/wild-cluster-bootstrap.test.ts)
 */
export function wildClusterBootstrap(x: readonly (readonly number[])[], y: readonly (readonly number[])[], options: WildClusterBootstrapOptions = {}): WildClusterBootstrap {
  const level = options.level ?? 0.95;
  const bootstraps = options.bootstraps ?? 9_999;
  if (!(Number.isInteger(bootstraps) && bootstraps > 0)) throw new CarelensError(`bootstraps must be a positive whole number, got ${bootstraps}`);
  const clusters = [...x.map((c) => cluster(c, 1)), ...y.map((c) => cluster(c, 0))].filter((c) => c.n > 0);
  const G = clusters.length;
  const gx = clusters.filter((c) => c.d === 1).length;
  const kind = options.weights === "rademacher" || options.weights === "webb" ? options.weights : G < 12 ? "webb" : "rademacher";
  const result: WildClusterBootstrap = { clustersX: gx, clustersY: G - gx, difference: undefined, standardError: undefined, t: undefined, pValue: undefined, low: undefined, high: undefined, level, weights: kind, bootstraps: 0, enumerated: false };
  if (gx === 0 || gx === G) return result;
  const n1 = clusters.reduce((s, c) => s + c.d * c.n, 0);
  const n = clusters.reduce((s, c) => s + c.n, 0);
  const sumY = clusters.reduce((s, c) => s + c.sum, 0);
  const sum1 = clusters.reduce((s, c) => s + c.d * c.sum, 0);
  const correction = (G / (G - 1)) * ((n - 1) / (n - 2));
  const m1 = sum1 / n1;
  const m0 = (sumY - sum1) / (n - n1);
  const difference = m1 - m0;
  const variance = (scores: (c: Cluster, i: number) => number, g1: number, g0: number) => {
    let v = 0;
    clusters.forEach((c, i) => (v += (scores(c, i) - c.n * (c.d ? g1 : g0)) ** 2 / (c.d ? n1 : n - n1) ** 2));
    return correction * v;
  };
  const standardError = Math.sqrt(variance((c) => c.sum, m1, m0));
  result.difference = difference;
  result.standardError = standardError;
  if (!(standardError > 0)) return result;
  const enumerated = kind === "rademacher" && 2 ** G <= bootstraps;
  const draws = enumerated ? 2 ** G : bootstraps;
  const weights = new Float64Array(draws * G);
  const random = randomFrom(options);
  for (let b = 0; b < draws; b++) {
    for (let c = 0; c < G; c++) {
      weights[b * G + c] = enumerated ? (Math.floor(b / 2 ** c) % 2 === 0 ? 1 : -1) : kind === "webb" ? WEBB[Math.floor(random() * 6)]! : random() < 0.5 ? -1 : 1;
    }
  }
  const u = new Float64Array(G);
  const pAt = (delta: number): number => {
    const t = Math.abs((difference - delta) / standardError);
    const a = (sumY - delta * n1) / n;
    clusters.forEach((c, i) => (u[i] = c.sum - c.n * a - delta * c.n * c.d));
    let extreme = 0;
    for (let b = 0; b < draws; b++) {
      let s1 = 0;
      let s0 = 0;
      for (let c = 0; c < G; c++) {
        const wu = weights[b * G + c]! * u[c]!;
        if (clusters[c]!.d) s1 += wu;
        else s0 += wu;
      }
      const g1 = s1 / n1;
      const g0 = s0 / (n - n1);
      const se = Math.sqrt(variance((_, i) => weights[b * G + i]! * u[i]!, g1, g0));
      if (Math.abs(g1 - g0) / se >= t * (1 - 1e-12)) extreme++;
    }
    return enumerated ? extreme / draws : (extreme + 1) / (draws + 1);
  };
  return { ...result, t: difference / standardError, pValue: pAt(0), ...invertTest(pAt, difference, standardError, 1 - level), bootstraps: draws, enumerated };
}

interface Cluster {
  n: number;
  sum: number;
  d: number;
}

function cluster(values: readonly number[], d: number): Cluster {
  const kept = values.filter(Number.isFinite);
  return { n: kept.length, sum: kept.reduce((s, v) => s + v, 0), d };
}

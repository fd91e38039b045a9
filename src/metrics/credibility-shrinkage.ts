/** One agent's values to shrink toward their team's mean. */
export interface ShrinkInput {
  key: string;
  values: ArrayLike<number>;
}

export interface ShrunkMean {
  key: string;
  n: number;
  mean: number | undefined;
  /** Credibility factor Z = n / (n + k), k = within variance / between variance; 0 = all team, 1 = all own. */
  credibility: number | undefined;
  /** Z · own mean + (1 - Z) · team mean: what to rank by, so a lucky agent with 2 conversations does not top the list. */
  shrunkMean: number | undefined;
}

export interface CredibilityShrinkage {
  members: ShrunkMean[];
  /** The credibility-weighted team mean (Bühlmann-Straub's collective mean). */
  teamMean: number | undefined;
  withinVariance: number | undefined;
  betweenVariance: number | undefined;
}

/**
 * Shrinks each member's mean toward the group's mean by Bühlmann-Straub credibility (empirical Bayes,
 * one observation = weight 1): within variance v = Σ (x_ij - x̄_i)² / Σ (n_i - 1); between variance
 * a = max(0, (Σ n_i (x̄_i - x̄)² - (r - 1) v) / (n - Σ n_i² / n)); Z_i = n_i / (n_i + v / a); the group
 * mean is Σ Z_i x̄_i / Σ Z_i (the n-weighted mean x̄ when a = 0, which shrinks everyone all the way).
 * With fewer than two members with values, or no within-member spread to estimate, means are not shrunk
 * (Z = 1). Members without values keep `mean: undefined`.
 *
 * @example
 * // R: actuar::cm(~ agent, ...) on agents (10, 12, 30), (50, 40, 45, 60, 55), (20): cred. premiums 18.096, 49.223, 21.595
 * credibilityShrinkage([{ key: "a", values: [10, 12, 30] }, { key: "b", values: [50, 40, 45, 60, 55] }, { key: "c", values: [20] }])
 *   .members.map((m) => m.shrunkMean); // => [18.096, 49.223, 21.595]
 */
export function credibilityShrinkage(groups: readonly ShrinkInput[]): CredibilityShrinkage {
  const stats = groups.map(({ key, values }) => {
    const n = values.length;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[i]!;
    const mean = n === 0 ? undefined : sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (values[i]! - mean!) ** 2;
    return { key, n, mean, squares };
  });
  const observed = stats.filter((s) => s.n > 0);
  const total = observed.reduce((s, g) => s + g.n, 0);
  const degrees = observed.reduce((s, g) => s + g.n - 1, 0);
  const unshrunk = (): CredibilityShrinkage => ({
    members: stats.map((s) => ({ key: s.key, n: s.n, mean: s.mean, credibility: s.n > 0 ? 1 : undefined, shrunkMean: s.mean })),
    teamMean: total === 0 ? undefined : observed.reduce((s, g) => s + g.n * g.mean!, 0) / total,
    withinVariance: undefined,
    betweenVariance: undefined,
  });
  if (observed.length < 2 || degrees === 0) return unshrunk();
  const within = observed.reduce((s, g) => s + g.squares, 0) / degrees;
  const weightedMean = observed.reduce((s, g) => s + g.n * g.mean!, 0) / total;
  const spread = observed.reduce((s, g) => s + g.n * (g.mean! - weightedMean) ** 2, 0);
  const between = Math.max(0, (spread - (observed.length - 1) * within) / (total - observed.reduce((s, g) => s + g.n * g.n, 0) / total));
  if (within === 0 && between === 0) return unshrunk();
  const credibility = (n: number) => (between === 0 ? 0 : n / (n + within / between));
  const weight = observed.reduce((s, g) => s + credibility(g.n), 0);
  const teamMean = between === 0 ? weightedMean : observed.reduce((s, g) => s + credibility(g.n) * g.mean!, 0) / weight;
  return {
    members: stats.map((s) => {
      if (s.n === 0) return { key: s.key, n: 0, mean: undefined, credibility: undefined, shrunkMean: undefined };
      const z = credibility(s.n);
      return { key: s.key, n: s.n, mean: s.mean, credibility: z, shrunkMean: z * s.mean! + (1 - z) * teamMean };
    }),
    teamMean,
    withinVariance: within,
    betweenVariance: between,
  };
}

import { forEachAssignment } from "../stats/for-each-assignment.js";
import { seededRandom } from "../stats/seeded-random.js";
import { compareText } from "./agent-means.js";
import type { ComparisonRow, Group } from "./comparison-row.js";
import type { TestSettings } from "./test-agents.js";

/** How similar the pilot's and the control's contacts were on one variable. */
export interface MixBalance {
  variable: "channel" | "tone" | "hour";
  /** Categories (hours are grouped as "00-05", "06-11", "12-17", "18-23"), with each group's share of conversations. */
  categories: { category: string; pilot: number; control: number; standardizedDifference: number }[];
  conversations: Record<Group, number>;
  /** Pearson's chi-square on the 2 × K table of conversation counts. */
  chiSquare: number | undefined;
  /** The share of agent-to-group assignments giving a chi-square at least as large (agent-level p-value). */
  pValue: number | undefined;
  /** The largest |standardized difference| over categories. */
  maxStandardizedDifference: number | undefined;
  imbalanced: boolean;
  method: string;
}

/** |standardized difference| above which a category share counts as imbalanced (Stuart 2010). */
export const MAX_STANDARDIZED_DIFFERENCE = 0.25;

const VARIABLES = ["channel", "tone", "hour"] as const;

/**
 * Checks that the two groups handled a similar mix of contacts, for each `mix` variable present: each
 * group's share of conversations per category, the standardized difference of each share
 * (p1 - p0) / √((p1(1 - p1) + p0(1 - p0)) / 2), and a test with the agent as the unit: Pearson's
 * chi-square of the group × category table, its p-value from re-assigning agents (with all their
 * conversations) to the groups, exactly or by seeded Monte Carlo as for the outcomes. Imbalanced when
 * p < alpha or a standardized difference exceeds 0.25 in absolute value.
 * @example
 * mixBalance(rows, ["a1", "a2", "b1"], groups, settings)[0].categories;
 * // => [{ category: "chat", pilot: 0.5, control: 0.8, standardizedDifference: -0.65 }, ...]
 */
export function mixBalance(rows: readonly ComparisonRow[], agentOrder: readonly string[], groups: ReadonlyMap<string, Group>, settings: TestSettings): MixBalance[] {
  const result: MixBalance[] = [];
  for (const variable of VARIABLES) {
    const counts = new Map<string, Map<string, number>>();
    const categories = new Set<string>();
    for (const row of rows) {
      if (row.period === "pre") continue;
      const category = categoryOf(variable, row.mix?.[variable]);
      if (category === undefined) continue;
      categories.add(category);
      const agent = counts.get(row.agentId) ?? new Map<string, number>();
      counts.set(row.agentId, agent);
      agent.set(category, (agent.get(category) ?? 0) + 1);
    }
    if (categories.size === 0) continue;
    result.push(balance(variable, [...categories].sort(compareText), agentOrder.filter((a) => counts.has(a)), counts, groups, settings));
  }
  return result;
}

function balance(variable: MixBalance["variable"], categories: string[], agents: string[], counts: Map<string, Map<string, number>>, groups: ReadonlyMap<string, Group>, settings: TestSettings): MixBalance {
  const table = agents.map((a) => categories.map((c) => counts.get(a)!.get(c) ?? 0));
  const pilot = Uint8Array.from(agents, (a) => (groups.get(a) === "pilot" ? 1 : 0));
  const k = pilot.reduce((s, v) => s + v, 0);
  const totals = categories.map((_, j) => table.reduce((s, row) => s + row[j]!, 0));
  const n = totals.reduce((s, v) => s + v, 0);
  const sumOf = (members: ArrayLike<number>, length: number) => {
    const sums = new Float64Array(categories.length);
    for (let i = 0; i < length; i++) table[members[i]!]!.forEach((c, j) => (sums[j] = sums[j]! + c));
    return sums;
  };
  const observedPilot = sumOf(Int32Array.from(agents.keys()).filter((i) => pilot[i]), k);
  const nPilot = observedPilot.reduce((s, v) => s + v, 0);
  const shares = categories.map((category, j) => {
    const p1 = nPilot > 0 ? observedPilot[j]! / nPilot : 0;
    const p0 = n - nPilot > 0 ? (totals[j]! - observedPilot[j]!) / (n - nPilot) : 0;
    const spread = Math.sqrt((p1 * (1 - p1) + p0 * (1 - p0)) / 2);
    return { category, pilot: p1, control: p0, standardizedDifference: spread > 0 ? (p1 - p0) / spread : 0 };
  });
  const conversations = { pilot: nPilot, control: n - nPilot };
  const maxStandardizedDifference = nPilot > 0 && n > nPilot ? Math.max(...shares.map((s) => Math.abs(s.standardizedDifference))) : undefined;
  const base = { variable, categories: shares, conversations, maxStandardizedDifference };
  if (k === 0 || k === agents.length || categories.length < 2) {
    return { ...base, chiSquare: undefined, pValue: undefined, imbalanced: false, method: "no test (one category, or a group without agents)" };
  }
  const chiSquare = (pilotSums: Float64Array, m: number) => {
    let statistic = 0;
    totals.forEach((total, j) => {
      const e1 = (total * m) / n;
      const e0 = total - e1;
      if (e1 > 0) statistic += (pilotSums[j]! - e1) ** 2 / e1;
      if (e0 > 0) statistic += (total - pilotSums[j]! - e0) ** 2 / e0;
    });
    return statistic;
  };
  const observed = chiSquare(observedPilot, nPilot);
  const m = Math.min(k, agents.length - k);
  let extreme = 0;
  const run = forEachAssignment(agents.length, m, { exactLimit: settings.exactLimit, permutations: settings.permutations, random: seededRandom(settings.seed) }, (subset) => {
    let sums = sumOf(subset, m);
    if (m !== k) sums = sums.map((s, j) => totals[j]! - s);
    const size = sums.reduce((s, v) => s + v, 0);
    if (size > 0 && size < n && chiSquare(sums, size) >= observed * (1 - 1e-12)) extreme++;
  });
  const pValue = run.exact ? extreme / run.count : (extreme + 1) / (run.count + 1);
  const imbalanced = pValue < settings.alpha || (maxStandardizedDifference ?? 0) > MAX_STANDARDIZED_DIFFERENCE;
  return { ...base, chiSquare: observed, pValue, imbalanced, method: `chi-square over agent assignments (${run.exact ? "exact" : "monte-carlo"}, ${run.count})` };
}

function categoryOf(variable: MixBalance["variable"], value: string | number | undefined): string | undefined {
  if (variable !== "hour") return typeof value === "string" && value !== "" ? value : undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value >= 24) return undefined;
  const start = Math.floor(value / 6) * 6;
  return `${String(start).padStart(2, "0")}-${String(start + 5).padStart(2, "0")}`;
}

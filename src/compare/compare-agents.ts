import { z } from "zod";
import { CarelensError } from "../errors.js";
import { benjaminiHochberg } from "../stats/benjamini-hochberg.js";
import { holm } from "../stats/holm.js";
import { agentMeans, compareText } from "./agent-means.js";
import { checkRows, type ComparisonRow, type Group } from "./comparison-row.js";
import { compareOutcome, type OutcomeComparison } from "./compare-outcome.js";
import { mixBalance, type MixBalance } from "./mix-balance.js";
import { MIN_AGENTS_FOR_WELCH } from "./test-agents.js";

export const CompareAgentsOptionsSchema = z
  .object({
    /** Significance level for the MDE and the imbalance flag (default 0.05). */
    alpha: z.number().gt(0).lt(1).default(0.05),
    /** Confidence level of the intervals (default 1 - alpha). */
    level: z.number().gt(0).lt(1).optional(),
    /** Seed of the random assignments (default 1): the same seed gives the same results. */
    seed: z.number().int().default(1),
    /** Random assignments of agents to groups when they are too many to enumerate (default 9,999). */
    permutations: z.number().int().min(99).default(9_999),
    /** Enumerate every assignment when there are at most this many (default 20,000). */
    exactLimit: z.number().int().min(0).default(20_000),
    /** Warn when a group has fewer agents than this (default 3). */
    minAgents: z.number().int().min(1).default(3),
    /** Warn when a group has fewer conversations than this for an outcome (default 30). */
    minConversations: z.number().int().min(0).default(30),
  })
  .strict();

export type CompareAgentsOptions = z.input<typeof CompareAgentsOptionsSchema>;

/** The whole comparison: one entry per outcome, the mix-balance check and warnings, all plain JSON. */
export interface AgentComparison {
  definition: string;
  unit: "agent";
  agents: Record<Group, number>;
  conversations: Record<Group, number>;
  outcomes: OutcomeComparison[];
  mix: MixBalance[];
  warnings: string[];
  options: { alpha: number; level: number; seed: number; permutations: number; exactLimit: number; minAgents: number; minConversations: number; minAgentsForWelch: number };
}

/**
 * Compares a pilot group of agents with a control group on every outcome, with the agent as the unit:
 * each conversation row is averaged into its agent's mean per outcome, and the groups are compared on
 * those means (a handful of pilot agents are a handful of observations, however many conversations they
 * had). Per outcome: each group's value (the mean of agent means, and the pooled conversation mean), agents
 * and conversations; the absolute and relative difference; an interval and p-value (permutation over
 * agent assignments when a group has fewer than 10 agents, else agent-level Welch); Hedges' g; the MDE at
 * 80% power; Holm and Benjamini-Hochberg adjusted p-values across the outcomes; the
 * difference-in-differences when "pre" rows exist; warnings. Then a check of the contact mix (channel,
 * tone, hour) with the agent as the unit. Outcomes are sorted by name; results do not depend on row order.
 *
 * @throws CarelensError for invalid options or rows (unknown group, an agent in both groups).
 * @example
 * const result = compareAgents(rows, { seed: 7 });
 * result.outcomes[0]; // => { outcome: "handleSeconds", groups: {...}, difference: { absolute: -42.1, relative: -0.08 }, pValue: 0.31, method: "permutation (monte-carlo, 9999 assignments of agents to groups)", ... }
 */
export function compareAgents(rows: readonly ComparisonRow[], options: CompareAgentsOptions = {}): AgentComparison {
  const parsed = CompareAgentsOptionsSchema.safeParse(options);
  if (!parsed.success) throw new CarelensError(`invalid compareAgents options:\n${z.prettifyError(parsed.error)}`);
  const o = parsed.data;
  const settings = { ...o, level: o.level ?? 1 - o.alpha };
  const groups = checkRows(rows);
  const agentOrder = [...groups.keys()].sort(compareText);
  const outcomes = agentMeans(rows).map((data) => compareOutcome(data, settings));
  const holmP = holm(outcomes.map((c) => c.pValue));
  const bhP = benjaminiHochberg(outcomes.map((c) => c.pValue));
  outcomes.forEach((c, i) => (c.adjustedPValue = { holm: holmP[i], benjaminiHochberg: bhP[i] }));
  const mix = mixBalance(rows, agentOrder, groups, settings);
  const count = (group: Group, post: boolean) => rows.filter((r) => r.group === group && (r.period !== "pre") === post).length;
  const warnings = mix.filter((m) => m.imbalanced).map(describeImbalance);
  return {
    definition:
      "Pilot vs control with the agent as the unit: every outcome is averaged per agent and the groups compared on agent means. Differences are pilot minus control; relative differences are divided by the control value.",
    unit: "agent",
    agents: { pilot: agentOrder.filter((a) => groups.get(a) === "pilot").length, control: agentOrder.filter((a) => groups.get(a) === "control").length },
    conversations: { pilot: count("pilot", true), control: count("control", true) },
    outcomes,
    mix,
    warnings,
    options: { alpha: settings.alpha, level: settings.level, seed: settings.seed, permutations: settings.permutations, exactLimit: settings.exactLimit, minAgents: settings.minAgents, minConversations: settings.minConversations, minAgentsForWelch: MIN_AGENTS_FOR_WELCH },
  };
}

function describeImbalance(m: MixBalance): string {
  const worst = [...m.categories].sort((a, b) => Math.abs(b.standardizedDifference) - Math.abs(a.standardizedDifference))[0]!;
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  const p = m.pValue === undefined ? "" : ` (p = ${m.pValue.toPrecision(2)} over agent assignments)`;
  return `Pilot and control handled a different mix of ${m.variable}${p}: "${worst.category}" is ${pct(worst.pilot)} of pilot conversations against ${pct(worst.control)} of control ones. Differences in outcomes may come from the mix rather than the pilot.`;
}

import type { OutcomeByAgent } from "./agent-means.js";
import type { Group } from "./comparison-row.js";
import { outcomeWarnings } from "./outcome-warnings.js";
import { testAgents, type AgentTest, type TestSettings } from "./test-agents.js";

/** One group's side of an outcome. */
export interface GroupValue {
  /** Mean of the agents' means: every agent counts once. */
  value: number | undefined;
  /** Mean over all the group's conversations: busy agents count more. */
  conversationMean: number | undefined;
  agents: number;
  conversations: number;
}

/** Pilot vs control on one outcome. */
export interface OutcomeComparison extends Omit<AgentTest, "difference" | "mde"> {
  outcome: string;
  definition: string;
  groups: Record<Group, GroupValue>;
  difference: { absolute: number | undefined; relative: number | undefined };
  mde: AgentTest["mde"] & { relative: number | undefined };
  adjustedPValue: { holm: number | undefined; benjaminiHochberg: number | undefined };
  /** Present when some rows have period "pre": the agents' post-minus-pre changes compared between groups. */
  differenceInDifferences?: AgentTest & { agents: Record<Group, number>; change: Record<Group, number | undefined> };
  warnings: string[];
}

/** Compares one outcome's agent means (adjusted p-values are filled in by compareAgents). * @example
 * compareOutcome(agentMeans(rows)[0], settings).groups.pilot; // => { value: 4.2, conversationMean: 4.1, agents: 6, conversations: 310 }
 */
export function compareOutcome(data: OutcomeByAgent, settings: TestSettings & { minAgents: number; minConversations: number }): OutcomeComparison {
  const post = data.agents.filter((a) => a.post.n > 0);
  const test = testAgents(
    Float64Array.from(post, (a) => a.post.sum / a.post.n),
    Uint8Array.from(post, (a) => (a.group === "pilot" ? 1 : 0)),
    settings,
  );
  const side = (group: Group): GroupValue => {
    const agents = post.filter((a) => a.group === group);
    const conversations = agents.reduce((s, a) => s + a.post.n, 0);
    return {
      value: agents.length > 0 ? agents.reduce((s, a) => s + a.post.sum / a.post.n, 0) / agents.length : undefined,
      conversationMean: conversations > 0 ? agents.reduce((s, a) => s + a.post.sum, 0) / conversations : undefined,
      agents: agents.length,
      conversations,
    };
  };
  const groups = { pilot: side("pilot"), control: side("control") };
  const control = groups.control.value;
  const relative = (v: number | undefined) => (v !== undefined && control !== undefined && control !== 0 ? v / Math.abs(control) : undefined);
  const warnings = outcomeWarnings(data, settings);
  const ways = /(\d+) assignments/.exec(test.method)?.[1];
  if (test.pValue !== undefined && test.ci.low === undefined && ways !== undefined) {
    warnings.push(
      `No ${settings.level * 100}% interval: these agents can be split into the two groups in only ${ways} ways, so no difference can be told apart from chance at that level (the smallest possible p-value is ${(1 / Number(ways)).toFixed(3)}).`,
    );
  }
  const result: OutcomeComparison = {
    outcome: data.outcome,
    definition: `${JSON.stringify(data.outcome)}: mean of agent means, pilot minus control; ${test.method}; interval at ${settings.level * 100}%; effect size Hedges' g on agent means; MDE at 80% power, two-sided alpha ${settings.alpha}, for ${groups.pilot.agents} pilot and ${groups.control.agents} control agents.`,
    groups,
    ...test,
    difference: { absolute: test.difference, relative: relative(test.difference) },
    mde: { ...test.mde, relative: relative(test.mde.absolute) },
    adjustedPValue: { holm: undefined, benjaminiHochberg: undefined },
    warnings,
  };
  if (data.agents.some((a) => a.pre.n > 0)) result.differenceInDifferences = differenceInDifferences(data, settings, warnings);
  return result;
}

function differenceInDifferences(data: OutcomeByAgent, settings: TestSettings, warnings: string[]): NonNullable<OutcomeComparison["differenceInDifferences"]> {
  const both = data.agents.filter((a) => a.pre.n > 0 && a.post.n > 0);
  const left = data.agents.length - both.length;
  if (left > 0) warnings.push(`${left} agent${left === 1 ? "" : "s"} without ${JSON.stringify(data.outcome)} in both periods ${left === 1 ? "is" : "are"} left out of the difference-in-differences.`);
  const changes = Float64Array.from(both, (a) => a.post.sum / a.post.n - a.pre.sum / a.pre.n);
  const test = testAgents(changes, Uint8Array.from(both, (a) => (a.group === "pilot" ? 1 : 0)), settings);
  const change = (group: Group) => {
    const values = [...changes].filter((_, i) => both[i]!.group === group);
    return values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : undefined;
  };
  return {
    ...test,
    agents: { pilot: both.filter((a) => a.group === "pilot").length, control: both.filter((a) => a.group === "control").length },
    change: { pilot: change("pilot"), control: change("control") },
  };
}

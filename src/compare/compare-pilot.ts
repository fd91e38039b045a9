import { CarelensError } from "../errors.js";
import type { Conversation } from "../model/conversation.js";
import type { MetricsOptions } from "../metrics/metrics-options.js";
import { createScorer, type Scorer } from "../scoring/create-scorer.js";
import { mineTemplates } from "../scoring/template-miner.js";
import { messageTone } from "../text/tone.js";
import { compareAgents, type AgentComparison, type CompareAgentsOptions } from "./compare-agents.js";
import { PILOT_OUTCOMES, pilotRows, type PilotAgents } from "./pilot-rows.js";

/** How to compare a pilot with the rest. */
export interface ComparePilotOptions extends CompareAgentsOptions {
  /** The pilot agents: agent keys ("AmazonHelp/RK"), bare agent ids ("RK"), or a test on the agent key. */
  pilot: PilotAgents;
  /** Before the pilot started: conversations opened in [from, to) are "pre", later ones "post" (earlier ones are left out). */
  prePeriod?: { from: Date | string; to: Date | string };
  /** The scorer for rubric outcomes (default: every built-in rubric, templates mined from these conversations). */
  scorer?: Scorer;
  /** Options of the metric facts (business hours, handle-time model, time zone for the hour of the mix). */
  metrics?: MetricsOptions;
}

/** A pilot comparison: the per-outcome results, and how conversations were assigned. */
export interface PilotComparison extends AgentComparison {
  /** Conversations without a human reply, or whose first reply is unsigned: no individual agent to credit, left out. */
  uncredited: number;
  /** Conversations opened before the pre-period: left out. */
  outsidePeriod: number;
  /** What each outcome measures. */
  outcomeDefinitions: Record<string, string>;
}

/**
 * Compares a pilot group of agents with the rest on every metric and rubric score, with the agent as the
 * unit (see {@link compareAgents}): first response time, reply time, handle time, share of customer turns
 * answered, messages before the first reply, the scorecard total, and each rubric's score. Each
 * conversation is credited to the agent of its first human reply.
 *
 * @example
 * const result = comparePilot(conversations, { pilot: ["AmazonHelp/RK", "AmazonHelp/TP"], seed: 7 });
 * result.outcomes.find((o) => o.outcome === "handleSeconds"); // => { groups: {...}, difference: {...}, ci: [...], pValue: 0.41, method: "permutation (exact, ...)" }
 */
export function comparePilot(conversations: readonly Conversation[], options: ComparePilotOptions): PilotComparison {
  const { pilot, prePeriod, scorer, metrics, ...compareOptions } = options;
  if (!pilot || (Array.isArray(pilot) && pilot.length === 0)) throw new CarelensError("comparePilot needs the pilot agents: a list of agent ids or a test");
  const period = prePeriod ? { from: toDate(prePeriod.from, "prePeriod.from"), to: toDate(prePeriod.to, "prePeriod.to") } : undefined;
  if (period && !(period.from < period.to)) throw new CarelensError(`prePeriod must end after it starts, got ${period.from.toISOString()}..${period.to.toISOString()}`);
  const theScorer = scorer ?? createScorer({ templates: mineTemplates(conversations) });
  const { rows, uncredited, outsidePeriod } = pilotRows(conversations, {
    pilot,
    scorer: theScorer,
    metrics: { toneOf: (message) => messageTone(message.text).tone, ...metrics },
    ...(period ? { prePeriod: period } : {}),
  });
  const result = compareAgents(rows, compareOptions);
  const outcomeDefinitions: Record<string, string> = { ...PILOT_OUTCOMES };
  for (const rubric of theScorer.rubrics) outcomeDefinitions[`rubric:${rubric.id}`] = `score of rubric "${rubric.id}" (0-1): ${rubric.description}`;
  return { ...result, uncredited, outsidePeriod, outcomeDefinitions };
}

function toDate(value: Date | string, name: string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new CarelensError(`${name} must be a date, got ${JSON.stringify(value)}`);
  return date;
}

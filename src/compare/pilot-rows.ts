import type { Conversation } from "../model/conversation.js";
import { conversationFacts, type ConversationFacts } from "../metrics/conversation-facts.js";
import { resolveMetricsOptions, type MetricsOptions } from "../metrics/metrics-options.js";
import { zonedParts } from "../metrics/business-hours/zoned-parts.js";
import type { Scorer } from "../scoring/create-scorer.js";
import { UNSIGNED_AGENT } from "../model/agent-key.js";
import type { ComparisonRow } from "./comparison-row.js";

/** Which agents are in the pilot: agent keys ("AmazonHelp/RK"), bare agent ids ("RK", any brand), or a test. */
export type PilotAgents = readonly string[] | ((agent: string) => boolean);

/** The outcomes `comparePilot` compares, each one per conversation (the conversation's credited agent is the unit). */
export const PILOT_OUTCOMES = {
  firstResponseSeconds: "seconds from the customer's first message to the first human reply",
  meanReplySeconds: "mean seconds from each customer turn to the reply that ended it",
  handleSeconds: "agent handle time of the conversation (from the export, else the documented estimate)",
  turnResponseRate: "share of the conversation's customer turns that got a reply",
  messagesBeforeFirstReply: 'customer messages before the first reply ("had to message several times")',
  scorecardTotal: "scorecard total, 0-100",
} as const;

/**
 * Turns conversations into comparison rows: each conversation is credited to the agent of its first human
 * reply (conversations without a reply, or whose first reply is unsigned, have no individual agent and are
 * left out: an agent-level test needs people as units; response rate appears as the share of customer
 * turns answered); outcomes come from the metrics' facts and the scorer (the scorecard
 * total and each rubric's score as `rubric:<id>`); the contact mix is the channel, the opening message's
 * tone and its hour.
 */
export function pilotRows(conversations: Iterable<Conversation>, options: { pilot: PilotAgents; scorer: Scorer; metrics: MetricsOptions; prePeriod?: { from: Date; to: Date } }) {
  const resolved = resolveMetricsOptions(options.metrics);
  const inPilot = pilotTest(options.pilot);
  const rows: ComparisonRow[] = [];
  let uncredited = 0;
  let outsidePeriod = 0;
  for (const conversation of conversations) {
    const facts = conversationFacts(conversation, resolved);
    const agent = facts.firstReplyAgent;
    if (agent === null || agent.endsWith(`/${UNSIGNED_AGENT}`)) {
      uncredited++;
      continue;
    }
    const period = periodOf(facts, options.prePeriod);
    if (period === null) {
      outsidePeriod++;
      continue;
    }
    const score = options.scorer.score(conversation);
    const outcomes: Record<string, number | null> = { ...factOutcomes(facts), scorecardTotal: score.scorecard.total };
    for (const [id, result] of Object.entries(score.rubrics)) outcomes[`rubric:${id}`] = result.score;
    const at = facts.opener?.at ?? null;
    rows.push({
      conversationId: conversation.id,
      agentId: agent,
      group: inPilot(agent) ? "pilot" : "control",
      ...(period === "post" && !options.prePeriod ? {} : { period }),
      outcomes,
      mix: { channel: conversation.channel, ...(facts.opener?.tone ? { tone: facts.opener.tone } : {}), ...(at !== null ? { hour: zonedParts(at, resolved.timeZone).hour } : {}) },
    });
  }
  return { rows, uncredited, outsidePeriod };
}

function factOutcomes(facts: ConversationFacts): Record<string, number | null> {
  const replyTimes = facts.turns.map((t) => t.replySeconds).filter((s): s is number => s !== null);
  return {
    firstResponseSeconds: facts.firstReplySeconds,
    meanReplySeconds: replyTimes.length > 0 ? replyTimes.reduce((a, b) => a + b, 0) / replyTimes.length : null,
    handleSeconds: facts.replies.reduce((sum, r) => sum + r.handleSeconds, 0),
    turnResponseRate: facts.turns.length > 0 ? facts.turns.filter((t) => t.answered).length / facts.turns.length : null,
    messagesBeforeFirstReply: facts.customerMessagesBeforeFirstReply,
  };
}

function pilotTest(pilot: PilotAgents): (agent: string) => boolean {
  if (typeof pilot === "function") return pilot;
  const keys = new Set(pilot.filter((a) => a.includes("/")));
  const ids = new Set(pilot.filter((a) => !a.includes("/")));
  return (agent) => keys.has(agent) || ids.has(agent.slice(agent.indexOf("/") + 1));
}

/** "pre" before the pilot started, "post" after; null for conversations before the pre-period began. */
function periodOf(facts: ConversationFacts, prePeriod: { from: Date; to: Date } | undefined): "pre" | "post" | null {
  if (!prePeriod) return "post";
  const at = facts.opener?.at ?? facts.firstTimedAt;
  if (at === null) return null;
  if (at < prePeriod.from.getTime()) return null;
  return at < prePeriod.to.getTime() ? "pre" : "post";
}

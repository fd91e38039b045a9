import type { Channel, Role } from "../model/message.js";
import type { RubricResult } from "../rubrics/types.js";
import type { Tone } from "../text/tone.js";
import type { ScorecardResult } from "./scorecard.js";

/** How one message scored. Rubric results are present for the messages each rubric scores (agent replies). */
export interface MessageScore {
  messageId: string;
  role: Role;
  /** The agent who wrote it, as "brand/agentId" ("brand/(unsigned)" when the reply is not signed). */
  agent: string | undefined;
  agentId: string | undefined;
  sentAt: Date | null;
  tone: Tone;
  asksQuestion: boolean | undefined;
  givesAnswer: boolean | undefined;
  rubrics: Record<string, RubricResult>;
}

/** How a conversation scored: per message, per conversation-level rubric, and on the scorecard. */
export interface ConversationScore {
  conversationId: string;
  brand: string;
  channel: Channel;
  group: string | undefined;
  /** Agents who replied, as "brand/agentId". */
  agents: string[];
  messages: MessageScore[];
  /** Conversation-level rubric results, and each message-level rubric rolled up over the agent replies. */
  rubrics: Record<string, RubricResult & Record<string, unknown>>;
  scorecard: ScorecardResult;
}

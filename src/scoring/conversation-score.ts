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

/**
 * A conversation's score as a care job counts it: the same, except that agents' messages may carry no
 * tone. No aggregate reads an agent's tone, and reading it is a large share of a job's scoring.
 */
export interface CountedScore extends Omit<ConversationScore, "messages"> {
  messages: CountedMessageScore[];
}

/** A message's score as a care job counts it: customers' messages have their tone, agents' may not. */
export interface CountedMessageScore extends Omit<MessageScore, "tone"> {
  tone: Tone | undefined;
}

import type { Message } from "../model/message.js";
import type { Span } from "../text/spans.js";
import type { Evidence, ScoringContext } from "./types.js";

/**
 * Evidence pointing at a span of a message (the whole message when no span is given).
 *
 * @example
 * evidenceAt(message, { start: 0, end: 5 }, "greets the customer by name");
 * // => { messageId: "119243", start: 0, end: 5, text: "Hi Mi", reason: "greets the customer by name" }
 */
export function evidenceAt(message: Message, span: Span | undefined, reason: string): Evidence {
  if (!span) return { messageId: message.id, start: 0, end: 0, text: "", reason };
  return { messageId: message.id, start: span.start, end: span.end, text: message.text.slice(span.start, span.end), reason };
}

/**
 * The index of the agent messages of a conversation.
 *
 * @example
 * agentIndexes([{ role: "customer" }, { role: "agent" }, { role: "agent" }] as Message[]); // => [1, 2]
 */
export function agentIndexes(messages: readonly Message[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < messages.length; i++) if (messages[i]!.role === "agent") out.push(i);
  return out;
}

/** The slot where a scoring context keeps its conversation's agent indexes, shared by the rubrics. @internal */
export const AGENT_INDEXES: unique symbol = Symbol("agentIndexes");

/**
 * {@link agentIndexes} of the context's conversation, worked out once per context when it has the slot
 * (scoringContext's do), for the conversation-level rubrics that all walk the agent messages. Read only.
 *
 * @example
 * contextAgents(context); // => [1, 3]
 */
export function contextAgents(context: ScoringContext): readonly number[] {
  const slot = context as ScoringContext & { [AGENT_INDEXES]?: number[] };
  if (!(AGENT_INDEXES in slot)) return agentIndexes(context.conversation.messages);
  return (slot[AGENT_INDEXES] ??= agentIndexes(context.conversation.messages));
}

/**
 * Where the turn an agent message answers starts: just after the previous agent message (0 when there
 * is none). The turn's customer messages are those of [turnStart, index).
 *
 * @example
 * turnStart([{ role: "agent" }, { role: "customer" }, { role: "customer" }, { role: "agent" }] as Message[], 3); // => 1
 */
export function turnStart(messages: readonly Message[], index: number): number {
  let i = index - 1;
  while (i >= 0 && messages[i]!.role !== "agent") i--;
  return i + 1;
}

/**
 * The customer messages of the turn an agent message answers: those since the previous agent message
 * (or from the start), in order.
 *
 * @example
 * turnBefore([{ role: "agent" }, { role: "customer" }, { role: "bot" }, { role: "customer" }, { role: "agent" }] as Message[], 4); // => [1, 3]
 */
export function turnBefore(messages: readonly Message[], index: number): number[] {
  const out: number[] = [];
  for (let i = turnStart(messages, index); i < index; i++) if (messages[i]!.role === "customer") out.push(i);
  return out;
}

import type { Message } from "../model/message.js";
import type { Span } from "../text/spans.js";
import type { Evidence } from "./types.js";

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

/** The index of the agent messages of a conversation. */
export function agentIndexes(messages: readonly Message[]): number[] {
  const out: number[] = [];
  messages.forEach((message, i) => {
    if (message.role === "agent") out.push(i);
  });
  return out;
}

/**
 * The customer messages of the turn an agent message answers: those since the previous agent message
 * (or from the start), in order.
 */
export function turnBefore(messages: readonly Message[], index: number): number[] {
  const out: number[] = [];
  for (let i = index - 1; i >= 0 && messages[i]!.role !== "agent"; i--) if (messages[i]!.role === "customer") out.unshift(i);
  return out;
}

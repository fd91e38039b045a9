import type { Conversation } from "../../src/model/conversation.js";
import type { Channel, Message, Role } from "../../src/model/message.js";

/** [role, ISO time or null, text?, extra fields?] */
export type MessageSpec = [Role, string | null, string?, Partial<Message>?];

/**
 * A small conversation for tests: messages in the order given, ids m1, m2, ...
 *
 * @example
 * conversation("c1", [["customer", "2024-01-01T10:00:00Z"], ["agent", "2024-01-01T10:30:00Z", "Hi ^AB", { agentId: "AB" }]]);
 */
export function conversation(id: string, specs: MessageSpec[], extra: Partial<Conversation> = {}): Conversation {
  const channel: Channel = extra.channel ?? "twitter";
  const messages: Message[] = specs.map(([role, time, text, fields], i) => ({
    id: `${id}-m${i + 1}`,
    conversationId: id,
    role,
    authorId: role === "customer" ? "cust" : "Brand",
    sentAt: time === null ? null : new Date(time),
    text: text ?? (role === "customer" ? "my order has not arrived yet" : "sorry to hear that, can you DM us the order number?"),
    channel,
    visibility: "public",
    ...fields,
  }));
  return { id, channel, brand: "Brand", customer: { id: `${id}-customer`, attributes: {} }, messages, ...extra };
}

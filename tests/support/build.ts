import type { Conversation } from "../../src/model/conversation.js";
import type { Channel, Message, Role } from "../../src/model/message.js";

/** One message of a hand-written conversation: [role, text, seconds after the start, extra fields]. */
export type Turn = [Role, string, number?, Partial<Message>?];

/**
 * A small readable conversation for tests.
 *
 * @example
 * conversation([["customer", "@Acme my order is late", 0], ["agent", "@bob Sorry! Which order? ^AB", 60]]);
 */
export function conversation(turns: Turn[], options: { id?: string; channel?: Channel; brand?: string; customerName?: string; handle?: string } = {}): Conversation {
  const id = options.id ?? "c1";
  const start = Date.UTC(2024, 2, 5, 9, 0, 0);
  return {
    id,
    channel: options.channel ?? "twitter",
    brand: options.brand ?? "Acme",
    customer: { id: "u1", handle: options.handle ?? "bob", ...(options.customerName ? { name: options.customerName } : {}), attributes: {} },
    messages: turns.map(([role, text, seconds, extra], i) => ({
      id: `${id}-m${i}`,
      conversationId: id,
      role,
      authorId: role === "customer" ? "u1" : "Acme",
      sentAt: seconds === undefined ? null : new Date(start + seconds * 1000),
      text,
      channel: options.channel ?? "twitter",
      visibility: "public" as const,
      ...extra,
    })),
  };
}

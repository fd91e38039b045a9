import type { Conversation } from "../model/conversation.js";
import type { Message } from "../model/message.js";

/**
 * The agent who wrote a reply, as "brand/agentId"; an unsigned reply is credited to "brand/(unsigned)".
 * Agent ids from signatures ("MM") are only unique within a brand, hence the prefix.
 *
 * @example
 * agentKey({ brand: "VirginTrains" }, { agentId: "MM" }); // => "VirginTrains/MM"
 */
export function agentKey(conversation: Pick<Conversation, "brand">, message: Pick<Message, "agentId">): string {
  return `${conversation.brand}/${message.agentId ?? "(unsigned)"}`;
}

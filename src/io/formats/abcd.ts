import type { AttributeValue, Conversation } from "../../model/conversation.js";
import type { Message, Role } from "../../model/message.js";
import type { ExportFormat } from "../export-format.js";
import { clipInput } from "../issues.js";
import { isObject, pathValue, textValue } from "../json/json-value.js";
import type { LoadLog } from "../load-report.js";
import { ownValue } from "../own-value.js";
import { cleanText } from "../text.js";
import { readJsonConversations } from "./json-conversations.js";

const ROLES: Record<string, Role> = { customer: "customer", agent: "agent", action: "system" };

/**
 * ASAPP's Action-Based Conversations Dataset (ABCD) chat JSON: `original` holds [speaker, text] pairs
 * (speaker customer, agent or action; actions are kept as system messages). The customer's name comes from
 * scenario.personal.customer_name. Chats have no timestamps: every sentAt is null.
 */
export const abcd: ExportFormat = {
  name: "abcd",
  description: "ASAPP ABCD chat JSON (original: [speaker, text] pairs; scenario.personal.customer_name)",
  async *read(chunks, log) {
    yield* readJsonConversations(chunks, log, abcdConversation);
  },
};

function abcdConversation(value: unknown, at: { index: number; line: number }, log: LoadLog): Conversation[] {
  const turns = isObject(value) && Array.isArray(value.original) ? value.original : undefined;
  const id = textValue(pathValue(value, "convo_id"));
  const where = { record: at.index, line: at.line };
  log.items += turns?.length ?? 0;
  if (!turns || !id) {
    const field = !id ? "convo_id" : "original";
    log.reject({ code: "invalid-record", message: `Conversation rejected: ${field} is missing or not ${field === "original" ? "a list" : "an id"}`, path: [field], field, ...where, input: clipInput(value) }, Math.max(turns?.length ?? 0, 1));
    if (!turns?.length) log.items++;
    return [];
  }
  const messages: Message[] = [];
  turns.forEach((turn, i) => {
    const speaker = Array.isArray(turn) ? textValue(turn[0]) : undefined;
    const text = Array.isArray(turn) ? textValue(turn[1]) : undefined;
    const role = speaker === undefined ? undefined : ownValue(ROLES, speaker);
    if (!role || text === undefined) {
      const why = !Array.isArray(turn) ? "a turn must be [speaker, text]" : !role ? `unknown speaker "${clipInput(speaker ?? turn[0])}" (expected customer, agent or action)` : "missing text";
      log.reject({ code: "invalid-value", message: `Message rejected: ${why}`, path: ["original", i], ...where, input: clipInput(turn) });
      return;
    }
    messages.push({
      id: `${id}-${i}`,
      conversationId: id,
      role,
      authorId: role === "customer" ? "customer" : role === "agent" ? "agent" : "system",
      sentAt: null,
      text: cleanText(text),
      channel: "chat",
      visibility: "private",
      source: { record: at.index },
    });
  });
  const name = textValue(pathValue(value, "scenario.personal.customer_name"));
  const username = textValue(pathValue(value, "scenario.personal.username"));
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, path] of [["memberLevel", "scenario.personal.member_level"], ["flow", "scenario.flow"], ["subflow", "scenario.subflow"]] as const) {
    const attribute = textValue(pathValue(value, path));
    if (attribute !== undefined) attributes[key] = attribute;
  }
  const customer = { id: username ?? `customer-${id}`, ...(name ? { name } : {}), ...(username ? { handle: username } : {}), attributes };
  return [{ id, channel: "chat", brand: "", customer, messages }];
}

import type { AttributeValue, Conversation } from "../../model/conversation.js";
import { ChannelSchema, type Channel, type Message, type Role } from "../../model/message.js";
import { agentSignature } from "../agent-signature.js";
import type { ColumnMapping, MappedOptionsSchema } from "../column-mapping.js";
import { parseDateTime } from "../date-time.js";
import { clipInput } from "../issues.js";
import type { LoadLog } from "../load-report.js";
import { ownValue } from "../own-value.js";
import { cleanText } from "../text.js";
import { sortByTime } from "../time-order.js";
import type { z } from "zod";

type Options = z.output<typeof MappedOptionsSchema>;
type Mapping = z.output<typeof MappedOptionsSchema>["mapping"];

const ROLE_WORDS: Record<string, Role> = {
  customer: "customer", client: "customer", user: "customer", "end-user": "customer", end_user: "customer",
  enduser: "customer", requester: "customer", visitor: "customer", consumer: "customer", inbound: "customer",
  agent: "agent", staff: "agent", support: "agent", operator: "agent", advisor: "agent", rep: "agent",
  brand: "agent", company: "agent", outbound: "agent", human: "agent",
  bot: "bot", chatbot: "bot", automation: "bot", virtual_agent: "bot", assistant: "bot",
  system: "system", note: "system", event: "system", action: "system",
};
const TRUE = new Set(["true", "1", "yes", "y", "t"]);
const FALSE = new Set(["false", "0", "no", "n", "f"]);
const PUBLIC_CHANNELS = new Set<Channel>(["twitter", "facebook", "instagram", "forum"]);

/** Reads one field of the current record; undefined when the record has no such field. */
export type FieldReader = (column: string) => string | undefined;

interface Pending {
  conversation: Conversation;
  messageIds: Set<string>;
}

/**
 * Builds conversations from the records of a flat message table (one message per record), whatever its
 * container (CSV, JSON array, NDJSON). Internal: the `csv`, `json` and `ndjson` formats feed it.
 */
export class MappedTable {
  private readonly open = new Map<string, Pending>();
  private readonly emitted = new Set<string>();
  private readonly roleValues: Record<string, Role>;
  private last: string | undefined;

  constructor(
    private readonly options: Options,
    private readonly log: LoadLog,
    private readonly emit: (conversation: Conversation) => void,
  ) {
    // Keys come from the user's options: defined, never assigned, and looked up as own keys only.
    this.roleValues = { ...ROLE_WORDS };
    for (const [word, role] of Object.entries(options.roleValues)) {
      Object.defineProperty(this.roleValues, word.toLowerCase(), { value: role, enumerable: true, writable: true, configurable: true });
    }
  }

  /** Adds one record; `where` locates it for issues. */
  add(field: FieldReader, where: { line?: number; record: number }): void {
    const m: Mapping = this.options.mapping;
    const reject = (column: string, message: string, input: unknown) => {
      this.log.reject({ code: input === undefined || input === "" ? "missing-value" : "invalid-value", message, path: [column], field: column, ...where, input: clipInput(input ?? "") });
    };
    const warn = (code: "invalid-date" | "invalid-value", column: string, message: string, input: string) => {
      this.log.warn({ code, message, path: [column], field: column, ...where, input: clipInput(input) });
    };
    const conversationId = field(m.conversationId)?.trim();
    if (!conversationId) return reject(m.conversationId, `Row rejected: missing ${m.conversationId} (the conversation id)`, field(m.conversationId));
    const text = field(m.text);
    if (text === undefined) return reject(m.text, `Row rejected: missing ${m.text} (the message text)`, undefined);
    const role = this.role(field, m);
    if (typeof role !== "string") return reject(role.column, role.message, role.input);

    let sentAt: Date | null = null;
    if (m.time) {
      const raw = field(m.time) ?? "";
      sentAt = parseDateTime(raw);
      if (!sentAt) warn("invalid-date", m.time, `Invalid ${m.time}: Expected an ISO 8601 time, epoch seconds or milliseconds, but received "${clipInput(raw)}"; time left unknown`, raw);
    }
    let channel = this.options.channel;
    if (m.channel) {
      const raw = (field(m.channel) ?? "").trim().toLowerCase();
      const parsed = ChannelSchema.safeParse(raw);
      if (parsed.success) channel = parsed.data;
      else if (raw !== "") warn("invalid-value", m.channel, `Invalid ${m.channel}: Expected one of ${ChannelSchema.options.join(", ")} but received "${clipInput(raw)}"; using "${channel}"`, raw);
    }
    const visibilityRaw = m.visibility ? (field(m.visibility) ?? "").trim().toLowerCase() : "";
    const visibility = visibilityRaw === "public" || visibilityRaw === "private" ? visibilityRaw : PUBLIC_CHANNELS.has(channel) ? "public" : "private";

    const pending = this.conversation(conversationId, channel, field, where);
    const messageId = (m.messageId ? field(m.messageId)?.trim() : undefined) || `${conversationId}-${pending.conversation.messages.length + 1}`;
    if (pending.messageIds.has(messageId)) return reject(m.messageId ?? "messageId", `Row rejected: message id ${messageId} appears twice in conversation ${conversationId}`, messageId);
    pending.messageIds.add(messageId);

    const message: Message = {
      id: messageId,
      conversationId,
      role,
      authorId: (m.authorId ? field(m.authorId)?.trim() : undefined) ?? "",
      sentAt,
      text: cleanText(text),
      channel,
      visibility,
      source: where.line !== undefined ? { line: where.line } : { record: where.record },
    };
    const authorName = m.authorName ? field(m.authorName)?.trim() : undefined;
    if (authorName) message.authorName = authorName;
    const agentId = (m.agentId ? field(m.agentId)?.trim() : undefined) || (role === "agent" ? agentSignature(message.text)?.agentId : undefined);
    if (agentId) message.agentId = agentId;
    const inReplyTo = m.inReplyTo ? field(m.inReplyTo)?.trim() : undefined;
    if (inReplyTo) message.inReplyTo = inReplyTo;
    if (m.workSeconds) {
      const raw = (field(m.workSeconds) ?? "").trim();
      const seconds = Number(raw);
      if (raw !== "" && Number.isFinite(seconds) && seconds >= 0) message.workSeconds = seconds;
      else if (raw !== "") warn("invalid-value", m.workSeconds, `Invalid ${m.workSeconds}: Expected a number of seconds >= 0 but received "${clipInput(raw)}"; ignored`, raw);
    }
    const conversation = pending.conversation;
    conversation.messages.push(message);
    if (role === "customer" && conversation.customer.id === "") conversation.customer.id = message.authorId;
    if (role === "customer" && authorName && conversation.customer.name === undefined) conversation.customer.name = authorName;
  }

  /** Emits every conversation still held; call at the end of the input. */
  finish(): void {
    for (const id of [...this.open.keys()]) this.close(id);
  }

  private role(field: FieldReader, m: Mapping): Role | { column: string; message: string; input: string | undefined } {
    if (m.role) {
      const raw = field(m.role)?.trim() ?? "";
      const role = ownValue(this.roleValues, raw.toLowerCase());
      if (role) return role;
      if (!m.inbound) return { column: m.role, message: `Row rejected: unknown ${m.role} "${clipInput(raw)}" (expected customer, agent, bot or system, or a synonym; see roleValues)`, input: raw };
    }
    const raw = (field(m.inbound!) ?? "").trim().toLowerCase();
    if (TRUE.has(raw)) return "customer";
    if (FALSE.has(raw)) return "agent";
    return { column: m.inbound!, message: `Row rejected: invalid ${m.inbound}: Expected true or false but received "${clipInput(raw)}"`, input: raw };
  }

  private conversation(id: string, channel: Channel, field: FieldReader, where: { line?: number; record: number }): Pending {
    if (this.options.contiguous && this.last !== undefined && this.last !== id) this.close(this.last);
    this.last = id;
    let pending = this.open.get(id);
    if (pending) {
      this.fillIn(pending.conversation, field);
      return pending;
    }
    if (this.emitted.has(id)) {
      this.log.warn({ code: "invalid-record", message: `Conversation ${id} continues after other conversations although the table was declared contiguous; loaded as a second conversation with the same id`, path: [this.options.mapping.conversationId], field: this.options.mapping.conversationId, ...where, input: id });
    }
    const m: Mapping = this.options.mapping;
    const conversation: Conversation = {
      id,
      channel,
      brand: (m.brand ? field(m.brand)?.trim() : undefined) || this.options.brand,
      customer: { id: (m.customerId ? field(m.customerId)?.trim() : undefined) ?? "", attributes: {} },
      messages: [],
    };
    this.fillIn(conversation, field);
    pending = { conversation, messageIds: new Set() };
    this.open.set(id, pending);
    return pending;
  }

  /** Takes conversation-level values (customer name, attributes, group) from the first row that has them. */
  private fillIn(conversation: Conversation, field: FieldReader): void {
    const m: Mapping = this.options.mapping;
    const customerName = m.customerName ? field(m.customerName)?.trim() : undefined;
    if (customerName && conversation.customer.name === undefined) conversation.customer.name = customerName;
    const group = m.group ? field(m.group)?.trim() : undefined;
    if (group && conversation.group === undefined) conversation.group = group;
    for (const column of m.attributes) {
      const value = field(column)?.trim();
      if (value === undefined || value === "" || Object.hasOwn(conversation.customer.attributes, column)) continue;
      Object.defineProperty(conversation.customer.attributes, column, { value: attributeValue(value), enumerable: true, writable: true, configurable: true });
    }
  }

  private close(id: string): void {
    const pending = this.open.get(id);
    if (!pending) return;
    this.open.delete(id);
    this.emitted.add(id);
    const conversation = pending.conversation;
    conversation.messages = sortByTime(conversation.messages, (message) => message.sentAt?.getTime() ?? null);
    this.emit(conversation);
  }
}

/** Attribute values stay text unless they are plain numbers ("42", "3.5"). */
function attributeValue(value: string): AttributeValue {
  return /^-?\d{1,15}(?:\.\d{1,15})?$/.test(value) ? Number(value) : value;
}

export type { ColumnMapping };

import type { AttributeValue, Conversation } from "../../model/conversation.js";
import type { Channel, Message } from "../../model/message.js";
import { parseDateTime } from "../date-time.js";
import type { ExportFormat } from "../export-format.js";
import { clipInput } from "../issues.js";
import { isObject, pathValue, textValue } from "../json/json-value.js";
import type { LoadLog } from "../load-report.js";
import { ownValue } from "../own-value.js";
import { cleanText } from "../text.js";
import { sortByTime } from "../time-order.js";
import { readJsonConversations } from "./json-conversations.js";

/** Zendesk `via.channel` values and the carelens channel each one is. */
const CHANNELS: Record<string, Channel> = {
  email: "email",
  web: "email",
  mail: "email",
  chat: "chat",
  native_messaging: "chat",
  messaging: "chat",
  mobile_sdk: "chat",
  twitter: "twitter",
  facebook: "facebook",
  instagram_dm: "instagram",
  instagram: "instagram",
  voice: "phone",
  phone: "phone",
  sms: "sms",
  forum: "forum",
};

/**
 * Zendesk tickets with their comments, as the Zendesk API exports them: a JSON array of tickets, an
 * object `{ "tickets": [...], "users": [...] }`, or NDJSON (one ticket per line, with the `ndjson` option).
 * Each ticket needs `id` and `comments` ([{ id, author_id, body | plain_body, public, created_at }]).
 * The requester (requester_id, or an embedded requester {id, name}) is the customer; a public comment by
 * anyone else is an agent reply; a private comment (internal note) is kept as a system message, since the
 * customer never sees it. Users side-loaded in `users` give names and roles (end-user = customer).
 */
export const zendesk: ExportFormat = {
  name: "zendesk",
  description: "Zendesk tickets with comments (JSON array, {tickets, users} object, or NDJSON of tickets)",
  async *read(chunks, log) {
    // Peek at the start (64 KiB, whatever the chunking) to tell NDJSON from a JSON array or object; the
    // peeked chunks are then replayed before the rest, from the same iterator.
    const iterator = chunks[Symbol.asyncIterator]();
    const peeked: string[] = [];
    let start = "";
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      peeked.push(next.value);
      start = start === "" ? next.value.trimStart() : start + next.value;
      if (start.length >= PEEK) break;
    }
    const head = start.slice(0, PEEK);
    // NDJSON starts with an object and has another object on a later line.
    const lines = head.startsWith("{") && /\}\s*\n\s*\{/.test(head) && !/^\{\s*"(tickets|users)"/.test(head);
    async function* replay(): AsyncGenerator<string> {
      yield* peeked;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    }
    yield* readJsonConversations(replay(), log, (value, at, log) => zendeskRecord(value, at, log), { lines });
  },
};

const PEEK = 1 << 16;

interface Users {
  names: Map<string, string>;
  roles: Map<string, string>;
}

function zendeskRecord(value: unknown, at: { index: number; line: number }, log: LoadLog): Conversation[] {
  if (isObject(value) && Array.isArray(value.tickets)) {
    const users = readUsers(value.users);
    log.records += value.tickets.length - 1;
    return value.tickets.flatMap((ticket, i) => zendeskTicket(ticket, { index: i, line: at.line }, log, users, ["tickets", i]));
  }
  return zendeskTicket(value, at, log, readUsers(isObject(value) ? value.users : undefined), []);
}

function readUsers(list: unknown): Users {
  const users: Users = { names: new Map(), roles: new Map() };
  if (!Array.isArray(list)) return users;
  for (const user of list) {
    const id = textValue(pathValue(user, "id"));
    if (id === undefined) continue;
    const name = textValue(pathValue(user, "name"));
    const role = textValue(pathValue(user, "role"));
    if (name) users.names.set(id, name);
    if (role) users.roles.set(id, role);
  }
  return users;
}

function zendeskTicket(ticket: unknown, at: { index: number; line: number }, log: LoadLog, users: Users, base: (string | number)[]): Conversation[] {
  const comments = isObject(ticket) && Array.isArray(ticket.comments) ? ticket.comments : undefined;
  const id = textValue(pathValue(ticket, "id"));
  const where = { record: at.index, line: at.line };
  log.items += comments?.length ?? 0;
  if (!comments || id === undefined) {
    const field = id === undefined ? "id" : "comments";
    log.reject({ code: "invalid-record", message: `Ticket rejected: ${field === "id" ? "missing id" : "comments must be a list (export tickets with their comments)"}`, path: [...base, field], field, ...where, input: clipInput(ticket) }, Math.max(comments?.length ?? 0, 1));
    if (!comments?.length) log.items++;
    return [];
  }
  const requesterId = textValue(pathValue(ticket, "requester_id")) ?? textValue(pathValue(ticket, "requester.id")) ?? "";
  const requesterName = textValue(pathValue(ticket, "requester.name")) ?? users.names.get(requesterId);
  const ticketChannel = ownValue(CHANNELS, textValue(pathValue(ticket, "via.channel")) ?? "") ?? "other";
  const messages: Message[] = [];
  comments.forEach((comment, i) => {
    const path = [...base, "comments", i];
    const commentId = textValue(pathValue(comment, "id")) ?? `${id}-${i}`;
    const text = textValue(pathValue(comment, "plain_body")) ?? textValue(pathValue(comment, "body"));
    const authorId = textValue(pathValue(comment, "author_id"));
    if (text === undefined || authorId === undefined) {
      const field = text === undefined ? "body" : "author_id";
      log.reject({ code: "missing-value", message: `Comment rejected: missing ${field}`, path: [...path, field], field, ...where, input: clipInput(comment) });
      return;
    }
    const createdAt = textValue(pathValue(comment, "created_at")) ?? "";
    const sentAt = parseDateTime(createdAt);
    if (!sentAt) {
      log.warn({ code: "invalid-date", message: `Invalid created_at: Expected an ISO time like "2024-03-05T09:00:00Z" but received "${clipInput(createdAt)}"; time left unknown`, path: [...path, "created_at"], field: "created_at", ...where, input: clipInput(createdAt) });
    }
    const isPublic = pathValue(comment, "public") !== false;
    const userRole = users.roles.get(authorId);
    const byCustomer = authorId === requesterId || userRole === "end-user";
    const role = !isPublic ? "system" : byCustomer ? "customer" : authorId === "-1" ? "system" : "agent";
    const message: Message = {
      id: commentId,
      conversationId: id,
      role,
      authorId,
      sentAt,
      text: cleanText(text),
      channel: ownValue(CHANNELS, textValue(pathValue(comment, "via.channel")) ?? "") ?? ticketChannel,
      visibility: isPublic ? "public" : "private",
      source: { record: at.index },
    };
    const name = users.names.get(authorId) ?? (byCustomer ? requesterName : undefined);
    if (name) message.authorName = name;
    if (role === "agent") message.agentId = authorId;
    if (!isPublic) message.meta = { internalNote: true };
    messages.push(message);
  });
  const attributes: Record<string, AttributeValue> = {};
  for (const key of ["status", "priority", "type", "group_id", "organization_id", "brand_id"]) {
    const attribute = pathValue(ticket, key);
    if (typeof attribute === "string" || typeof attribute === "number") attributes[key] = attribute;
  }
  const tags = pathValue(ticket, "tags");
  if (Array.isArray(tags)) attributes.tags = tags.filter((tag) => typeof tag === "string").join(",");
  return [
    {
      id,
      channel: ticketChannel,
      brand: textValue(pathValue(ticket, "brand_name")) ?? textValue(pathValue(ticket, "brand_id")) ?? "",
      customer: { id: requesterId, ...(requesterName ? { name: requesterName } : {}), attributes },
      messages: sortByTime(messages, (m) => m.sentAt?.getTime() ?? null),
      meta: { subject: textValue(pathValue(ticket, "subject")) },
    },
  ];
}

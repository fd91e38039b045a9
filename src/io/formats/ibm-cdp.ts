import type { Conversation } from "../../model/conversation.js";
import type { Message } from "../../model/message.js";
import { agentSignature } from "../agent-signature.js";
import { parseDateTime } from "../date-time.js";
import type { ExportFormat } from "../export-format.js";
import { clipInput } from "../issues.js";
import { isObject, textValue } from "../json/json-value.js";
import type { LoadLog } from "../load-report.js";
import { cleanText } from "../text.js";
import { sortByTime } from "../time-order.js";
import { ibmDuration } from "./ibm-cdp-duration.js";
import { readJsonConversations } from "./json-conversations.js";

/**
 * The IBM "Twitter Conversations Dataset for Conversational Document Prediction" JSON: per conversation a
 * dialogHeader, the dialogContent turns and the final agent reply in agentURL. The final reply has no time
 * of its own: it is timed at conversationDateTime + duration, or left unknown (and reported) when the
 * duration is negative or would put it before the last turn.
 */
export const ibmCdp: ExportFormat = {
  name: "ibm-cdp",
  description: "IBM Twitter customer-care JSON (dialogHeader, dialogContent, agentURL)",
  async *read(chunks, log) {
    const seen = new Map<string, string>();
    yield* readJsonConversations(chunks, log, (value, at, log) => ibmConversation(value, at, log, seen));
  },
};

type At = { index: number; line: number };

function ibmConversation(value: unknown, at: At, log: LoadLog, seen: Map<string, string>): Conversation[] {
  const content = isObject(value) && Array.isArray(value.dialogContent) ? value.dialogContent : [];
  const final = isObject(value) && isObject(value.agentURL) ? value.agentURL : undefined;
  const itemCount = content.length + (final ? 1 : 0);
  log.items += itemCount;
  const header = isObject(value) && isObject(value.dialogHeader) ? value.dialogHeader : undefined;
  const sessionId = textValue(header?.sessionID);
  if (!header || !sessionId) {
    log.reject(
      {
        code: "invalid-record",
        message: `Conversation rejected: ${header ? "dialogHeader.sessionID is missing" : "dialogHeader is missing"}`,
        path: header ? ["dialogHeader", "sessionID"] : ["dialogHeader"],
        field: header ? "sessionID" : "dialogHeader",
        record: at.index,
        line: at.line,
        input: clipInput(value),
      },
      Math.max(itemCount, 1),
    );
    if (itemCount === 0) log.items++;
    return [];
  }
  const brand = textValue(header.company) ?? "";
  const where = { record: at.index, line: at.line };
  const messages: Message[] = [];
  const ids = new Set<string>();

  const accept = (message: Message, path: (string | number)[]): void => {
    if (ids.has(message.id)) {
      log.reject({ code: "duplicate-id", message: `Message rejected: tweet ${message.id} appears twice in conversation ${sessionId}`, path: [...path, "tweet_ID"], field: "tweet_ID", ...where, input: message.id });
      return;
    }
    ids.add(message.id);
    const other = seen.get(message.id);
    if (other !== undefined && other !== sessionId) {
      log.note({ code: "shared-message", message: `Tweet ${message.id} also appears in conversation ${other}; it is kept in both`, path: [...path, "tweet_ID"], field: "tweet_ID", ...where, input: message.id });
    } else seen.set(message.id, sessionId);
    messages.push(message);
  };

  content.forEach((turn, i) => {
    const path = ["dialogContent", i];
    if (!isObject(turn)) {
      log.reject({ code: "invalid-record", message: "Message rejected: a dialogContent turn must be an object", path, ...where, input: clipInput(turn) });
      return;
    }
    const roleKey = Object.keys(turn).find((key) => key === "agent" || /^client\d*$/.test(key));
    const id = textValue(turn.tweet_ID);
    const text = textValue(turn.message);
    const problem = !roleKey ? ["author", "no client or agent key"] : !id ? ["tweet_ID", "missing tweet_ID"] : text === undefined ? ["message", "missing message"] : undefined;
    if (problem) {
      log.reject({ code: "missing-value", message: `Message rejected: ${problem[1]}`, path: [...path, problem[0]!], field: problem[0]!, ...where, input: clipInput(turn) });
      return;
    }
    const datetime = textValue(turn.datetime) ?? "";
    const sentAt = parseDateTime(datetime);
    if (!sentAt) {
      log.warn({ code: "invalid-date", message: `Invalid datetime: Expected an ISO time like "2020-04-01T17:31:32.000Z" but received "${clipInput(datetime)}"; time left unknown`, path: [...path, "datetime"], field: "datetime", ...where, input: clipInput(datetime) });
    }
    const role = roleKey === "agent" ? "agent" : "customer";
    const message: Message = {
      id: id!,
      conversationId: sessionId,
      role,
      authorId: textValue(turn[roleKey!]) ?? "",
      sentAt,
      text: cleanText(text!),
      channel: "twitter",
      visibility: "public",
      source: { record: at.index },
    };
    if (role === "agent") setAgentId(message);
    accept(message, path);
  });

  if (final) {
    const reply = finalReply(final, header, messages, sessionId, brand, at, log);
    if (reply) accept(reply, ["agentURL"]);
  }
  const customerHandle = customerOf(messages);
  return [
    {
      id: sessionId,
      channel: "twitter",
      brand,
      customer: { id: customerHandle, handle: customerHandle, attributes: {} },
      messages: sortByTime(messages, (m) => m.sentAt?.getTime() ?? null),
    },
  ];
}

/** The final agent reply (agentURL), timed at conversationDateTime + duration when that is possible. */
function finalReply(
  final: Record<string, unknown>,
  header: Record<string, unknown>,
  earlier: Message[],
  sessionId: string,
  brand: string,
  at: At,
  log: LoadLog,
): Message | undefined {
  const where = { record: at.index, line: at.line };
  const id = textValue(final.tweet_ID);
  const text = textValue(final.url_utterance);
  if (!id || text === undefined) {
    const field = !id ? "tweet_ID" : "url_utterance";
    log.reject({ code: "missing-value", message: `Final reply rejected: missing agentURL.${field}`, path: ["agentURL", field], field, ...where, input: clipInput(final) });
    return undefined;
  }
  const reply: Message = {
    id,
    conversationId: sessionId,
    role: "agent",
    authorId: brand,
    sentAt: replyTime(header, earlier, at, log),
    text: cleanText(text),
    channel: "twitter",
    visibility: "public",
    source: { record: at.index },
    meta: { final: true, url: textValue(final.url), docId: textValue(final.doc_id) },
  };
  setAgentId(reply);
  return reply;
}

function replyTime(header: Record<string, unknown>, earlier: Message[], at: At, log: LoadLog): Date | null {
  const where = { record: at.index, line: at.line };
  const startText = textValue(header.conversationDateTime) ?? "";
  const durationText = textValue(header.duration) ?? "";
  const start = parseDateTime(startText);
  if (!start) {
    log.warn({ code: "invalid-date", message: `Invalid conversationDateTime "${clipInput(startText)}": the final reply's time is unknown`, path: ["dialogHeader", "conversationDateTime"], field: "conversationDateTime", ...where, input: clipInput(startText) });
    return null;
  }
  const duration = ibmDuration(durationText);
  if (duration.kind !== "ok") {
    const why = duration.kind === "negative" ? "is negative" : "is not a duration like 01:26:55.0";
    log.warn({ code: "invalid-duration", message: `Duration "${durationText}" ${why}: the final reply's time is unknown`, path: ["dialogHeader", "duration"], field: "duration", ...where, input: durationText });
    return null;
  }
  if (duration.days) {
    log.note({ code: "duration-in-days", message: `Duration "${durationText}" is in days-h:mm:ss form: read as ${duration.seconds} s`, path: ["dialogHeader", "duration"], field: "duration", ...where, input: durationText });
  }
  const time = new Date(start.getTime() + duration.seconds * 1000);
  // A loop, not Math.max(...times): spreading 200,000 turns as arguments overflows the stack.
  let last = -Infinity;
  for (const m of earlier) last = Math.max(last, m.sentAt?.getTime() ?? -Infinity);
  if (time.getTime() < last) {
    log.warn({ code: "reply-before-last-message", message: `conversationDateTime + duration (${time.toISOString()}) falls before the last turn (${new Date(last).toISOString()}): the final reply's time is unknown`, path: ["dialogHeader", "duration"], field: "duration", ...where, input: durationText });
    return null;
  }
  return time;
}

function setAgentId(message: Message): void {
  const signature = agentSignature(message.text);
  if (signature) message.agentId = signature.agentId;
}

/** The customer is the client the final reply addresses ("@handle ..."), else the first client. */
function customerOf(messages: Message[]): string {
  const clients = messages.filter((m) => m.role === "customer").map((m) => m.authorId);
  const final = messages.find((m) => m.meta?.final === true);
  const addressed = final && /^\s*@(\w{1,50})/.exec(final.text)?.[1];
  if (addressed && clients.includes(addressed)) return addressed;
  return clients[0] ?? addressed ?? "";
}

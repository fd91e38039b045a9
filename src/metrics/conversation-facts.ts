import type { AttributeValue, Conversation } from "../model/conversation.js";
import type { Channel, Message } from "../model/message.js";
import { agentKey } from "./agent-key.js";
import { businessSeconds } from "./business-hours/business-seconds.js";
import { countWords, estimateReplySeconds } from "./handle-time-model.js";
import { resolveMetricsOptions, type MetricsOptions, type ResolvedMetricsOptions, type Tone } from "./metrics-options.js";

/** A customer turn: consecutive customer messages (bots and system messages in between do not end it) and the agent reply that ends it. */
export interface TurnFacts {
  /** Time of the turn's first customer message (epoch ms), null when unknown. */
  startAt: number | null;
  customerMessages: number;
  tone: Tone | undefined;
  /** An agent replied (within the window, when one is set; a reply with an unknown time counts). */
  answered: boolean;
  /** Seconds from the turn's first message to the reply; null when unanswered or a time is unknown. */
  replySeconds: number | null;
  replyBusinessSeconds: number | null;
  /** agentKey of the agent who ended the turn. */
  agent: string | null;
}

/** One human agent message, with its handle time. */
export interface ReplyFacts {
  agent: string;
  at: number | null;
  /** Work seconds from the export when it has them (measured), else the model's estimate. */
  handleSeconds: number;
  measured: boolean;
}

/**
 * What the metrics need from one conversation, computed once: compact plain data. Times are epoch
 * milliseconds; null means unknown.
 */
export interface ConversationFacts {
  conversationId: string;
  brand: string;
  channel: Channel;
  customerId: string;
  attributes: Record<string, AttributeValue>;
  group: string | undefined;
  /** Opened by a customer message (the first customer-or-agent message is the customer's). */
  isContact: boolean;
  /** The opening customer message (contacts only). */
  opener: { messageId: string; at: number | null; text: string; tone: Tone | undefined } | undefined;
  /** The time of the conversation's first timed message of any role (dates agent-started conversations). */
  firstTimedAt: number | null;
  /** When the response clock started (per the clock-start option). */
  clockStartAt: number | null;
  /** A human agent replied after the opener, within the window when one is set. */
  responded: boolean;
  /** The first agent reply has no known time (the contact counts as responded, outside time metrics). */
  firstReplyTimeUnknown: boolean;
  firstReplyAt: number | null;
  firstReplySeconds: number | null;
  firstReplyBusinessSeconds: number | null;
  firstReplyAgent: string | null;
  /** Customer messages before the first agent reply (all of them when there is none). */
  customerMessagesBeforeFirstReply: number;
  turns: TurnFacts[];
  replies: ReplyFacts[];
  /** First to last agent message, seconds (known times only); null with no timed agent message. */
  activeSpanSeconds: number | null;
  /** The same span per agent who wrote in the conversation. */
  agentSpans: { agent: string; seconds: number }[];
  resolved: boolean;
}

/**
 * Computes a conversation's facts under the given metric options: contact or not, the clock start, the
 * first human reply and its time (calendar and business), every customer turn and its reply, every
 * agent reply with its handle time. Bots and system messages never count as replies and never stop a
 * clock; they do not end a customer turn either.
 *
 * @example
 * // twcs-sample/sample.csv, thread 119239: customer 13:00:09, ChaseSupport "^RR" 13:25:49.
 * const facts = conversationFacts(conversation);
 * [facts.isContact, facts.firstReplySeconds, facts.firstReplyAgent]; // => [true, 1540, "ChaseSupport/RR"]
 */
export function conversationFacts(conversation: Conversation, options: MetricsOptions | ResolvedMetricsOptions = {}): ConversationFacts {
  const o = resolveMetricsOptions(options);
  const { brand, messages } = conversation;
  const humans = messages.filter((m) => m.role === "customer" || m.role === "agent");
  const first = humans[0];
  const isContact = first?.role === "customer";
  const opener = isContact ? first : undefined;
  const clockStartAt = isContact ? clockStart(conversation, first!, o) : null;

  const firstReply = isContact ? humans.find((m) => m.role === "agent") : undefined;
  const firstReplyAt = time(firstReply);
  const firstReplySeconds = seconds(clockStartAt, firstReplyAt);
  const withinWindow = firstReplySeconds === null || o.windowSeconds === undefined || firstReplySeconds <= o.windowSeconds;
  // In a contact every message before the first agent reply is the customer's.
  const firstReplyIndex = firstReply ? humans.indexOf(firstReply) : humans.length;
  const facts: ConversationFacts = {
    conversationId: conversation.id,
    brand,
    channel: conversation.channel,
    customerId: conversation.customer.id,
    attributes: conversation.customer.attributes,
    group: conversation.group,
    isContact,
    opener: opener && { messageId: opener.id, at: time(opener), text: opener.text.slice(0, 280), tone: o.toneOf?.(opener) },
    firstTimedAt: messages.find((m) => m.sentAt !== null)?.sentAt?.getTime() ?? null,
    clockStartAt,
    responded: firstReply !== undefined && withinWindow,
    firstReplyTimeUnknown: firstReply !== undefined && firstReplySeconds === null,
    firstReplyAt,
    firstReplySeconds,
    firstReplyBusinessSeconds: business(clockStartAt, firstReplySeconds, firstReplyAt, o),
    firstReplyAgent: firstReply ? agentKey(brand, firstReply.agentId) : null,
    customerMessagesBeforeFirstReply: isContact ? firstReplyIndex : 0,
    turns: customerTurns(humans, brand, o),
    replies: replies(humans, brand, o),
    activeSpanSeconds: null,
    agentSpans: [],
    resolved: false,
  };
  spans(facts, humans, brand);
  facts.resolved = isContact && (o.isResolved ? o.isResolved(conversation) : firstReply !== undefined && humans.at(-1)?.role === "agent");
  return facts;
}

function time(message: Message | undefined): number | null {
  return message?.sentAt ? message.sentAt.getTime() : null;
}

/** Seconds from start to end; null when either is unknown or end comes first (bad data). */
function seconds(start: number | null, end: number | null): number | null {
  if (start === null || end === null || end < start) return null;
  return (end - start) / 1000;
}

function business(start: number | null, calendar: number | null, end: number | null, o: ResolvedMetricsOptions): number | null {
  if (!o.businessHours || calendar === null) return null;
  return businessSeconds(start!, end!, o.businessHours);
}

function clockStart(conversation: Conversation, opener: Message, o: ResolvedMetricsOptions): number | null {
  if (o.clockStart === "first-customer-message") return time(opener);
  const created = o.createdAt ? o.createdAt(conversation) : metaCreatedAt(conversation);
  if (created instanceof Date && !Number.isNaN(created.getTime())) return created.getTime();
  return time(conversation.messages[0]);
}

function metaCreatedAt(conversation: Conversation): Date | undefined {
  const value = conversation.meta?.createdAt;
  if (value instanceof Date) return value;
  if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return new Date(value);
  return undefined;
}

function customerTurns(humans: Message[], brand: string, o: ResolvedMetricsOptions): TurnFacts[] {
  const turns: TurnFacts[] = [];
  let open: { first: Message; count: number } | undefined;
  const close = (reply: Message | undefined) => {
    const startAt = time(open!.first);
    const replySeconds = reply ? seconds(startAt, time(reply)) : null;
    const inWindow = replySeconds === null || o.windowSeconds === undefined || replySeconds <= o.windowSeconds;
    turns.push({
      startAt,
      customerMessages: open!.count,
      tone: o.toneOf?.(open!.first),
      answered: reply !== undefined && inWindow,
      replySeconds,
      replyBusinessSeconds: reply ? business(startAt, replySeconds, time(reply), o) : null,
      agent: reply ? agentKey(brand, reply.agentId) : null,
    });
    open = undefined;
  };
  for (const message of humans) {
    if (message.role === "customer") {
      if (open) open.count++;
      else open = { first: message, count: 1 };
    } else if (open) close(message);
  }
  if (open) close(undefined);
  return turns;
}

function replies(humans: Message[], brand: string, o: ResolvedMetricsOptions): ReplyFacts[] {
  const result: ReplyFacts[] = [];
  let newCustomerWords = 0;
  for (const message of humans) {
    if (message.role === "customer") {
      newCustomerWords += countWords(message.text);
      continue;
    }
    const measured = message.workSeconds !== undefined;
    const handleSeconds = measured ? message.workSeconds! : estimateReplySeconds(newCustomerWords, countWords(message.text), o.handleTime);
    result.push({ agent: agentKey(brand, message.agentId), at: time(message), handleSeconds, measured });
    newCustomerWords = 0;
  }
  return result;
}

function spans(facts: ConversationFacts, humans: Message[], brand: string): void {
  const byAgent = new Map<string, [number, number]>();
  let all: [number, number] | undefined;
  for (const message of humans) {
    const at = time(message);
    if (message.role !== "agent" || at === null) continue;
    const key = agentKey(brand, message.agentId);
    byAgent.set(key, widen(byAgent.get(key), at));
    all = widen(all, at);
  }
  facts.activeSpanSeconds = all ? (all[1] - all[0]) / 1000 : null;
  facts.agentSpans = [...byAgent].map(([agent, [start, end]]) => ({ agent, seconds: (end - start) / 1000 }));
}

function widen(span: [number, number] | undefined, at: number): [number, number] {
  return span ? [Math.min(span[0], at), Math.max(span[1], at)] : [at, at];
}

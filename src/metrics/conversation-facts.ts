import type { AttributeValue, Conversation } from "../model/conversation.js";
import type { Channel, Message } from "../model/message.js";
import { agentKey } from "../model/agent-key.js";
import { replies, spans } from "./agent-replies.js";
import { customerTurns } from "./customer-turns.js";
import { business, seconds, time } from "./fact-times.js";
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
  const keys = agentKeys(humans, brand);
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
  const firstReplyAgent = firstReply ? keys[firstReplyIndex]! : null;
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
    firstReplyAgent,
    customerMessagesBeforeFirstReply: isContact ? firstReplyIndex : 0,
    turns: customerTurns(humans, keys, o),
    replies: replies(humans, keys, o),
    activeSpanSeconds: null,
    agentSpans: [],
    resolved: false,
  };
  spans(facts, humans, keys);
  facts.resolved = isContact && (o.isResolved ? o.isResolved(conversation) : firstReply !== undefined && humans.at(-1)?.role === "agent");
  return facts;
}

/** The agentKey of each agent message (undefined for customers): built once per message, and once per run of one agent's messages. */
function agentKeys(humans: readonly Message[], brand: string): (string | undefined)[] {
  const keys: (string | undefined)[] = new Array(humans.length);
  let lastId: string | undefined;
  let lastKey: string | undefined;
  for (let i = 0; i < humans.length; i++) {
    const message = humans[i]!;
    if (message.role !== "agent") continue;
    if (lastKey === undefined || message.agentId !== lastId) {
      lastId = message.agentId;
      lastKey = agentKey(brand, lastId);
    }
    keys[i] = lastKey;
  }
  return keys;
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


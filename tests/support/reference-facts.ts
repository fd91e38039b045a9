import { agentKey } from "../../src/model/agent-key.js";
import type { Conversation } from "../../src/model/conversation.js";
import type { Message } from "../../src/model/message.js";
import type { ConversationFacts, ReplyFacts, TurnFacts } from "../../src/metrics/conversation-facts.js";
import { business, seconds, time } from "../../src/metrics/fact-times.js";
import { countWords, estimateReplySeconds } from "../../src/metrics/handle-time-model.js";
import { resolveMetricsOptions, type MetricsOptions, type ResolvedMetricsOptions } from "../../src/metrics/metrics-options.js";

/**
 * conversationFacts written the plain way (a pass per fact, an agentKey per use, every customer word
 * counted, a pair per span): the oracle the fast one is checked against.
 */
export function referenceFacts(conversation: Conversation, options: MetricsOptions = {}): ConversationFacts {
  const o = resolveMetricsOptions(options);
  const { brand, messages } = conversation;
  const humans = messages.filter((m) => m.role === "customer" || m.role === "agent");
  const first = humans[0];
  const isContact = first?.role === "customer";
  const opener = isContact ? first : undefined;
  const clockStartAt = isContact ? (o.clockStart === "first-customer-message" ? time(first) : time(conversation.messages[0])) : null;
  const firstReply = isContact ? humans.find((m) => m.role === "agent") : undefined;
  const firstReplyAt = time(firstReply);
  const firstReplySeconds = seconds(clockStartAt, firstReplyAt);
  const withinWindow = firstReplySeconds === null || o.windowSeconds === undefined || firstReplySeconds <= o.windowSeconds;
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
    turns: turnsOf(humans, brand, o),
    replies: repliesOf(humans, brand, o),
    activeSpanSeconds: null,
    agentSpans: [],
    resolved: false,
  };
  const byAgent = new Map<string, [number, number]>();
  let all: [number, number] | undefined;
  const widen = (span: [number, number] | undefined, at: number): [number, number] => (span ? [Math.min(span[0], at), Math.max(span[1], at)] : [at, at]);
  for (const message of humans) {
    const at = time(message);
    if (message.role !== "agent" || at === null) continue;
    const key = agentKey(brand, message.agentId);
    byAgent.set(key, widen(byAgent.get(key), at));
    all = widen(all, at);
  }
  facts.activeSpanSeconds = all ? (all[1] - all[0]) / 1000 : null;
  facts.agentSpans = [...byAgent].map(([agent, [start, end]]) => ({ agent, seconds: (end - start) / 1000 }));
  facts.resolved = isContact && (o.isResolved ? o.isResolved(conversation) : firstReply !== undefined && humans.at(-1)?.role === "agent");
  return facts;
}

function turnsOf(humans: Message[], brand: string, o: ResolvedMetricsOptions): TurnFacts[] {
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

function repliesOf(humans: Message[], brand: string, o: ResolvedMetricsOptions): ReplyFacts[] {
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

import type { Message } from "../model/message.js";
import { agentKey } from "../model/agent-key.js";
import type { TurnFacts } from "./conversation-facts.js";
import { business, seconds, time } from "./fact-times.js";
import type { ResolvedMetricsOptions } from "./metrics-options.js";

/**
 * The customer turns of a conversation's customer and agent messages: runs of consecutive customer
 * messages, each ended by the next agent message (its reply) or by the end of the conversation.
 */
export function customerTurns(humans: Message[], brand: string, o: ResolvedMetricsOptions): TurnFacts[] {
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


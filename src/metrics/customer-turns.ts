import type { Message } from "../model/message.js";
import type { TurnFacts } from "./conversation-facts.js";
import { business, seconds, time } from "./fact-times.js";
import type { ResolvedMetricsOptions } from "./metrics-options.js";

/**
 * The customer turns of a conversation's customer and agent messages: runs of consecutive customer
 * messages, each ended by the next agent message (its reply) or by the end of the conversation.
 * `keys[i]` is the agentKey of `humans[i]` (undefined for customers).
 */
export function customerTurns(humans: readonly Message[], keys: readonly (string | undefined)[], o: ResolvedMetricsOptions): TurnFacts[] {
  const turns: TurnFacts[] = [];
  let open: { first: Message; count: number } | undefined;
  const close = (reply: Message | undefined, agent: string | null) => {
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
      agent,
    });
    open = undefined;
  };
  for (let i = 0; i < humans.length; i++) {
    const message = humans[i]!;
    if (message.role === "customer") {
      if (open) open.count++;
      else open = { first: message, count: 1 };
    } else if (open) close(message, keys[i]!);
  }
  if (open) close(undefined, null);
  return turns;
}


import type { Message } from "../model/message.js";
import type { TurnFacts } from "./conversation-facts.js";
import { business, seconds, time } from "./fact-times.js";
import type { ResolvedMetricsOptions } from "./metrics-options.js";

/**
 * The customer turns of a conversation's customer and agent messages: runs of consecutive customer
 * messages, each ended by the next agent message (its reply) or by the end of the conversation.
 * `agents[i]` is the agentKey of `humans[i]` when it is an agent message (worked out once per conversation).
 */
export function customerTurns(humans: readonly Message[], agents: readonly (string | undefined)[], o: ResolvedMetricsOptions): TurnFacts[] {
  const turns: TurnFacts[] = [];
  let first: Message | undefined;
  let count = 0;
  for (let i = 0; i <= humans.length; i++) {
    const message = humans[i];
    if (message !== undefined && message.role === "customer") {
      if (first === undefined) first = message;
      count++;
      continue;
    }
    if (first === undefined) continue;
    // An agent message (the reply) or the end of the conversation closes the open turn.
    const startAt = time(first);
    const replyAt = message === undefined ? null : time(message);
    const replySeconds = message === undefined ? null : seconds(startAt, replyAt);
    const inWindow = replySeconds === null || o.windowSeconds === undefined || replySeconds <= o.windowSeconds;
    turns.push({
      startAt,
      customerMessages: count,
      tone: o.toneOf?.(first),
      answered: message !== undefined && inWindow,
      replySeconds,
      replyBusinessSeconds: message === undefined ? null : business(startAt, replySeconds, replyAt, o),
      agent: message === undefined ? null : agents[i]!,
    });
    first = undefined;
    count = 0;
  }
  return turns;
}

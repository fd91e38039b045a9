import { z } from "zod";
import type { Channel, Message } from "../model/message.js";
import { defineRubric } from "./define-rubric.js";
import { evidenceAt, turnStart } from "./evidence.js";

const Config = z.object({
  /** Customer messages no further apart than this (seconds) form one burst, per channel. */
  burstWindowSeconds: z.record(z.string(), z.number().nonnegative()),
  /** Burst window for channels not listed. */
  defaultBurstWindowSeconds: z.number().nonnegative(),
  /** An upset customer's burst should be left this long (seconds) before replying. */
  minimumWaitSeconds: z.number().nonnegative(),
  /** A customer message this soon (seconds) after the reply cannot be a reaction to it. */
  reactionSeconds: z.number().nonnegative(),
});

/**
 * `vent-wait` (per agent reply that follows customer messages): customers vent in bursts, consecutive
 * customer messages with no agent message between them, at most a burst window apart (default 2 minutes;
 * per channel: chat 60 s, e-mail none). "interrupted" when the reply came while the burst was still going:
 * another customer message arrives after the reply, within the window of the burst's last message, and
 * does not respond to the reply (on Twitter it replies to the customer's own earlier tweet, or it came
 * sooner than a reaction could, default 20 s); or, for an upset customer (negative tone in the burst),
 * when the reply came less than the minimum wait (default 60 s) after the burst's last message. "waited"
 * otherwise; "n/a" when the reply follows no customer message or a time is unknown. Score 1 / 0 / null.
 *
 * @example
 * // customer 10:00:00 "my order is late!!", agent 10:00:30 "Sorry!", customer 10:01:10 "and nobody answers the phone"
 * // => { label: "interrupted", score: 0, ... }
 */
export const ventWait = defineRubric({
  id: "vent-wait",
  level: "message",
  description: "The agent let the customer finish a burst of messages (and upset customers a minute more) before replying.",
  vocabulary: ["waited", "interrupted", "n/a"],
  defaults: {
    burstWindowSeconds: { twitter: 120, facebook: 120, instagram: 120, forum: 120, sms: 120, chat: 60, email: 0, phone: 0 } as Record<string, number>,
    defaultBurstWindowSeconds: 120,
    minimumWaitSeconds: 60,
    reactionSeconds: 20,
  },
  configSchema: Config,
  score(context, index, config) {
    const messages = context.conversation.messages;
    const reply = messages[index]!;
    // The burst: the customer messages of the turn the reply answers, from `start`, the last one `last`.
    const start = turnStart(messages, index);
    let lastIndex = index - 1;
    while (lastIndex >= start && messages[lastIndex]!.role !== "customer") lastIndex--;
    const replyAt = reply.sentAt?.getTime();
    const last = lastIndex >= start ? messages[lastIndex]! : undefined;
    const lastAt = last?.sentAt?.getTime();
    if (!last || replyAt === undefined || lastAt === undefined) return { label: "n/a", score: null, evidence: [] };
    const window = windowFor(reply.channel, config) * 1000;
    const next = nextCustomerMessage(messages, index);
    const nextAt = next?.sentAt?.getTime();
    if (next && nextAt !== undefined && nextAt - lastAt <= window && !respondsTo(next, reply, nextAt - replyAt, config.reactionSeconds * 1000)) {
      return { label: "interrupted", score: 0, evidence: [evidenceAt(next, undefined, `the customer was still writing: this message came ${Math.round((nextAt - lastAt) / 1000)} s after their previous one, and does not answer the reply`)] };
    }
    let upset = false;
    for (let i = start; i <= lastIndex && !upset; i++) upset = messages[i]!.role === "customer" && context.tone(i) === "negative";
    const waited = replyAt - lastAt;
    if (upset && waited < config.minimumWaitSeconds * 1000) {
      return { label: "interrupted", score: 0, evidence: [evidenceAt(reply, undefined, `replied ${Math.round(waited / 1000)} s after an upset customer's last message (minimum ${config.minimumWaitSeconds} s)`)] };
    }
    return { label: "waited", score: 1, evidence: [evidenceAt(reply, undefined, `replied ${Math.round(waited / 1000)} s after the customer's last message`)] };
  },
});

function windowFor(channel: Channel, config: z.infer<typeof Config>): number {
  return Object.hasOwn(config.burstWindowSeconds, channel) ? config.burstWindowSeconds[channel]! : config.defaultBurstWindowSeconds;
}

function nextCustomerMessage(messages: readonly Message[], index: number): Message | undefined {
  for (let i = index + 1; i < messages.length; i++) {
    if (messages[i]!.role === "customer") return messages[i];
    if (messages[i]!.role === "agent") return undefined;
  }
  return undefined;
}

/** The customer's next message is a reaction to the reply: it links to it, or came late enough to have read it. */
function respondsTo(next: Message, reply: Message, afterReplyMs: number, reactionMs: number): boolean {
  if (next.inReplyTo !== undefined) return next.inReplyTo === reply.id;
  return afterReplyMs >= reactionMs;
}

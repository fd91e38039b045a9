import type { Message } from "../model/message.js";
import type { CountedMessageScore } from "../scoring/conversation-score.js";
import type { Tone } from "../text/tone.js";

/** Above this many messages a conversation's tones are looked up in a Map built once, not scanned. */
const SCAN_LIMIT = 16;

/**
 * The tone the scorer read for a customer message of the conversation last scored: that of the last
 * customer message score with the message's id, "neutral" when there is none. Short conversations (most
 * of them) are scanned from the end with no Map built per conversation; long ones use a Map, built on the
 * first look-up, so look-ups stay O(1) each.
 *
 * @example
 * const tones = scoreTones();
 * tones.use(score.messages);
 * tones.toneOf(conversation.messages[0]); // => "negative"
 */
export function scoreTones(): { use(messages: readonly CountedMessageScore[]): void; toneOf(message: Message): Tone } {
  let current: readonly CountedMessageScore[] = [];
  let byId: Map<string, Tone> | undefined;
  return {
    use(messages) {
      current = messages;
      byId = undefined;
    },
    toneOf(message) {
      if (current.length > SCAN_LIMIT) {
        if (byId === undefined) {
          byId = new Map();
          for (const score of current) if (score.role === "customer") byId.set(score.messageId, score.tone!);
        }
        return byId.get(message.id) ?? "neutral";
      }
      for (let i = current.length - 1; i >= 0; i--) {
        const score = current[i]!;
        if (score.role === "customer" && score.messageId === message.id) return score.tone!;
      }
      return "neutral";
    },
  };
}

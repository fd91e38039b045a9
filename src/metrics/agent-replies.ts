import type { Message } from "../model/message.js";
import type { ConversationFacts, ReplyFacts } from "./conversation-facts.js";
import { time } from "./fact-times.js";
import { countWords, estimateReplySeconds } from "./handle-time-model.js";
import type { ResolvedMetricsOptions } from "./metrics-options.js";

/**
 * Every agent message with its handle time: the export's work seconds, else the model's estimate.
 * `keys[i]` is the agentKey of `humans[i]` (undefined for customers). A customer message's words are
 * counted only when an estimated reply reads them: not those after the last reply, nor before a
 * measured one.
 */
export function replies(humans: readonly Message[], keys: readonly (string | undefined)[], o: ResolvedMetricsOptions): ReplyFacts[] {
  const result: ReplyFacts[] = [];
  // The customer messages since the last agent reply: humans[unread, i).
  let unread = 0;
  for (let i = 0; i < humans.length; i++) {
    const message = humans[i]!;
    if (message.role === "customer") continue;
    const measured = message.workSeconds !== undefined;
    let handleSeconds: number;
    if (measured) handleSeconds = message.workSeconds!;
    else {
      let newCustomerWords = 0;
      for (let k = unread; k < i; k++) newCustomerWords += countWords(humans[k]!.text);
      handleSeconds = estimateReplySeconds(newCustomerWords, countWords(message.text), o.handleTime);
    }
    result.push({ agent: keys[i]!, at: time(message), handleSeconds, measured });
    unread = i + 1;
  }
  return result;
}

/** Sets the conversation's active span (first to last agent message) and each agent's. */
export function spans(facts: ConversationFacts, humans: readonly Message[], keys: readonly (string | undefined)[]): void {
  // The agents in the order of their first timed message, with their first and last times (few per
  // conversation: arrays searched in order, no Map nor pair per message).
  const agents: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < humans.length; i++) {
    const message = humans[i]!;
    const at = time(message);
    if (message.role !== "agent" || at === null) continue;
    const key = keys[i]!;
    const k = agents.indexOf(key);
    if (k < 0) {
      agents.push(key);
      starts.push(at);
      ends.push(at);
    } else {
      starts[k] = Math.min(starts[k]!, at);
      ends[k] = Math.max(ends[k]!, at);
    }
    start = Math.min(start, at);
    end = Math.max(end, at);
  }
  facts.activeSpanSeconds = agents.length === 0 ? null : (end - start) / 1000;
  facts.agentSpans = agents.map((agent, k) => ({ agent, seconds: (ends[k]! - starts[k]!) / 1000 }));
}

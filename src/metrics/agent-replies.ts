import type { Message } from "../model/message.js";
import type { ReplyFacts } from "./conversation-facts.js";
import { time } from "./fact-times.js";
import { countWords, estimateReplySeconds } from "./handle-time-model.js";
import type { ResolvedMetricsOptions } from "./metrics-options.js";

/**
 * Every agent message with its handle time: the export's work seconds, else the model's estimate.
 * `agents[i]` is the agentKey of `humans[i]` when it is an agent message.
 */
export function replies(humans: readonly Message[], agents: readonly (string | undefined)[], o: ResolvedMetricsOptions): ReplyFacts[] {
  const result: ReplyFacts[] = [];
  let newCustomerWords = 0;
  for (let i = 0; i < humans.length; i++) {
    const message = humans[i]!;
    if (message.role === "customer") {
      newCustomerWords += countWords(message.text);
      continue;
    }
    const measured = message.workSeconds !== undefined;
    const handleSeconds = measured ? message.workSeconds! : estimateReplySeconds(newCustomerWords, countWords(message.text), o.handleTime);
    result.push({ agent: agents[i]!, at: time(message), handleSeconds, measured });
    newCustomerWords = 0;
  }
  return result;
}

/**
 * The active span (first to last timed agent message, seconds; null without one) and each agent's, in
 * the order agents first wrote a timed message.
 */
export function spans(humans: readonly Message[], agents: readonly (string | undefined)[]): { all: number | null; byAgent: { agent: string; seconds: number }[] } {
  // Few agents write in one conversation: parallel arrays searched in order beat a Map of tuples.
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < humans.length; i++) {
    const message = humans[i]!;
    const at = message.role === "agent" ? time(message) : null;
    if (at === null) continue;
    const key = agents[i]!;
    const k = keys.indexOf(key);
    if (k < 0) {
      keys.push(key);
      starts.push(at);
      ends.push(at);
    } else {
      starts[k] = Math.min(starts[k]!, at);
      ends[k] = Math.max(ends[k]!, at);
    }
    start = Math.min(start, at);
    end = Math.max(end, at);
  }
  return { all: keys.length === 0 ? null : (end - start) / 1000, byAgent: keys.map((agent, k) => ({ agent, seconds: (ends[k]! - starts[k]!) / 1000 })) };
}

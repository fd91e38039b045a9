import type { Message } from "../model/message.js";
import { agentKey } from "../model/agent-key.js";
import type { ConversationFacts, ReplyFacts } from "./conversation-facts.js";
import { time } from "./fact-times.js";
import { countWords, estimateReplySeconds } from "./handle-time-model.js";
import type { ResolvedMetricsOptions } from "./metrics-options.js";

/** Every agent message with its handle time: the export's work seconds, else the model's estimate. */
export function replies(humans: Message[], brand: string, o: ResolvedMetricsOptions): ReplyFacts[] {
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

/** Sets the conversation's active span (first to last agent message) and each agent's. */
export function spans(facts: ConversationFacts, humans: Message[], brand: string): void {
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

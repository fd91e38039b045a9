import { z } from "zod";
import { WordListSchema } from "../text/word-list.js";
import { addressedName, type NameContext } from "../text/addressed-name.js";
import { defineRubric } from "./define-rubric.js";
import { evidenceAt } from "./evidence.js";
import type { ScoringContext } from "./types.js";

/**
 * `name-use` (per agent message): "used" when the agent addresses the customer by a personal name (first
 * name, full name, or a name taken from the handle or display name) beyond the automatic @handle;
 * "not-used" otherwise. The agent's own signature, third parties' names, brand and product names do not
 * count. Score 1 / 0. Rolled up per conversation by the scorecard (used in any reply).
 *
 * @example
 * // "@OGYouTubeGod Hi Justin, sorry for the trouble. Which Adobe app is crashing? ^SJ"
 * // => { label: "used", score: 1, evidence: [{ text: "Justin", reason: "a name after a greeting" }] }
 */
export const nameUse = defineRubric({
  id: "name-use",
  level: "message",
  description: "The agent addresses the customer by name, beyond the automatic @handle.",
  vocabulary: ["used", "not-used"],
  defaults: { notNames: [] as string[] },
  configSchema: z.object({ notNames: WordListSchema }),
  score(context: ScoringContext, index, config) {
    const found = addressedName(context.features(index), nameContext(context, config.notNames));
    const message = context.conversation.messages[index]!;
    if (!found) return { label: "not-used", score: 0, evidence: [] };
    return { label: "used", score: 1, evidence: [evidenceAt(message, found, found.reason)] };
  },
});

/**
 * What is known of the names in the last conversation asked about (its replies come one after the other):
 * not a WeakMap entry per conversation (~1 µs each to add). Two rubrics ask with their own `notNames`
 * lists, each answered once per conversation with the same object (addressedName then sees the same
 * context and reuses its answer).
 */
let known:
  | { messages: readonly unknown[]; length: number; customer: unknown; brand: string; names: string[]; asked: { notNames: readonly string[]; context: NameContext }[] }
  | undefined;

const NO_WORDS: readonly string[] = [];

/**
 * What is known of the customer's names in a conversation, and words that are not names there.
 *
 * @example
 * nameContext(context).names; // => ["Justin Case"] (customer.name and the authorName of their messages)
 */
export function nameContext(context: ScoringContext, notNames: readonly string[] = NO_WORDS): NameContext {
  const { conversation } = context;
  const customer = conversation.customer;
  const messages = conversation.messages;
  // Once per conversation, not once per reply (a 100,000-message thread would be quadratic).
  if (!known || known.messages !== messages || known.length !== messages.length || known.customer !== customer || known.brand !== conversation.brand) {
    const names: string[] = [];
    if (typeof customer.name === "string" && customer.name !== "") names.push(customer.name);
    for (const m of messages) if (m.role === "customer" && m.authorId === customer.id && typeof m.authorName === "string" && m.authorName !== "") names.push(m.authorName);
    known = { messages, length: messages.length, customer, brand: conversation.brand, names, asked: [] };
  }
  for (const { notNames: words, context } of known.asked) if (words === notNames) return context;
  const made: NameContext = { names: known.names, handle: customer.handle, notNames: [conversation.brand, ...notNames] };
  if (known.asked.length < 8) known.asked.push({ notNames, context: made });
  return made;
}

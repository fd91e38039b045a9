import { z } from "zod";
import { WordListSchema } from "../text/word-list.js";
import { addressedName } from "../text/addressed-name.js";
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

/** The names of the last conversation asked about (its replies come one after the other): not a WeakMap entry per conversation (~1 µs each to add). */
let known: { messages: readonly unknown[]; length: number; customer: unknown; names: string[] } | undefined;

/** What is known of the customer's names in a conversation, and words that are not names there. */
export function nameContext(context: ScoringContext, notNames: readonly string[] = []) {
  const { conversation } = context;
  const customer = conversation.customer;
  // Once per conversation, not once per reply (a 100,000-message thread would be quadratic).
  if (!known || known.messages !== conversation.messages || known.length !== conversation.messages.length || known.customer !== customer) {
    const all = [customer.name, ...conversation.messages.filter((m) => m.role === "customer" && m.authorId === customer.id).map((m) => m.authorName)];
    known = { messages: conversation.messages, length: conversation.messages.length, customer, names: all.filter((name): name is string => typeof name === "string" && name !== "") };
  }
  const names = known.names;
  return {
    names,
    handle: customer.handle,
    notNames: [conversation.brand, ...notNames],
  };
}

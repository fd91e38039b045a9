import { CarelensError } from "../errors.js";
import type { CohortKey, CohortMetric } from "./cohort-types.js";
import type { ConversationFacts } from "./conversation-facts.js";
import type { ResolvedMetricsOptions } from "./metrics-options.js";

/** The finite numbers a custom metric returned for a conversation. */
export function customValues(value: number | readonly number[] | null | undefined): number[] {
  if (value === null || value === undefined) return [];
  return (typeof value === "number" ? [value] : [...value]).filter((v) => Number.isFinite(v));
}

/** The values a named metric takes for a conversation (none when it does not apply). */
export function valuesOf(metric: Exclude<CohortMetric, Function>, facts: ConversationFacts): number[] {
  const one = (value: number | null | undefined) => (typeof value === "number" && Number.isFinite(value) ? [value] : []);
  switch (metric) {
    case "contacts":
      return facts.isContact ? [1] : [];
    case "response-rate":
      return facts.isContact ? [facts.responded ? 1 : 0] : [];
    case "first-response-time":
      return facts.isContact ? one(facts.firstReplySeconds) : [];
    case "first-response-business-time":
      return facts.isContact ? one(facts.firstReplyBusinessSeconds) : [];
    case "reply-time":
      return facts.turns.flatMap((turn) => one(turn.replySeconds));
    case "handle-time":
      return facts.replies.length === 0 ? [] : [facts.replies.reduce((sum, reply) => sum + reply.handleSeconds, 0)];
    case "messages-before-first-reply":
      return facts.isContact && facts.firstReplyAgent !== null ? [facts.customerMessagesBeforeFirstReply] : [];
  }
}

/** The cohort of a conversation; undefined for first-contact cohorts, resolved later from all points. */
export function cohortOf(cohort: CohortKey, facts: ConversationFacts, options: ResolvedMetricsOptions): string | undefined {
  if (cohort === "first-contact-week" || cohort === "first-contact-month") return undefined;
  if (cohort === "all") return "all";
  if (cohort === "channel") return facts.channel;
  if (cohort === "brand") return facts.brand;
  if (cohort === "agent") return facts.firstReplyAgent ?? "(no reply)";
  if (cohort === "team") return facts.firstReplyAgent === null ? "(no reply)" : (options.teamOf?.(facts.firstReplyAgent) ?? facts.brand);
  if (typeof cohort === "function") throw new CarelensError("a custom cohort needs the conversation: use add(conversation), not addFacts");
  const value = Object.hasOwn(facts.attributes, cohort.attribute) ? facts.attributes[cohort.attribute] : undefined;
  return value === undefined || value === null || value === "" ? "(none)" : String(value);
}


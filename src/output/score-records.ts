import { z } from "zod";
import type { Conversation } from "../model/conversation.js";
import type { ConversationScore } from "../scoring/conversation-score.js";

const EvidenceRecord = z.object({ messageId: z.string(), start: z.number().int(), end: z.number().int(), text: z.string(), reason: z.string() });
const RubricRecord = z.looseObject({ label: z.string(), score: z.number().min(0).max(1).nullable(), evidence: z.array(EvidenceRecord) });

/**
 * One line of `carelens score --json` (per message): a stable contract other tools parse.
 * Agent messages carry `asksQuestion`, `givesAnswer` and the message-level rubric results.
 */
export const MessageRecordSchema = z.object({
  conversationId: z.string(),
  messageId: z.string(),
  role: z.enum(["customer", "agent", "bot", "system"]),
  agentId: z.string().nullable().optional(),
  sentAt: z.string().nullable(),
  tone: z.enum(["negative", "neutral", "positive"]),
  asksQuestion: z.boolean().optional(),
  givesAnswer: z.boolean().optional(),
  rubrics: z.record(z.string(), RubricRecord).optional(),
});
export type MessageRecord = z.infer<typeof MessageRecordSchema>;

/** One line of `carelens score --json --per conversation`. */
export const ConversationRecordSchema = z.object({
  conversationId: z.string(),
  brand: z.string(),
  channel: z.string(),
  agentIds: z.array(z.string()),
  rubrics: z.record(z.string(), RubricRecord),
  scorecard: z.object({ total: z.number().min(0).max(100).nullable(), criticalFailure: z.string().nullable() }),
});
export type ConversationRecord = z.infer<typeof ConversationRecordSchema>;

/**
 * The JSON Schema (draft 2020-12) of the records `carelens score --json` writes.
 *
 * @example
 * scoreRecordJsonSchema().message.required; // => ["conversationId", "messageId", "role", "sentAt", "tone"]
 */
export function scoreRecordJsonSchema(): { message: Record<string, unknown>; conversation: Record<string, unknown> } {
  return { message: z.toJSONSchema(MessageRecordSchema), conversation: z.toJSONSchema(ConversationRecordSchema) };
}

/**
 * The per-message records of a scored conversation, in conversation order.
 *
 * @example
 * messageRecords(score)[1]; // => { conversationId: "119240", messageId: "119243", role: "agent", agentId: "MM", tone: "neutral", asksQuestion: true, ... }
 */
export function messageRecords(score: ConversationScore): MessageRecord[] {
  return score.messages.map((m) => {
    const record: MessageRecord = { conversationId: score.conversationId, messageId: m.messageId, role: m.role, sentAt: m.sentAt ? m.sentAt.toISOString() : null, tone: m.tone };
    if (m.role === "agent") {
      record.agentId = m.agentId ?? null;
      record.asksQuestion = m.asksQuestion ?? false;
      record.givesAnswer = m.givesAnswer ?? false;
      record.rubrics = m.rubrics as MessageRecord["rubrics"];
    }
    return record;
  });
}

/**
 * The per-conversation record of a scored conversation.
 *
 * @example
 * conversationRecord(score); // => { conversationId: "119240", agentIds: ["HP", "MM"], rubrics: { "question-before-answer": {...} }, scorecard: { total: 71.43, ... } }
 */
export function conversationRecord(score: ConversationScore, conversation?: Conversation): ConversationRecord {
  const agentIds = new Set<string>();
  for (const m of score.messages) if (m.role === "agent" && m.agentId !== undefined) agentIds.add(m.agentId);
  return {
    conversationId: score.conversationId,
    brand: conversation?.brand ?? score.brand,
    channel: score.channel,
    agentIds: [...agentIds].sort(),
    rubrics: score.rubrics,
    scorecard: { total: score.scorecard.total, criticalFailure: score.scorecard.criticalFailure ?? null },
  };
}

/**
 * Flattens a record for CSV: one column per rubric label, score and evidence reasons.
 *
 * @example
 * flatRecord(messageRecords(score)[1])["ownership.label"]; // => "owns"
 */
export function flatRecord(record: MessageRecord | ConversationRecord): Record<string, unknown> {
  const { rubrics, ...rest } = record as MessageRecord & { scorecard?: ConversationRecord["scorecard"]; agentIds?: string[] };
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === "scorecard") flat["scorecard.total"] = (value as ConversationRecord["scorecard"]).total;
    else flat[key] = Array.isArray(value) ? value.join(" ") : value;
  }
  for (const [id, result] of Object.entries(rubrics ?? {})) {
    flat[`${id}.label`] = result.label;
    flat[`${id}.score`] = result.score;
    flat[`${id}.evidence`] = result.evidence.map((e) => (e.text ? `${e.reason}: "${e.text}"` : e.reason)).join(" | ");
  }
  return flat;
}

import { z } from "zod";
import { CarelensError } from "../errors.js";
import type { Conversation } from "../model/conversation.js";
import type { Message } from "../model/message.js";
import type { RubricResult } from "../rubrics/types.js";
import { createScorer, scoreWith, type Scorer } from "./create-scorer.js";

/** A rubric a draft would fail (score 0) or only partly meet (between 0 and 1), and why. */
export interface DraftFinding {
  rubric: string;
  label: string;
  score: number;
  /** The evidence reasons, and the rubric's description. */
  why: string;
}

/** What a draft reply would score if it were sent now. */
export interface DraftCheck {
  /** No rubric would fail. */
  passes: boolean;
  failed: DraftFinding[];
  partly: DraftFinding[];
  /** The draft's message-level results, and the conversation-level results with the draft sent. */
  message: Record<string, RubricResult>;
  conversation: Record<string, RubricResult>;
  tone: string;
  asksQuestion: boolean;
  givesAnswer: boolean;
}

const DraftOptions = z.object({
  /** When the draft would be sent (default: now). Time-based rubrics (vent-wait, late replies) use it. */
  at: z.date().optional(),
  /** The agent writing it (their signature id). */
  agentId: z.string().optional(),
});

/**
 * Scores a reply before it is sent (live agent assist): appends the draft to the conversation as the next
 * agent message and reports which rubrics it would fail and why. Build the scorer once (with the corpus's
 * templates) and reuse it: a check then takes a fraction of a millisecond for a typical conversation.
 *
 * @example
 * const scorer = createScorer({ templates });
 * const check = checkDraft(conversation, "@bob Please DM us.", { scorer });
 * check.failed.map((f) => f.rubric); // => ["personalization", "question-before-answer"]
 */
export function checkDraft(conversation: Conversation, draft: string, options: { scorer?: Scorer; at?: Date; agentId?: string } = {}): DraftCheck {
  if (typeof draft !== "string") throw new CarelensError(`checkDraft needs the draft's text, got ${typeof draft}`);
  const parsed = DraftOptions.safeParse({ at: options.at, agentId: options.agentId });
  if (!parsed.success) throw new CarelensError(`invalid checkDraft options: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const scorer = options.scorer ?? createScorer();
  // Only the draft's message-level results are reported: the earlier replies' are not worked out.
  const sent = withDraft(conversation, draft, parsed.data.at ?? new Date(), parsed.data.agentId);
  const score = scoreWith(scorer, sent, { onlyReply: sent.messages.length - 1 });
  const mine = score.messages[score.messages.length - 1]!;
  const describe = new Map(scorer.rubrics.map((r) => [r.id, r.description]));
  const finding = (rubric: string, result: RubricResult): DraftFinding => ({
    rubric,
    label: result.label,
    score: result.score!,
    why: [...result.evidence.map((e) => e.reason), describe.get(rubric)].filter(Boolean).join("; "),
  });
  const conversationLevel = Object.fromEntries(Object.entries(score.rubrics).filter(([id]) => !Object.hasOwn(mine.rubrics, id)));
  const all = [...Object.entries(mine.rubrics), ...Object.entries(conversationLevel)].filter(([, r]) => r.score !== null);
  const failed = all.filter(([, r]) => r.score === 0).map(([id, r]) => finding(id, r));
  const partly = all.filter(([, r]) => r.score! > 0 && r.score! < 1).map(([id, r]) => finding(id, r));
  return { passes: failed.length === 0, failed, partly, message: mine.rubrics, conversation: conversationLevel, tone: mine.tone, asksQuestion: mine.asksQuestion ?? false, givesAnswer: mine.givesAnswer ?? false };
}

/**
 * The conversation with a draft appended as the next agent message (a reply to the last message when that
 * is the customer's), as checkDraft scores it.
 *
 * @example
 * withDraft(conversation, "@bob Which app?", new Date()).messages.at(-1); // => { id: "draft", role: "agent", text: "@bob Which app?", ... }
 */
export function withDraft(conversation: Conversation, draft: string, at: Date, agentId?: string): Conversation {
  const last = conversation.messages[conversation.messages.length - 1];
  const sent: Message = {
    id: "draft",
    conversationId: conversation.id,
    role: "agent",
    authorId: conversation.brand,
    sentAt: at,
    text: draft,
    channel: last?.channel ?? conversation.channel,
    visibility: last?.visibility ?? "public",
    ...(agentId ? { agentId } : {}),
    ...(last && last.role === "customer" ? { inReplyTo: last.id } : {}),
  };
  return { ...conversation, messages: [...conversation.messages, sent] };
}

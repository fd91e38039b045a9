import type { Conversation } from "../../model/conversation.js";
import type { ConversationScore } from "../../scoring/conversation-score.js";
import type { ExampleConversation, ExampleEvidence, ExampleGroup } from "./report-data.js";

/**
 * Collects drill-down examples while conversations stream past: for each rubric label worth reviewing, the
 * first `perLabel` conversations that got it (a label scored below 1; full marks and "not applicable" are not
 * drilled into) (in input order, so the report is deterministic), and the
 * `perLabel` lowest scorecard totals; each with its messages and the evidence to highlight.
 *
 * @example
 * const examples = new ExampleCollector(3);
 * examples.add(conversation, score);
 * examples.result(descriptions)[0].title; // => "personalization: canned"
 */
export class ExampleCollector {
  private readonly groups = new Map<string, { count: number; conversations: ExampleConversation[] }>();
  private lowest: ExampleConversation[] = [];
  constructor(private readonly perLabel = 3) {}

  add(conversation: Conversation, score: ConversationScore): void {
    const labels = new Map<string, number>();
    const note = (id: string, r: { label: string; score: number | null }) => r.score !== null && r.score < 1 && bump(labels, `${id}\u0000${r.label}`);
    for (const message of score.messages) for (const [id, r] of Object.entries(message.rubrics)) note(id, r);
    for (const [id, r] of Object.entries(score.rubrics)) if (!score.messages.some((m) => Object.hasOwn(m.rubrics, id))) note(id, r);
    let example: ExampleConversation | undefined;
    for (const [key, n] of labels) {
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = { count: 0, conversations: [] }));
      group.count += n;
      if (group.conversations.length < this.perLabel) group.conversations.push((example ??= exampleConversation(conversation, score)));
    }
    if (score.scorecard.total === null) return;
    const worst = this.lowest.at(-1)?.total;
    if (this.lowest.length < this.perLabel || (worst !== undefined && worst !== null && score.scorecard.total < worst)) {
      this.lowest.push(example ?? exampleConversation(conversation, score));
      this.lowest.sort((a, b) => (a.total ?? 0) - (b.total ?? 0));
      this.lowest = this.lowest.slice(0, this.perLabel);
    }
  }

  /** The drill-down lists: lowest totals first, then by rubric (in `descriptions` order) and label. */
  result(descriptions: ReadonlyMap<string, string>): ExampleGroup[] {
    const order = [...descriptions.keys()];
    const byLabel = [...this.groups.entries()]
      .map(([key, group]) => {
        const [rubric, label] = key.split("\u0000") as [string, string];
        return { rubric, label, ...group };
      })
      .sort((a, b) => order.indexOf(a.rubric) - order.indexOf(b.rubric) || (a.label < b.label ? -1 : 1))
      .map((g) => ({ title: `${g.rubric}: ${g.label}`, description: descriptions.get(g.rubric) ?? "", count: g.count, conversations: g.conversations }));
    const lowest = { title: "Lowest scorecard totals", description: "The conversations with the lowest scorecard totals (0-100).", count: this.lowest.length, conversations: this.lowest };
    return [lowest, ...byLabel];
  }
}

/**
 * A conversation with its evidence attached to the messages it points into.
 *
 * @example
 * exampleConversation(conversation, score).messages[1].evidence[0]; // => { rubric: "ownership", label: "deflects", start: 0, end: 24, reason: "sends the customer elsewhere" }
 */
export function exampleConversation(conversation: Conversation, score: ConversationScore): ExampleConversation {
  const evidence = new Map<string, ExampleEvidence[]>();
  const attach = (rubric: string, label: string, items: readonly { messageId: string; start: number; end: number; reason: string }[]) => {
    for (const e of items) {
      const list = evidence.get(e.messageId) ?? [];
      list.push({ rubric, label, start: e.start, end: e.end, reason: e.reason });
      evidence.set(e.messageId, list);
    }
  };
  for (const message of score.messages) for (const [id, r] of Object.entries(message.rubrics)) attach(id, r.label, r.evidence.filter((e) => e.messageId === message.messageId));
  const labels: Record<string, string> = {};
  for (const [id, r] of Object.entries(score.rubrics)) {
    Object.defineProperty(labels, id, { value: r.label, enumerable: true, writable: true, configurable: true });
    if (!score.messages.some((m) => Object.hasOwn(m.rubrics, id))) attach(id, r.label, r.evidence);
  }
  return {
    conversationId: conversation.id,
    brand: conversation.brand,
    total: score.scorecard.total,
    labels,
    messages: conversation.messages.map((m) => ({
      id: m.id,
      role: m.role,
      author: m.role === "agent" ? (m.agentId ? `${m.authorName ?? m.authorId} (${m.agentId})` : (m.authorName ?? m.authorId)) : (m.authorName ?? conversation.customer.name ?? m.authorId),
      sentAt: m.sentAt ? m.sentAt.toISOString() : null,
      text: m.text,
      evidence: evidence.get(m.id) ?? [],
    })),
  };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

import { describe, expect, it } from "vitest";
import { createScorer } from "../../src/scoring/create-scorer.js";
import { isRollUp } from "../../src/scoring/roll-up.js";
import { ScoreSummary } from "../../src/scoring/score-summary.js";
import { conversation } from "../support/build.js";
import { realConversations } from "../support/real-exports.js";

const scorer = createScorer();
const answered = conversation([["customer", "@Acme my order is late", 0], ["agent", "@bob Sorry! Which order is it? ^AB", 600], ["agent", "@bob It ships tomorrow. ^AB", 900]]);
const unanswered = conversation([["customer", "@Acme my order is late", 0]], { id: "c2" });

describe("ScoreSummary", () => {
  it("counts message-level labels once per agent reply, conversation-level labels once per conversation", () => {
    const s = new ScoreSummary();
    s.add(scorer.score(answered));
    const { labels, agentMessages, conversations } = s.result();
    expect([conversations, agentMessages]).toEqual([1, 2]);
    expect(Object.values(labels.empathy!).reduce((a, b) => a + b, 0)).toBe(2);
    expect(Object.values(labels["question-before-answer"]!).reduce((a, b) => a + b, 0)).toBe(1);
  });

  // A customer-only export (spotifycares_inbound.csv) showed "personalization: canned 9104": the roll-up of
  // no replies was counted as if the conversation had a canned reply.
  it("adds nothing to reply rubrics for a conversation without agent replies", () => {
    const s = new ScoreSummary();
    s.add(scorer.score(unanswered));
    const { labels } = s.result();
    for (const id of ["personalization", "name-use", "ownership", "empathy"]) expect(labels[id]).toBeUndefined();
    expect(labels["question-before-answer"]).toEqual({ "n/a": 1 });
  });
});

describe("ScoreSummary labels", () => {
  it("lists rubrics and labels in first-seen order, as counting into plain records did, also through merges", async () => {
    const scores = (await realConversations("twcs-sample/sample.csv", "twcs")).concat(await realConversations("ibm-twitter-cdp/test.json", "ibm-cdp")).map((c) => scorer.score(c));
    // The plain count: straight into records, in the order the scores come.
    const labels: Record<string, Record<string, number>> = {};
    const count = (id: string, label: string) => ((labels[id] ??= {})[label] = (labels[id]![label] ?? 0) + 1);
    for (const score of scores) {
      for (const m of score.messages) if (m.role === "agent") for (const [id, r] of Object.entries(m.rubrics)) count(id, r.label);
      for (const [id, r] of Object.entries(score.rubrics)) if (!isRollUp(r)) count(id, r.label);
    }
    const whole = new ScoreSummary();
    for (const score of scores) whole.add(score);
    expect(JSON.stringify(whole.result().labels)).toBe(JSON.stringify(labels));
    const [left, right] = [new ScoreSummary(), new ScoreSummary()];
    scores.forEach((score, i) => (i < 300 ? left : right).add(score));
    expect(JSON.stringify(new ScoreSummary().merge(left.toJSON()).merge(right).result())).toBe(JSON.stringify(whole.result()));
  });
});

describe("rollUp", () => {
  it("marks a message-level rubric's conversation result with the replies it covers", () => {
    const a = scorer.score(answered).rubrics;
    const b = scorer.score(unanswered).rubrics;
    expect([a.empathy, b.empathy].map((r) => isRollUp(r!) && r.replies)).toEqual([2, 0]);
    expect(b.personalization!.score).toBeNull();
    expect(isRollUp(a["question-before-answer"]!)).toBe(false);
  });
});

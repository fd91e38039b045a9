import { describe, expect, it } from "vitest";
import { createScorer } from "../../src/scoring/create-scorer.js";
import { isRollUp } from "../../src/scoring/roll-up.js";
import { ScoreSummary } from "../../src/scoring/score-summary.js";
import { conversation } from "../support/build.js";

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

describe("rollUp", () => {
  it("marks a message-level rubric's conversation result with the replies it covers", () => {
    const a = scorer.score(answered).rubrics;
    const b = scorer.score(unanswered).rubrics;
    expect([a.empathy, b.empathy].map((r) => isRollUp(r!) && r.replies)).toEqual([2, 0]);
    expect(b.personalization!.score).toBeNull();
    expect(isRollUp(a["question-before-answer"]!)).toBe(false);
  });
});

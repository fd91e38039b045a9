import { describe, expect, it } from "vitest";
import { checkDraft, withDraft } from "../../src/scoring/check-draft.js";
import { createScorer } from "../../src/scoring/create-scorer.js";
import { conversation } from "../support/build.js";
import { mineTemplates } from "../../src/scoring/template-miner.js";
import { realConversations } from "../support/real-exports.js";

const thread = conversation([["customer", "@Acme my AirPods keep disconnecting from my laptop", 0]], { customerName: "Ana" });
const at = new Date(Date.UTC(2024, 2, 5, 9, 5, 0));

describe("checkDraft(conversation, draft, options)", () => {
  const scorer = createScorer();
  it("says which rubrics a generic draft would fail, and why", () => {
    const check = checkDraft(thread, "@bob Please DM us.", { scorer, at });
    expect(check.passes).toBe(false);
    expect(check.failed.map((f) => f.rubric)).toEqual(expect.arrayContaining(["personalization", "name-use", "empathy"]));
    expect(check.failed.find((f) => f.rubric === "personalization")!.why).toMatch(/refers to nothing the customer said/);
  });
  it("passes a personal draft that asks before answering", () => {
    const check = checkDraft(thread, "@bob Hi Ana, sorry your AirPods keep disconnecting! Which laptop are they paired with?", { scorer, at });
    expect(check.failed.map((f) => f.rubric)).not.toContain("personalization");
    expect(check.asksQuestion).toBe(true);
    expect(check.message["name-use"]!.label).toBe("used");
  });
  it("does not change the conversation it checks", () => {
    const before = JSON.stringify(thread);
    checkDraft(thread, "@bob ok", { scorer, at });
    expect(JSON.stringify(thread)).toBe(before);
  });
  it("refuses a draft that is not text", () => {
    expect(() => checkDraft(thread, 42 as never)).toThrow(/needs the draft's text/);
  });
});

describe("checkDraft on real conversations", () => {
  it("reports exactly what scoring the whole conversation with the draft sent reports (ibm-twitter-cdp/dev.json)", async () => {
    const conversations = await realConversations("ibm-twitter-cdp/dev.json", "ibm-cdp");
    const scorer = createScorer({ templates: mineTemplates(conversations) });
    let checked = 0;
    for (const real of conversations) {
      real.messages.forEach((reply, i) => {
        if (reply.role !== "agent" || !reply.sentAt) return;
        const before = { ...real, messages: real.messages.slice(0, i) };
        const check = checkDraft(before, reply.text, { scorer, at: reply.sentAt, agentId: reply.agentId });
        // The reference: the same conversation with the draft sent, every rubric of every message scored.
        const full = scorer.score(withDraft(before, reply.text, reply.sentAt!, reply.agentId));
        const mine = full.messages.at(-1)!;
        expect(check.message).toEqual(mine.rubrics);
        expect(check.conversation).toEqual(Object.fromEntries(Object.entries(full.rubrics).filter(([id]) => !Object.hasOwn(mine.rubrics, id))));
        expect([check.tone, check.asksQuestion, check.givesAnswer]).toEqual([mine.tone, mine.asksQuestion ?? false, mine.givesAnswer ?? false]);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(500);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { Conversation } from "../../src/model/conversation.js";
import { countingScorer, createScorer, type Scorer } from "../../src/scoring/create-scorer.js";
import { mineTemplates } from "../../src/scoring/template-miner.js";
import { realConversations } from "../support/real-exports.js";

describe("countingScorer", () => {
  let conversations: Conversation[];
  let scorer: Scorer;
  beforeAll(async () => {
    conversations = await realConversations("ibm-twitter-cdp/dev.json", "ibm-cdp");
    scorer = createScorer({ templates: mineTemplates(conversations) });
  });

  it("gives the scorer's score on real conversations, except that agents' messages have no tone", () => {
    const count = countingScorer(scorer);
    let agentMessages = 0;
    for (const conversation of conversations) {
      const full = scorer.score(conversation);
      const counted = count(conversation);
      const expected = { ...full, messages: full.messages.map((m) => (m.role === "agent" ? { ...m, tone: undefined } : m)) };
      expect(counted).toEqual(expected);
      agentMessages += counted.messages.filter((m) => m.role === "agent").length;
    }
    expect(agentMessages).toBeGreaterThan(500);
  });

  it("keeps every customer message's tone", () => {
    const count = countingScorer(scorer);
    const tones = conversations.flatMap((c) => count(c).messages.filter((m) => m.role === "customer").map((m) => m.tone));
    expect(tones.length).toBeGreaterThan(500);
    expect(tones.every((tone) => tone === "negative" || tone === "neutral" || tone === "positive")).toBe(true);
  });
});

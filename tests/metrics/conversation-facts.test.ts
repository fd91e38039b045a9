import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conversationFacts } from "../../src/metrics/conversation-facts.js";
import type { Message } from "../../src/model/message.js";
import { conversation, type MessageSpec } from "../support/conversations.js";
import { realConversations } from "../support/real-exports.js";
import { referenceFacts } from "../support/reference-facts.js";

const tones = ["negative", "neutral", "positive"] as const;
const options = { toneOf: (m: Message) => tones[m.text.length % 3]!, windowSeconds: 3600 };

const spec: fc.Arbitrary<MessageSpec> = fc
  .record({
    role: fc.constantFrom("customer", "agent", "bot", "system" as const),
    minute: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
    words: fc.array(fc.constantFrom("hi", "@brand", "https://t.co/x", "order", "late", "www.x.com", " "), { maxLength: 6 }),
    agentId: fc.constantFrom(undefined, "", "AB", "CD"),
    workSeconds: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
  })
  .map(({ role, minute, words, agentId, workSeconds }) => {
    const extra: Partial<Message> = {};
    if (agentId !== undefined) extra.agentId = agentId;
    if (workSeconds !== undefined) extra.workSeconds = workSeconds;
    return [role, minute === null ? null : new Date(Date.UTC(2024, 0, 1, 9, minute)).toISOString(), words.join(" "), extra];
  });

describe("conversationFacts(conversation)", () => {
  it("gives what the plain one-pass-per-fact reading gives, on any mix of roles, times, agents and work times", () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 12 }), (specs) => {
        const c = conversation("c", specs);
        expect(conversationFacts(c, options)).toStrictEqual(referenceFacts(c, options));
      }),
      { numRuns: 500 },
    );
  });

  it("gives what the plain reading gives on the real TWCS sample", async () => {
    for (const c of await realConversations("twcs-sample/sample.csv", "twcs")) expect(conversationFacts(c, options)).toStrictEqual(referenceFacts(c, options));
  });
});

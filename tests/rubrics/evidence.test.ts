import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Message } from "../../src/model/message.js";
import { agentIndexes, contextAgents, turnBefore, turnStart } from "../../src/rubrics/evidence.js";
import type { ScoringContext } from "../../src/rubrics/types.js";
import { scoringContext } from "../../src/scoring/scoring-context.js";
import { TemplateLibrary } from "../../src/scoring/template-library.js";
import type { Conversation } from "../../src/model/conversation.js";

const roles = fc.array(fc.constantFrom("customer", "agent", "bot", "system"), { maxLength: 12 });
const asMessages = (list: string[]) => list.map((role, i) => ({ id: String(i), role, text: "" }) as unknown as Message);

describe("turnBefore and turnStart", () => {
  it("give the customer messages since the previous agent message, as the unshift loop did", () => {
    fc.assert(
      fc.property(roles, fc.nat(12), (list, at) => {
        const messages = asMessages(list);
        const index = Math.min(at, messages.length);
        const reference: number[] = [];
        for (let i = index - 1; i >= 0 && messages[i]!.role !== "agent"; i--) if (messages[i]!.role === "customer") reference.unshift(i);
        expect(turnBefore(messages, index)).toEqual(reference);
        const start = turnStart(messages, index);
        expect(start === 0 || messages[start - 1]!.role === "agent").toBe(true);
        for (let i = start; i < index; i++) expect(messages[i]!.role).not.toBe("agent");
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});

describe("contextAgents", () => {
  it("gives agentIndexes, once per scoring context, and computes it for a context without the slot", () => {
    const messages = asMessages(["customer", "agent", "customer", "agent"]);
    const conversation = { id: "c", channel: "twitter", brand: "Acme", customer: { id: "u" }, messages } as unknown as Conversation;
    const context = scoringContext(conversation, TemplateLibrary.empty());
    expect(contextAgents(context)).toEqual([1, 3]);
    expect(contextAgents(context)).toBe(contextAgents(context));
    const plain = { conversation } as unknown as ScoringContext;
    expect(contextAgents(plain)).toEqual(agentIndexes(messages));
  });
});

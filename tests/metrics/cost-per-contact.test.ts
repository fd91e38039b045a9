import { describe, expect, it } from "vitest";
import { CARE_COST_BENCHMARKS } from "../../src/metrics/care-cost-benchmarks.js";
import { costPerContact } from "../../src/metrics/cost-per-contact.js";
import { conversation } from "../support/conversations.js";

const at = (minutes: number) => new Date(Date.UTC(2024, 0, 1, 10, minutes)).toISOString();
const conversations = [
  // Twitter: resolved (the agent has the last word), 600 s of work.
  conversation("t1", [["customer", at(0)], ["agent", at(5), "done", { workSeconds: 600 }]]),
  // Twitter: answered but the customer came back, so not resolved; 1200 s of work.
  conversation("t2", [["customer", at(0)], ["agent", at(5), "hm", { workSeconds: 1200 }], ["customer", at(9)]]),
  // Email: resolved, 3600 s of work.
  conversation("e1", [["customer", at(0)], ["agent", at(50), "ok", { workSeconds: 3600 }]], { channel: "email" }),
];
const costModel = { hourlyAgentCost: 36, overheadRate: 0.25, seats: 2, monthlyToolCostPerSeat: 100, months: 1 };

describe("costPerContact(conversations, { costModel })", () => {
  it("charges handle time at the loaded hourly cost plus overhead, and tools by share of contacts", () => {
    const cost = costPerContact(conversations, { costModel });
    // Hand computation: twitter 0.5 h × 36 × 1.25 = 22.5, email 1 h × 36 × 1.25 = 45; tools 2 × 100 × 1 = 200,
    // split 2/3 : 1/3 by contacts. Twitter 22.5 + 133.333 = 155.833 (2 contacts, 1 resolved);
    // email 45 + 66.667 = 111.667. Overall 267.5 / 3 contacts = 89.1667; / 2 resolved = 133.75.
    expect(cost).toMatchObject({ contacts: 3, resolved: 2, handleHours: 1.5, agentCost: 67.5, months: 1 });
    expect(cost.totalCost).toBeCloseTo(267.5, 9);
    expect(cost.perContact).toBeCloseTo(89.166667, 5);
    expect(cost.perResolvedContact).toBeCloseTo(133.75, 9);
    const [email, twitter] = cost.byChannel;
    expect(email).toMatchObject({ channel: "email", contacts: 1, resolved: 1, benchmark: { label: "email/chat", lowUsd: 5, highUsd: 10 }, phoneCostAvoided: undefined });
    expect(email!.perContact).toBeCloseTo(111.666667, 5);
    expect(twitter).toMatchObject({ channel: "twitter", contacts: 2, resolved: 1, benchmark: { label: "social", lowUsd: 2, highUsd: 4 } });
    expect(twitter!.perContact).toBeCloseTo(77.916667, 5);
    expect(twitter!.perResolvedContact).toBeCloseTo(155.833333, 5);
    // One resolved social contact would have been a $10-23 call: avoided 10..23, net of its 155.83 cost.
    expect(twitter!.phoneCostAvoided!.lowUsd).toBe(10);
    expect(twitter!.phoneCostAvoided!.netHighUsd).toBeCloseTo(23 - 155.833333, 5);
  });

  it("charges staffed hours instead when asked, split by contacts", () => {
    const cost = costPerContact(conversations, { costModel: { ...costModel, basis: "staffed-hours", staffedHours: 10 } });
    // 10 h × 36 × 1.25 = 450 of agent cost + 200 of tools = 650 over 3 contacts.
    expect(cost.agentCost).toBeCloseTo(450, 9);
    expect(cost.perContact).toBeCloseTo(650 / 3, 9);
    expect(cost.byChannel[1]!.agentCost).toBeCloseTo(300, 9);
  });

  it("takes the period from the data when months is not given", () => {
    const cost = costPerContact(conversations, { costModel: { hourlyAgentCost: 36, seats: 1, monthlyToolCostPerSeat: 30.4375 * 24 * 60 } });
    // The data spans 10:00 to 10:50 = 50 minutes = 50 / (30.4375 × 24 × 60) months: tool cost 50.
    expect(cost.toolCost).toBeCloseTo(50, 9);
  });

  it("uses a custom resolution rule, refuses a missing or bad model, and handles empty input", () => {
    const cost = costPerContact(conversations, { costModel, isResolved: () => true });
    expect(cost.resolved).toBe(3);
    expect(() => costPerContact(conversations, {})).toThrow("carelens: costPerContact needs a costModel option");
    expect(() => costPerContact(conversations, { costModel: { hourlyAgentCost: -1, basis: "staffed-hours" } })).toThrow(/invalid cost model[\s\S]*hourlyAgentCost[\s\S]*staffedHours/);
    expect(costPerContact([], { costModel })).toMatchObject({ contacts: 0, perContact: undefined, totalCost: 200 });
  });

  it("keeps the literature's reference figures beside the numbers", () => {
    expect(CARE_COST_BENCHMARKS.map((b) => [b.label, b.lowUsd, b.highUsd])).toEqual([
      ["social", 2, 4],
      ["email/chat", 5, 10],
      ["phone", 10, 23],
      ["cable (phone)", 100, undefined],
    ]);
  });
});

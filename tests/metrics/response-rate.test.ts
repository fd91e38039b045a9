import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Message } from "../../src/model/message.js";
import { responseRate, responseRateAccumulator } from "../../src/metrics/response-rate.js";
import { conversation, type MessageSpec } from "../support/conversations.js";
import { plainHeadline, realConversations } from "../support/real-exports.js";

// Pinned: /usr/bin/python3 tests/metrics/reference/headline_reference.py ../shared/data (see first-response-time.test.ts):
// contacts, responded, turns, turnsAnswered = dev.json 525, 525, 586, 586; test.json 500, 500, 553, 553;
// sample.csv 25, 24, 46, 41.
describe("responseRate(conversations) on real exports", () => {
  it.each([
    ["ibm-twitter-cdp/dev.json", "ibm-cdp", 525, 525, 586, 586],
    ["ibm-twitter-cdp/test.json", "ibm-cdp", 500, 500, 553, 553],
    ["twcs-sample/sample.csv", "twcs", 25, 24, 46, 41],
  ] as const)("%s: contacts, responses and turns equal pandas and a plain loop", async (file, format, contacts, responded, turns, turnsAnswered) => {
    const conversations = await realConversations(file, format);
    const result = responseRate(conversations);
    expect([result.contacts, result.responded, result.rate]).toEqual([contacts, responded, responded / contacts]);
    expect([result.turns, result.turnsAnswered]).toEqual([turns, turnsAnswered]);
    const plain = plainHeadline(conversations);
    expect([result.contacts, result.responded]).toEqual([plain.contacts, plain.responded]);
  });

  it("lists the unanswered twcs contact", async () => {
    const result = responseRate(await realConversations("twcs-sample/sample.csv", "twcs"));
    // 119237 (AppleSupport, 2017-10-11 06:55:44) is the only contact without a reply.
    expect(result.unanswered).toEqual({
      count: 1,
      oldest: [expect.objectContaining({ conversationId: "119237", brand: "AppleSupport", messageId: "119237", sentAt: "2017-10-11T06:55:44.000Z" })],
    });
    expect(result.turnRate).toBe(41 / 46);
  });
});

describe("responseRate(conversations) definitions and edge cases", () => {
  const at = (minutes: number) => new Date(Date.UTC(2024, 0, 1, 10, minutes)).toISOString();

  it("never counts bot or system messages as replies", () => {
    const result = responseRate([conversation("c", [["customer", at(0)], ["bot", at(1)], ["system", at(2)]])]);
    expect(result).toMatchObject({ contacts: 1, responded: 0, rate: 0, turns: 1, turnsAnswered: 0 });
  });

  it("counts a reply with an unknown time as a response, even with a window", () => {
    const result = responseRate([conversation("c", [["customer", at(0)], ["agent", null]])], { windowSeconds: 60 });
    expect(result).toMatchObject({ responded: 1, respondedTimeUnknown: 1 });
  });

  it("counts only replies within the window when one is set", () => {
    const conversations = [
      conversation("fast", [["customer", at(0)], ["agent", at(30)]]),
      conversation("slow", [["customer", at(0)], ["agent", new Date(Date.UTC(2024, 0, 2, 12)).toISOString()]]),
    ];
    expect(responseRate(conversations).rate).toBe(1);
    expect(responseRate(conversations, { windowSeconds: 24 * 3600 }).rate).toBe(0.5);
  });

  it("leaves agent-started conversations out of contacts but counts their customer turns", () => {
    const result = responseRate([conversation("outbound", [["agent", at(0)], ["customer", at(5)], ["agent", at(9)], ["customer", at(12)]])]);
    expect(result).toMatchObject({ contacts: 0, rate: undefined, turns: 2, turnsAnswered: 1 });
  });

  it("returns rate undefined for empty input", () => {
    expect(responseRate([])).toMatchObject({ contacts: 0, responded: 0, rate: undefined, turnRate: undefined, unanswered: { count: 0, oldest: [] } });
  });

  it("splits by the customer's tone when toneOf is given, so ignored complaints show", () => {
    const toneOf = (m: Message) => (m.text.includes("love") ? "positive" : m.text.includes("broken") ? "negative" : "neutral");
    const conversations = [
      conversation("p1", [["customer", at(0), "I love the new app"], ["agent", at(5)]]),
      conversation("p2", [["customer", at(1), "love it"], ["agent", at(6)]]),
      conversation("n1", [["customer", at(2), "my phone is broken"]]),
      conversation("n2", [["customer", at(3), "broken again"], ["agent", at(50)]]),
    ];
    const result = responseRate(conversations, { toneOf });
    expect(result.byTone).toEqual([
      { tone: "negative", contacts: 2, responded: 1, rate: 0.5, turns: 2, turnsAnswered: 1, turnRate: 0.5 },
      { tone: "positive", contacts: 2, responded: 2, rate: 1, turns: 2, turnsAnswered: 2, turnRate: 1 },
    ]);
    expect(responseRate(conversations).byTone).toBeUndefined();
  });

  it("lists unanswered contacts oldest first, unknown times last, up to the limit", () => {
    const conversations = [
      conversation("b", [["customer", at(20)]]),
      conversation("a", [["customer", at(10)]]),
      conversation("x", [["customer", null]]),
      conversation("c", [["customer", at(30)]]),
    ];
    expect(responseRate(conversations).unanswered.oldest.map((u) => u.conversationId)).toEqual(["a", "b", "c", "x"]);
    expect(responseRate(conversations, { unansweredLimit: 2 }).unanswered).toMatchObject({ count: 4, oldest: [{ conversationId: "a" }, { conversationId: "b" }] });
  });
});

describe("responseRate properties", () => {
  const role = fc.constantFrom<MessageSpec[0]>("customer", "customer", "agent", "bot", "system");
  const arbitraryConversation = fc
    .tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.array(fc.tuple(role, fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null })), { maxLength: 6 }))
    .map(([id, messages]) => {
      const sorted = [...messages].sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0));
      return conversation(id, sorted.map(([r, minute]) => [r, minute === null ? null : new Date(Date.UTC(2024, 0, 1) + minute * 60_000).toISOString()] as MessageSpec));
    });
  const conversations = fc.array(arbitraryConversation, { maxLength: 30 });

  it("keeps rates within [0, 1]", () => {
    fc.assert(
      fc.property(conversations, fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }), (list, windowSeconds) => {
        const result = responseRate(list, { windowSeconds });
        return [result.rate, result.turnRate].every((rate) => rate === undefined || (rate >= 0 && rate <= 1));
      }),
      { seed: 1 },
    );
  });

  it("lists the oldest unanswered contacts of any stream, also when most are dropped on the way, and merged", () => {
    const at = (minutes: number) => new Date(Date.UTC(2024, 0, 1, 10, minutes)).toISOString();
    // Many unanswered contacts and a small limit, so the list is truncated (past 2 × limit + 64) and
    // contacts after the oldest are not built at all; equal times, so ties go to the ids.
    const unanswered = fc
      .tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }), fc.nat({ max: 3 }))
      .map(([id, minute, answered]) => conversation(id, [["customer", minute === null ? null : at(minute)], ...(answered === 0 ? ([["agent", at(60)]] as MessageSpec[]) : [])]));
    fc.assert(
      fc.property(fc.array(unanswered, { minLength: 120, maxLength: 400 }), fc.integer({ min: 0, max: 4 }), fc.nat(), (list, limit, cut) => {
        const all = responseRate(list, { unansweredLimit: 100_000 }).unanswered;
        const expected = { count: all.count, oldest: all.oldest.slice(0, limit) };
        expect(responseRate(list, { unansweredLimit: limit }).unanswered).toEqual(expected);
        const left = responseRateAccumulator({ unansweredLimit: limit });
        const right = responseRateAccumulator({ unansweredLimit: limit });
        list.forEach((c, i) => (i < cut % (list.length + 1) ? left : right).add(c));
        expect(right.merge(structuredClone(left.state)).result().unanswered).toEqual(expected);
      }),
      { seed: 3, numRuns: 150 },
    );
  });

  it("does not depend on the order of conversations, and merges like one pass", () => {
    fc.assert(
      fc.property(conversations, fc.nat(), (list, cut) => {
        const whole = responseRate(list);
        const reversed = responseRate([...list].reverse());
        const left = responseRateAccumulator();
        const right = responseRateAccumulator();
        list.forEach((c, i) => (i < cut % (list.length + 1) ? left : right).add(c));
        expect(reversed).toEqual(whole);
        expect(right.merge(structuredClone(left.state)).result()).toEqual(whole);
      }),
      { seed: 2 },
    );
  });

  it("never rises when an unanswered contact is added", () => {
    fc.assert(
      fc.property(conversations, fc.integer({ min: 0, max: 10_000 }), (list, minute) => {
        const before = responseRate(list).rate ?? 1;
        const after = responseRate([...list, conversation("unanswered", [["customer", new Date(Date.UTC(2024, 0, 1) + minute * 60_000).toISOString()]])]).rate!;
        return after <= before;
      }),
      { seed: 3 },
    );
  });
});

describe("responseRate(conversations) by brand", () => {
  it("splits contacts and turns by brand on the twcs sample", async () => {
    const result = responseRate(await realConversations("twcs-sample/sample.csv", "twcs"));
    // AppleSupport: 12 contacts, 11 answered (119237 is not); VirginTrains: its only thread is agent-started.
    expect(result.byBrand.find((row) => row.brand === "AppleSupport")).toMatchObject({ contacts: 12, responded: 11 });
    expect(result.byBrand.find((row) => row.brand === "VirginTrains")).toMatchObject({ contacts: 0, rate: undefined, turns: 3, turnsAnswered: 3 });
    expect(result.byBrand.reduce((sum, row) => sum + row.turns, 0)).toBe(46);
  });
});

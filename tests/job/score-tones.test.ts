import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreTones } from "../../src/job/score-tones.js";
import type { Message } from "../../src/model/message.js";
import type { MessageScore } from "../../src/scoring/conversation-score.js";
import type { Tone } from "../../src/text/tone.js";

describe("scoreTones", () => {
  it("gives what a Map of the customer messages' ids to their tones gives (last one wins), short and long conversations alike", () => {
    const score = fc.record({
      messageId: fc.constantFrom("1", "2", "3", "4", "5"),
      role: fc.constantFrom("customer" as const, "agent" as const, "bot" as const),
      tone: fc.constantFrom<Tone>("negative", "neutral", "positive"),
    });
    fc.assert(
      fc.property(fc.array(score, { maxLength: 40 }), fc.array(fc.constantFrom("1", "2", "3", "4", "5", "6"), { maxLength: 8 }), (scores, ids) => {
        const tones = scoreTones();
        tones.use(scores as unknown as MessageScore[]);
        const expected = new Map<string, Tone>();
        for (const s of scores) if (s.role === "customer") expected.set(s.messageId, s.tone);
        for (const id of ids) expect(tones.toneOf({ id } as Message)).toBe(expected.get(id) ?? "neutral");
      }),
      { numRuns: 500 },
    );
  });
});

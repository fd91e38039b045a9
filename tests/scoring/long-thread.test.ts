import { describe, expect, it } from "vitest";
import type { Conversation } from "../../src/model/conversation.js";
import { createScorer } from "../../src/scoring/create-scorer.js";
import { mineTemplates } from "../../src/scoring/template-miner.js";
import { conversation } from "../support/build.js";

/**
 * Regression (resource bounds): scoring one enormous thread was quadratic in its length. Every reply
 * re-read all the customer messages before it (whether the customer asked for a route, the customer's
 * names, the words personalization compares with), so a 100,000-tweet thread ran for hours. Doubling the
 * thread may now about double the time (linear: 2, quadratic: 4; minimum of two runs, retried).
 */
function thread(size: number): Conversation {
  const turns: Parameters<typeof conversation>[0] = [];
  for (let i = 0; i < size; i++) {
    turns.push(i % 2 === 0 ? ["customer", `@Acme my order ${i} hasn't arrived, how do I report this?`, i * 60] : ["agent", `@bob Sorry! Which order is it, ${i}? We'll look into it ^MM`, i * 60]);
  }
  return conversation(turns);
}

/** How much longer `work` takes on a thread twice as long (best of two runs, retried up to three times). */
function doublingRatio(work: (c: Conversation) => void): number {
  const [small, big] = [thread(4000), thread(8000)];
  const time = (c: Conversation) => {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const start = performance.now();
      work(c);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  work(small);
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 3; attempt++) ratio = time(big) / time(small);
  return ratio;
}

describe("createScorer().score(conversation) on one enormous thread", () => {
  it("takes time linear in the thread's length", () => {
    const scorer = createScorer();
    expect(doublingRatio((c) => scorer.score(c))).toBeLessThan(3);
  });

  // Mining compared every reply with all the customer's earlier messages: an 8,000-tweet thread took 20 s.
  it("is mined for templates in time linear in its length", () => {
    expect(doublingRatio((c) => mineTemplates([c]))).toBeLessThan(3);
  });

  it("still sees a route the customer asked for many messages earlier", () => {
    const turns: Parameters<typeof conversation>[0] = [["customer", "@Acme how do I report a bug?", 0]];
    for (let i = 1; i < 300; i++) turns.push(["agent", "@bob We're looking into it ^MM", i]);
    turns.push(["agent", "@bob You can report it here: https://acme.com/help/report-a-bug ^MM", 400]);
    const score = createScorer().score(conversation(turns));
    expect(score.messages.at(-1)!.rubrics.ownership!.label).not.toBe("deflects");
  });
});

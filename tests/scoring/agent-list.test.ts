import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgentList } from "../../src/scoring/agent-list.js";

describe("AgentList", () => {
  it("gives what [...new Set(agents)].sort() gives, with few agents or many (past the Set threshold)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }), (agents) => {
        const list = new AgentList();
        for (const agent of agents) list.add(agent);
        expect(list.sorted()).toEqual([...new Set(agents)].sort());
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});

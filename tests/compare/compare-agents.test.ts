import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareAgents } from "../../src/compare/compare-agents.js";
import type { ComparisonRow } from "../../src/compare/comparison-row.js";

/** Rows for agents given as { id: [values] }; channels cycle through `channels[id]` when given. */
function rows(group: "pilot" | "control", agents: Record<string, number[]>, extra: { period?: "pre" | "post"; channels?: Record<string, string[]> } = {}): ComparisonRow[] {
  return Object.entries(agents).flatMap(([agentId, values]) =>
    values.map((value, i) => ({
      conversationId: `${agentId}-${extra.period ?? "post"}-${i}`,
      agentId,
      group,
      ...(extra.period ? { period: extra.period } : {}),
      outcomes: { handleMinutes: value },
      ...(extra.channels ? { mix: { channel: extra.channels[agentId]![i]! } } : {}),
    })),
  );
}

const channels = { p1: ["chat", "chat"], p2: ["email"], p3: ["chat", "email", "email"], c1: ["chat", "chat"], c2: ["chat"], c3: ["chat", "email"], c4: ["chat", "chat", "chat"] };
const small = [
  ...rows("pilot", { p1: [10, 12], p2: [14], p3: [11, 13, 15] }, { channels }),
  ...rows("control", { c1: [9, 8], c2: [10], c3: [7, 9], c4: [11, 10, 12] }, { channels }),
];

// References: R 4.2.2 with coin 1.4-2 and effectsize 0.8.3. Agent means: pilot 11, 14, 13; control 8.5, 10, 8, 11.
describe("compareAgents(rows) with few agents", () => {
  const result = compareAgents(small);
  const outcome = result.outcomes[0]!;

  it("compares agent means, and reports pooled conversation means beside them", () => {
    expect(result.agents).toEqual({ pilot: 3, control: 4 });
    expect(outcome.groups.pilot).toEqual({ value: expect.closeTo(38 / 3, 12), conversationMean: 12.5, agents: 3, conversations: 6 }); // mean(c(10,12,14,11,13,15)) = 12.5
    expect(outcome.groups.control).toEqual({ value: 9.375, conversationMean: 9.5, agents: 4, conversations: 8 }); // mean(c(9,8,10,7,9,11,10,12)) = 9.5
    expect(outcome.difference.absolute).toBeCloseTo(3.291667, 6); // mean(pm) - mean(cm) = 3.291667
    expect(outcome.difference.relative).toBeCloseTo(3.2916666667 / 9.375, 10);
  });

  it("tests with an exact permutation over agent assignments, as coin's oneway_test on agent means", () => {
    expect(outcome.method).toBe("permutation (exact, 35 assignments of agents to groups)");
    // pvalue(oneway_test(c(11,14,13,8.5,10,8,11) ~ factor(c(1,1,1,2,2,2,2)), distribution = "exact")) = 0.0857142857143
    expect(outcome.pValue).toBeCloseTo(0.0857142857143, 12);
    // inverting coin's test on a 0.001 grid: range(grid[sapply(grid, p) > 0.05]) = -0.5 6.5
    expect(outcome.ci.low).toBeGreaterThan(-0.501);
    expect(outcome.ci.low).toBeLessThanOrEqual(-0.5 + 1e-8);
    expect(outcome.ci.high).toBeGreaterThanOrEqual(6.5 - 1e-8);
    expect(outcome.ci.high).toBeLessThan(6.501);
  });

  it("gives Hedges' g on agent means and the MDE for 3 vs 4 agents", () => {
    expect(outcome.effectSize.hedgesG).toBeCloseTo(1.92313366982, 9); // effectsize::hedges_g(pm, cm)
    // sp <- sqrt((2*var(pm) + 3*var(cm))/5); (qt(0.975, 5) + qt(0.8, 5)) * sp * sqrt(1/3 + 1/4) = 3.8359419719
    expect(outcome.mde.absolute).toBeCloseTo(3.8359419719, 9);
    expect(outcome.mde.relative).toBeCloseTo(3.8359419719 / 9.375, 9);
  });

  it("warns in plain words about few conversations", () => {
    expect(outcome.warnings).toEqual([
      'Only 6 pilot conversations have "handleMinutes" (fewer than 30): the agents\' averages rest on very few conversations.',
      'Only 8 control conversations have "handleMinutes" (fewer than 30): the agents\' averages rest on very few conversations.',
    ]);
  });

  it("checks the contact mix with the agent as the unit", () => {
    // counts <- rbind(c(2,0), c(0,1), c(1,2), c(2,0), c(1,0), c(1,1), c(3,0))  # chat, email per agent
    // chisq.test(rbind(colSums(counts[1:3,]), colSums(counts[-(1:3),])), correct=FALSE)$statistic = 2.3625
    // all <- combn(7, 3); mean(apply(all, 2, chi) >= obs) = 0.257142857143
    const [channel] = result.mix;
    expect(channel).toMatchObject({ variable: "channel", chiSquare: expect.closeTo(2.3625, 10), pValue: expect.closeTo(0.257142857143, 11), conversations: { pilot: 6, control: 8 } });
    expect(channel!.categories[1]).toMatchObject({ category: "email", pilot: 0.5, control: 0.125 });
    // (0.5 - 0.125) / sqrt((0.5*0.5 + 0.125*0.875)/2) = 0.8846517369
    expect(channel!.categories[1]!.standardizedDifference).toBeCloseTo(0.8846517369, 9);
    expect(channel!.imbalanced).toBe(true);
    expect(result.warnings[0]).toMatch(/^Pilot and control handled a different mix of channel \(p = 0.26 over agent assignments\): "chat" is 50% of pilot conversations against 88% of control ones/);
  });

  it("compares the agents' pre-to-post changes when rows have a pre-period", () => {
    const pre = [...rows("pilot", { p1: [10], p2: [12], p3: [12] }, { period: "pre" }), ...rows("control", { c1: [8], c2: [10.5], c3: [8], c4: [10] }, { period: "pre" })];
    const did = compareAgents([...small, ...pre]).outcomes[0]!.differenceInDifferences!;
    // changes: pilot 1, 2, 1; control 0.5, -0.5, 0, 1; mean difference 1.083333
    // pvalue(oneway_test(c(1,2,1,0.5,-0.5,0,1) ~ factor(c(1,1,1,2,2,2,2)), distribution = "exact")) = 0.114285714286
    expect(did.difference).toBeCloseTo(1.083333333, 8);
    expect(did.pValue).toBeCloseTo(0.114285714286, 11);
    expect(did.change).toEqual({ pilot: expect.closeTo(4 / 3, 12), control: 0.25 });
    expect(did.agents).toEqual({ pilot: 3, control: 4 });
  });
});

describe("compareAgents(rows) with 10 or more agents per group", () => {
  it("uses agent-level Welch, as R's t.test on the agent means", () => {
    const pilot = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, [i + 5, i + 7]]));
    const control = Object.fromEntries(Array.from({ length: 12 }, (_, j) => [`c${j}`, [j * 0.8 + 3, j * 0.8 + 5, j * 0.8 + 4]]));
    const outcome = compareAgents([...rows("pilot", pilot), ...rows("control", control)]).outcomes[0]!;
    expect(outcome.method).toBe("agent-level Welch");
    // r <- t.test(6:15, 4 + 0.8*(0:11)); c(diff, r$p.value, r$conf.int) = 2.1 0.114419183383 -0.556591824026 4.756591824026
    expect(outcome.difference.absolute).toBeCloseTo(2.1, 12);
    expect(outcome.pValue).toBeCloseTo(0.114419183383, 11);
    expect([outcome.ci.low, outcome.ci.high]).toEqual([expect.closeTo(-0.556591824026, 10), expect.closeTo(4.756591824026, 10)]);
  });
});

describe("compareAgents(rows) warnings", () => {
  it("warns about fewer than 3 agents, no variance and an outcome missing for most conversations", () => {
    const data: ComparisonRow[] = [
      ...rows("pilot", { p1: Array(20).fill(5), p2: Array(20).fill(5) }),
      ...rows("control", { c1: Array(20).fill(5), c2: Array(20).fill(5), c3: Array(20).fill(5) }),
    ].map((row, i) => ({ ...row, outcomes: { ...row.outcomes, csat: i % 4 === 0 ? 4 + (i % 3) : null } }));
    const [csat, handle] = compareAgents(data).outcomes;
    expect(handle!.warnings).toContain('Only 2 pilot agents have "handleMinutes": with fewer than 3 agents in a group, a difference may come from who the agents are rather than from the pilot, and no test can show otherwise.');
    expect(handle!.warnings).toContain('"handleMinutes" has the same value (5) for every agent: there is no variance, so nothing to test.');
    expect(handle!.pValue).toBeUndefined();
    expect(csat!.warnings).toContain('"csat" is missing for most conversations (75 of 100, 75%): the comparison uses only those where it was measured, which may not be typical.');
  });

  it("has no test when one group never measured the outcome", () => {
    const data = [...rows("pilot", { p1: [1, 2] }), ...rows("control", { c1: [3], c2: [4] })].map((row) => ({ ...row, outcomes: { ...row.outcomes, pilotOnly: row.group === "pilot" ? 1 : null } }));
    const pilotOnly = compareAgents(data).outcomes.find((o) => o.outcome === "pilotOnly")!;
    expect(pilotOnly).toMatchObject({ method: "none (a group has no agent with this outcome)", pValue: undefined, difference: { absolute: undefined } });
    expect(pilotOnly.warnings).toContain('Only 0 control agents have "pilotOnly": with fewer than 3 agents in a group, a difference may come from who the agents are rather than from the pilot, and no test can show otherwise.');
  });

  it("refuses an agent in both groups, an unknown group and unknown options", () => {
    expect(() => compareAgents([...rows("pilot", { a: [1] }), ...rows("control", { a: [2] })])).toThrow('carelens: agent "a" is in both groups (pilot and control); an agent belongs to one group');
    expect(() => compareAgents([{ conversationId: "x", agentId: "a", group: "Pilot" as "pilot", outcomes: {} }])).toThrow('carelens: row 0 (conversation "x"): group must be "pilot" or "control", got "Pilot"');
    expect(() => compareAgents(small, { alpha: 5 })).toThrow(/carelens: invalid compareAgents options/);
  });
});

describe("compareAgents(rows) invariants", () => {
  const agentRows = fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 1000 }))
    .map(([pilots, controls, seed]) => {
      let s = seed;
      const next = () => ((s = (s * 16807) % 2147483647) % 1000) / 10;
      const make = (group: "pilot" | "control", count: number) =>
        Object.fromEntries(Array.from({ length: count }, (_, i) => [`${group[0]}${i}`, Array.from({ length: 1 + (Math.floor(next()) % 4) }, next)]));
      return [...rows("pilot", make("pilot", pilots)), ...rows("control", make("control", controls))].map((row, i) => ({ ...row, outcomes: { ...row.outcomes, second: (i * 7) % 11 } }));
    });
  const swap = (data: ComparisonRow[]) => data.map((row) => ({ ...row, group: row.group === "pilot" ? ("control" as const) : ("pilot" as const) }));

  it("flips the sign of every difference and keeps every p-value when pilot and control swap", () => {
    fc.assert(
      fc.property(agentRows, (data) => {
        const a = compareAgents(data, { permutations: 199, seed: 5 });
        const b = compareAgents(swap(data), { permutations: 199, seed: 5 });
        a.outcomes.forEach((o, i) => {
          const s = b.outcomes[i]!;
          expect(s.difference.absolute).toBeCloseTo(-o.difference.absolute!, 9);
          expect(s.pValue).toBe(o.pValue);
          expect(s.adjustedPValue).toEqual(o.adjustedPValue);
          if (o.pValue !== undefined) {
            expect(o.pValue).toBeGreaterThan(0);
            expect(o.pValue).toBeLessThanOrEqual(1);
            expect(o.adjustedPValue.holm).toBeGreaterThanOrEqual(o.pValue);
            expect(o.adjustedPValue.benjaminiHochberg).toBeGreaterThanOrEqual(o.pValue);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it("does not depend on the order of the rows and is deterministic with a seed", () => {
    fc.assert(
      fc.property(agentRows, fc.integer({ min: 0, max: 1000 }), (data, shift) => {
        const rotated = [...data.slice(shift % data.length), ...data.slice(0, shift % data.length)].reverse();
        expect(compareAgents(rotated, { permutations: 199 })).toEqual(compareAgents(data, { permutations: 199 }));
      }),
      { numRuns: 30 },
    );
  });
});

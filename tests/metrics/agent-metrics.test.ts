import { describe, expect, it } from "vitest";
import { agentMetrics } from "../../src/metrics/agent-metrics.js";
import { conversation } from "../support/conversations.js";
import { realConversations } from "../support/real-exports.js";

const at = (minutes: number) => new Date(Date.UTC(2024, 0, 1, 10, minutes)).toISOString();
const sign = (agentId: string) => ({ agentId });

describe("agentMetrics(conversations)", () => {
  it("credits each reply to its writer and each first reply to its writer, with intervals beside the means", () => {
    const conversations = [
      conversation("c1", [["customer", at(0)], ["agent", at(10), "a", sign("AB")], ["customer", at(12)], ["agent", at(20), "b", sign("CD")]]),
      conversation("c2", [["customer", at(0)], ["agent", at(20), "c", sign("AB")]]),
      conversation("c3", [["customer", at(0)], ["agent", at(36), "d", sign("AB")]]),
      conversation("c4", [["customer", at(0)], ["agent", at(5), "e"]]),
    ];
    const { agents } = agentMetrics(conversations);
    const ab = agents.find((a) => a.agent === "Brand/AB")!;
    expect(ab).toMatchObject({ brand: "Brand", team: "Brand", replies: 3, conversations: 3, firstResponses: 3, unsigned: false });
    // FRT 600, 1200, 2160 s. R: t.test(c(600, 1200, 2160))$conf.int = -634.7496 3274.7496; median 1200.
    expect(ab.firstResponseSeconds).toMatchObject({ n: 3, mean: 1320, median: 1200 });
    expect(ab.firstResponseSeconds.low).toBeCloseTo(-634.7496, 3);
    expect(ab.firstResponseSeconds.high).toBeCloseTo(3274.7496, 3);
    const cd = agents.find((a) => a.agent === "Brand/CD")!;
    expect(cd).toMatchObject({ replies: 1, conversations: 1, firstResponses: 0, firstResponseSeconds: { n: 0, mean: undefined }, replySeconds: { n: 1, mean: 480, low: undefined } });
    expect(agents.find((a) => a.agent === "Brand/(unsigned)")).toMatchObject({ unsigned: true, replies: 1, rankInTeam: undefined, firstResponseShrunkSeconds: undefined });
  });

  it("ranks within teams by the shrunk mean, so two lucky replies do not beat a steady record", () => {
    const steady = [300, 360, 420, 300, 360, 420, 300, 360].map((s, i) => conversation(`s${i}`, [["customer", at(0)], ["agent", new Date(Date.UTC(2024, 0, 1, 10, 0, s)).toISOString(), "x", sign("ST")]]));
    const lucky = [60, 1200].map((s, i) => conversation(`l${i}`, [["customer", at(0)], ["agent", new Date(Date.UTC(2024, 0, 1, 10, 0, s)).toISOString(), "x", sign("LK")]]));
    const slow = [900, 1000, 1100].map((s, i) => conversation(`w${i}`, [["customer", at(0)], ["agent", new Date(Date.UTC(2024, 0, 1, 10, 0, s)).toISOString(), "x", sign("SL")]]));
    const result = agentMetrics([...steady, ...lucky, ...slow], { teamOf: (agent) => (agent.endsWith("SL") ? "B" : "A") });
    const byAgent = Object.fromEntries(result.agents.map((a) => [a.agent, a]));
    expect(byAgent["Brand/ST"]!.rankInTeam).toBe(1);
    expect(byAgent["Brand/LK"]!.rankInTeam).toBe(2);
    expect(byAgent["Brand/SL"]).toMatchObject({ team: "B", rankInTeam: 1, firstResponseCredibility: 1 });
    expect(result.teams.map((t) => [t.team, t.agents])).toEqual([["A", 2], ["B", 1]]);
  });

  it("keeps brands apart on the twcs sample: the same initials at two brands are two agents", async () => {
    const { agents } = agentMetrics(await realConversations("twcs-sample/sample.csv", "twcs"));
    expect(agents.reduce((sum, a) => sum + a.replies, 0)).toBe(44); // every agent tweet credited once
    expect(agents.find((a) => a.agent === "Tesco/Mike")).toMatchObject({ replies: 2, conversations: 1, firstResponses: 0 });
    expect(agents.filter((a) => a.agent.endsWith("/AC")).map((a) => a.agent)).toEqual(["SouthwestAir/AC", "sprintcare/AC"]);
  });
});

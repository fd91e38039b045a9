import { describe, expect, it } from "vitest";
import { load } from "../../support/collect.js";
import { dataText } from "../../support/data.js";

describe("abcd format on ../shared/data/abcd-sample/abcd_sample.json", async () => {
  const text = dataText("abcd-sample/abcd_sample.json");
  const records = JSON.parse(text) as { convo_id: number; original: [string, string][]; scenario: { personal: { customer_name: string } } }[];
  const { conversations, report } = await load(text, "abcd");

  it("loads every turn, actions as system messages, without times", () => {
    const turns = records.flatMap((r) => r.original);
    expect(report.messages).toBe(turns.length);
    expect(report.messagesByRole).toEqual({
      customer: turns.filter(([s]) => s === "customer").length,
      agent: turns.filter(([s]) => s === "agent").length,
      bot: 0,
      system: turns.filter(([s]) => s === "action").length,
    });
    expect(conversations.flatMap((c) => c.messages).every((m) => m.sentAt === null && m.channel === "chat")).toBe(true);
  });

  it("takes the customer's name from the scenario", () => {
    expect(conversations.map((c) => c.customer.name)).toEqual(records.map((r) => r.scenario.personal.customer_name));
    expect(conversations[0]!.customer.attributes).toMatchObject({ memberLevel: "bronze", flow: "product_defect" });
  });

  it("rejects a turn with an unknown speaker, naming it", async () => {
    const { report } = await load(JSON.stringify([{ convo_id: 1, original: [["customer", "hi"], ["robot", "beep"]] }]), "abcd");
    expect(report.messages).toBe(1);
    expect(report.issues).toMatchObject([{ code: "invalid-value", severity: "error", path: ["original", 1], record: 0 }]);
    expect(report.issues[0]!.message).toContain('unknown speaker "robot"');
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CarelensError } from "../../../src/errors.js";
import { load } from "../../support/collect.js";

const csv = readFileSync(new URL("../../fixtures/mapped/chats.csv", import.meta.url), "utf8");
const mapping = { conversationId: "ticket", role: "sender", time: "sent", text: "body", agentId: "agent", customerName: "customer_name", attributes: ["plan", "__proto__"] };

describe("csv format with a column mapping", async () => {
  const { conversations, report } = await load(csv, { format: "csv", mapping, channel: "chat", brand: "Acme" });

  it("groups rows into conversations in any order, sorted by time", () => {
    expect(conversations.map((c) => [c.id, c.messages.map((m) => m.text)])).toEqual([
      ["T1", ["My invoice is wrong, it shows 2 seats", "Hi Ana, which invoice number is it?", "INV-2291"]],
      ["T2", ["Can I change my plan?", "Yes: Settings > Plan."]],
    ]);
    expect(conversations[0]).toMatchObject({ channel: "chat", brand: "Acme", customer: { name: "Ana Ruiz", attributes: { plan: "pro" } } });
  });

  it("understands role synonyms and takes the agent id from its column", () => {
    expect(conversations[1]!.messages.map((m) => [m.role, m.agentId])).toEqual([
      ["customer", undefined],
      ["agent", "lee"],
    ]);
  });

  it("rejects the row with an unknown role and keeps the row with a bad time, reporting both", () => {
    expect(report.issues.map((i) => [i.code, i.severity, i.line, i.field])).toEqual([
      ["invalid-date", "warning", 6, "sent"],
      ["invalid-value", "error", 7, "sender"],
    ]);
    expect(report.items).toBe(report.messages + report.rejected);
  });

  it("stores a column named __proto__ as a plain attribute, never as a prototype", () => {
    const attributes = conversations[0]!.customer.attributes;
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(attributes, "__proto__")?.value).toBe("x");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("reports a header without the mapped columns as one issue covering every row", async () => {
    const { report } = await load("a,b\n1,2\n3,4\n", { format: "csv", mapping });
    expect(report.rejected).toBe(2);
    expect(report.issues).toMatchObject([{ code: "invalid-header", line: 1 }]);
  });

  it("refuses a mapping without a role or inbound column, saying what is missing", async () => {
    await expect(load(csv, { format: "csv", mapping: { conversationId: "ticket", text: "body" } })).rejects.toThrow(/needs a role column or an inbound column/);
    await expect(load(csv, { format: "csv", mapping: { conversationId: "ticket", text: "body" } })).rejects.toBeInstanceOf(CarelensError);
  });
});

describe("json and ndjson formats with a mapping", () => {
  const records = [
    { id: "c1", from: { inbound: true }, at: 1700000000, msg: "Hi" },
    { id: "c1", from: { inbound: false }, at: 1700000060, msg: "Hello!" },
  ];
  const options = { mapping: { conversationId: "id", inbound: "from.inbound", time: "at", text: "msg" } };

  it("reads a JSON array, following dotted paths", async () => {
    const { conversations } = await load(JSON.stringify(records), { format: "json", ...options });
    expect(conversations[0]!.messages.map((m) => [m.role, m.sentAt?.toISOString()])).toEqual([
      ["customer", "2023-11-14T22:13:20.000Z"],
      ["agent", "2023-11-14T22:14:20.000Z"],
    ]);
  });

  it("reads NDJSON and reports a broken line with its line number", async () => {
    const text = `${JSON.stringify(records[0])}\n{broken\n${JSON.stringify(records[1])}\n`;
    const { conversations, report } = await load(text, { format: "ndjson", ...options });
    expect(conversations[0]!.messages).toHaveLength(2);
    expect(report.issues).toMatchObject([{ code: "invalid-json", line: 2, record: 1 }]);
  });

  it("streams conversations early when the table is contiguous", async () => {
    const text = records.map((r) => JSON.stringify(r)).join("\n") + "\n" + JSON.stringify({ ...records[0], id: "c2" });
    const { conversations } = await load(text, { format: "ndjson", ...options, contiguous: true });
    expect(conversations.map((c) => c.id)).toEqual(["c1", "c2"]);
  });
});

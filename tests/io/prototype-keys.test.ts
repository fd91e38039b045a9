import { afterEach, describe, expect, it } from "vitest";
import { clipInput } from "../../src/io/issues.js";
import { load } from "../support/collect.js";
import { expectPrototypeClean } from "../support/fuzz.js";

/**
 * Regressions (fuzzing): values from the data were looked up in plain lookup tables, so a speaker, a
 * channel or a role written "constructor" or "toString" found Object.prototype's function and became a
 * message's role or channel (or crashed the load).
 */
describe("keys and values named after Object.prototype members", () => {
  afterEach(() => expectPrototypeClean());

  it("abcd: a speaker named toString is an unknown speaker, not a role", async () => {
    const { conversations, report } = await load('[{"convo_id":1,"original":[["toString","hi"],["constructor","x"],["customer","ok"]]}]', "abcd");
    expect(conversations[0]!.messages.map((m) => m.role)).toEqual(["customer"]);
    expect(report.issuesByCode["invalid-value"]).toBe(2);
    expect(report.items).toBe(report.messages + report.rejected);
  });

  it("zendesk: a via.channel named constructor falls back to other", async () => {
    const ticket = { id: 1, requester_id: 2, via: { channel: "constructor" }, comments: [{ id: 1, author_id: 2, body: "hi", created_at: "2024-03-05T09:00:00Z", via: { channel: "__proto__" } }] };
    const { conversations } = await load(JSON.stringify([ticket]), "zendesk");
    expect(conversations[0]!.channel).toBe("other");
    expect(conversations[0]!.messages[0]!.channel).toBe("other");
  });

  it("mapped tables: role values __proto__ and hasOwnProperty are rejected by name, even with __proto__ in roleValues", async () => {
    const csv = "c,r,t\n1,__proto__,a\n1,hasOwnProperty,b\n1,Kunde,c\n";
    const { conversations, report } = await load(csv, { format: "csv", mapping: { conversationId: "c", role: "r", text: "t" }, roleValues: JSON.parse('{"__proto__":"agent","Kunde":"customer"}') });
    expect(conversations[0]!.messages.map((m) => [m.text, m.role])).toEqual([["c", "customer"]]);
    expect(report.issues).toMatchObject([
      { code: "invalid-value", field: "r", line: 2, input: "__proto__" },
      { code: "invalid-value", field: "r", line: 3, input: "hasOwnProperty" },
    ]);
  });

  it("JSON keys __proto__ and constructor in records are plain data", async () => {
    const text = '[{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"c":"1","r":"agent","t":"x","__proto__.polluted":1}]';
    const { conversations } = await load(text, { format: "json", mapping: { conversationId: "c", role: "r", text: "t", attributes: ["__proto__", "constructor"] } });
    expect(conversations).toHaveLength(1);
    expect(Object.getPrototypeOf(conversations[0]!.customer.attributes)).toBe(Object.prototype);
  });

  it("clipInput quotes a deeply nested value without recursing through it", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(clipInput(deep)).toBe(`${"[".repeat(200)}…`);
    expect(clipInput({ a: "x".repeat(1000) }).length).toBe(201);
  });
});

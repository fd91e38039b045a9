import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { load } from "../../support/collect.js";

const fixture = readFileSync(new URL("../../fixtures/zendesk/tickets.json", import.meta.url), "utf8");

describe("zendesk format", async () => {
  const { conversations, report } = await load(fixture, "zendesk");
  const [refund, parcel] = conversations;

  it("reads tickets with their comments: requester = customer, public comments by others = agent replies", () => {
    expect(conversations.map((c) => c.id)).toEqual(["101", "102"]);
    expect(refund!.messages.map((m) => m.role)).toEqual(["customer", "system", "agent", "customer"]);
    expect(refund!.customer).toMatchObject({ id: "9001", name: "Dana Whitfield", attributes: { status: "solved", priority: "high", tags: "refund,vip" } });
    expect(refund!.channel).toBe("email");
    expect(refund!.brand).toBe("Acme");
    expect(refund!.messages[0]!.text).toBe("Hi, I was charged twice for order 5521 & need a refund.");
  });

  it("keeps internal notes as private system messages, never as replies", () => {
    expect(refund!.messages[1]).toMatchObject({ role: "system", visibility: "private", meta: { internalNote: true } });
  });

  it("takes the requester's name from an embedded requester, and the agent id from the author", () => {
    expect(parcel!.customer.name).toBe("Lee Park");
    expect(parcel!.channel).toBe("chat");
    expect(parcel!.messages.find((m) => m.role === "agent")!.agentId).toBe("7002");
  });

  it("reports the comment without author, the unreadable time and the ticket without comments", () => {
    expect(report.items).toBe(report.messages + report.rejected);
    expect(report.issues.map((i) => [i.code, i.severity, i.path.join(".")])).toEqual([
      ["invalid-date", "warning", "tickets.1.comments.0.created_at"],
      ["missing-value", "error", "tickets.1.comments.1.author_id"],
      ["invalid-record", "error", "tickets.2.comments"],
    ]);
  });

  it("reads NDJSON tickets (one per line) the same way", async () => {
    const tickets = (JSON.parse(fixture) as { tickets: unknown[] }).tickets.slice(0, 1);
    const lines = tickets.map((t) => JSON.stringify(t)).join("\n") + "\n" + JSON.stringify({ id: 200, requester_id: 1, comments: [] });
    const { conversations } = await load(lines, "zendesk");
    expect(conversations.map((c) => c.id)).toEqual(["101", "200"]);
  });

  // Regression (fuzzing): the format peeked at the first chunk to tell NDJSON from JSON and then lost
  // every later chunk (the peek closed the stream), so any export read in more than one chunk failed.
  it("reads an export streamed in small chunks the same as in one piece", async () => {
    const pieces = fixture.match(/[^]{1,7}/g)!;
    const chunked = await load(pieces as unknown as string, "zendesk");
    expect(chunked.conversations).toEqual(conversations);
    expect(chunked.report).toEqual(report);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LoadLog } from "../../../src/io/load-report.js";
import type { TwcsRow } from "../../../src/io/formats/twcs-rows.js";
import { twcsConversation } from "../../../src/io/formats/twcs-threads.js";
import { sortByTime, sortStably } from "../../../src/io/time-order.js";

/** The former order, brand and cycle report (two sorts, a count of every author, a search from every row): the reference for the fast paths. */
function reference(rows: TwcsRow[]): { order: string[]; brand: string | undefined; cycles: number[] } {
  const byId = sortStably([...rows], (a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ordered = sortByTime(byId, (row) => row.time);
  const counts = new Map<string, number>();
  let brand: string | undefined;
  for (const value of ordered.filter((row) => !row.inbound).map((row) => row.authorId)) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (brand === undefined || count > counts.get(brand)!) brand = value;
  }
  const byRowId = new Map(ordered.map((row) => [row.id, row]));
  const state = new Map<string, 1 | 2>();
  const cycles: number[] = [];
  for (const start of ordered) {
    const path: TwcsRow[] = [];
    let row: TwcsRow | undefined = start;
    while (row && !state.has(row.id)) {
      state.set(row.id, 1);
      path.push(row);
      row = row.parent === undefined ? undefined : byRowId.get(row.parent);
    }
    if (row && state.get(row.id) === 1) cycles.push(row.line);
    for (const visited of path) state.set(visited.id, 2);
  }
  return { order: ordered.map((row) => row.id), brand, cycles };
}

const rowsArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 40 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id, i) =>
        fc.record({
          time: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 8 }).map((t) => t * 1000), fc.constant(i * 1000)),
          inbound: fc.boolean(),
          author: fc.constantFrom("AcmeHelp", "ShopCare", "100"),
          parent: fc.oneof(fc.constant(undefined), fc.constantFrom(...ids.map(String), "999")),
        }).map(({ time, inbound, author, parent }): TwcsRow => ({ id: String(id), authorId: author, inbound, time, text: "hi @ShopCare", parent: parent === String(id) ? undefined : parent, children: [], line: i + 2, order: i })),
      ),
    ),
  );

describe("twcsConversation(rows)", () => {
  it("orders the messages, picks the brand and reports reply cycles as the full sorts, count and search do", () => {
    fc.assert(
      // Half the time the rows arrive in time order (the fast path), with their reply links pointing back or not.
      // Or every row has a time, with ties, out of order (the one-sort path).
      fc.property(rowsArbitrary, fc.constantFrom("in order", "as drawn", "all timed"), (unordered, mode) => {
        const rows =
          mode === "in order" ? unordered.map((row, i) => ({ ...row, time: i * 1000 })) : mode === "all timed" ? unordered.map((row, i) => ({ ...row, time: row.time ?? ((i * 7) % 5) * 1000 })) : unordered;
        const log = new LoadLog("twcs", 1000);
        const conversation = twcsConversation(rows, log);
        const expected = reference(rows);
        expect(conversation.messages.map((m) => m.id)).toEqual(expected.order);
        expect(conversation.brand).toBe(expected.brand ?? "ShopCare");
        expect(log.report().issues.filter((issue) => issue.code === "reply-cycle").map((issue) => issue.line)).toEqual(expected.cycles);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("twcsConversation messages", () => {
  it("hold agentId and inReplyTo only when known, after the other fields (the key order of the JSON output)", () => {
    const row = (id: string, inbound: boolean, text: string, parent?: string): TwcsRow => ({ id, authorId: inbound ? "100" : "AcmeHelp", inbound, time: Number(id) * 1000, text, parent, children: [], line: Number(id) + 1, order: Number(id) });
    const conversation = twcsConversation([row("1", true, "@AcmeHelp hi"), row("2", false, "@100 On it ^MM", "1"), row("3", false, "@100 Done", "2"), row("4", false, "@100 Hello ^JS")], new LoadLog("twcs", 10));
    const base = ["id", "conversationId", "role", "authorId", "sentAt", "text", "channel", "visibility", "source"];
    expect(conversation.messages.map((m) => Object.keys(m))).toEqual([base, [...base, "agentId", "inReplyTo"], [...base, "inReplyTo"], [...base, "agentId"]]);
    expect(conversation.messages[1]).toEqual({ id: "2", conversationId: "1", role: "agent", authorId: "AcmeHelp", sentAt: new Date(2000), text: "@100 On it ^MM", channel: "twitter", visibility: "public", source: { line: 3 }, agentId: "MM", inReplyTo: "1" });
  });
});

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
      fc.property(rowsArbitrary, fc.boolean(), (unordered, inOrder) => {
        const rows = inOrder ? unordered.map((row, i) => ({ ...row, time: i * 1000 })) : unordered;
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

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdTable } from "../../src/io/id-table.js";

describe("IdTable", () => {
  it("holds small integer ids, other numbers and strings, and forgets deleted ones", () => {
    const table = new IdTable<number>();
    const ids = [0, 1, 2_147_483_645, 2_147_483_646, 2 ** 31, -1, 1.5, "0123", "1245403438755852288"];
    ids.forEach((id, i) => table.set(id, i));
    expect(ids.map((id) => table.get(id))).toEqual(ids.map((_, i) => i));
    expect(table.delete(0)).toBe(true);
    expect(table.delete(0)).toBe(false);
    expect(table.delete("0123")).toBe(true);
    expect([table.get(0), table.get("0123"), table.get(1), table.size]).toEqual([undefined, undefined, 1, 7]);
    expect([...table.allValues()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 8]);
  });

  it("keeps every id through growths and deletes (sequential ids set, half deleted, in a sliding window)", () => {
    const table = new IdTable<number>();
    let missing = 0;
    for (let i = 0; i < 200_000; i++) {
      table.set(i, i);
      if (i >= 1000) table.delete(i - 1000);
      if (i % 7 === 0 && table.get(i - 999 < 0 ? i : i - 999) === undefined) missing++;
    }
    expect(missing).toBe(0);
    expect(table.size).toBe(1000);
    expect(table.get(198_999)).toBeUndefined();
    expect(table.get(199_000)).toBe(199_000);
  });

  it("answers as a Map does, for any sequence of sets, deletes and gets", () => {
    // A narrow range of ids, so probe runs are long and deletions shift entries across them.
    const id = fc.oneof(fc.nat({ max: 300 }), fc.integer({ min: 2_147_483_000, max: 2_147_483_646 }), fc.stringMatching(/^\d{1,12}$/));
    const op = fc.tuple(fc.constantFrom("set", "delete", "get" as const), id);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 2000 }), (ops) => {
        const table = new IdTable<number>();
        const reference = new Map<number | string, number>();
        ops.forEach(([kind, key], i) => {
          if (kind === "set") {
            table.set(key, i);
            reference.set(key, i);
          } else if (kind === "delete") expect(table.delete(key)).toBe(reference.delete(key));
          else expect(table.get(key)).toBe(reference.get(key));
        });
        expect(table.size).toBe(reference.size);
        for (const [key, value] of reference) expect(table.get(key)).toBe(value);
        expect([...table.allValues()].sort((a, b) => a - b)).toEqual([...reference.values()].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });
});

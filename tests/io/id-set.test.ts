import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdSet } from "../../src/io/id-set.js";

describe("IdSet", () => {
  it("holds small integer ids, other numbers and strings", () => {
    const ids = new IdSet();
    for (const id of [0, 1, 2_147_483_645, 2_147_483_646, 2 ** 31, -1, 1.5, "0123", "1245403438755852288"]) ids.add(id);
    expect([0, 1, 2_147_483_645, 2_147_483_646, 2 ** 31, -1, 1.5, "0123", "1245403438755852288"].every((id) => ids.has(id))).toBe(true);
    expect([2, 3, "1", "123", 2 ** 31 + 1].some((id) => ids.has(id))).toBe(false);
    expect(ids.size).toBe(9);
  });

  it("keeps every id through many growths (a million sequential ids, then strided ones)", () => {
    const ids = new IdSet();
    for (let i = 0; i < 1_000_000; i++) ids.add(i);
    for (let i = 0; i < 100_000; i++) ids.add(2_000_000_000 + i * 1024);
    expect(ids.size).toBe(1_100_000);
    let missing = 0;
    for (let i = 0; i < 1_000_000; i++) if (!ids.has(i)) missing++;
    for (let i = 0; i < 100_000; i++) if (!ids.has(2_000_000_000 + i * 1024)) missing++;
    expect(missing).toBe(0);
    expect(ids.has(1_000_000) || ids.has(2_000_000_001)).toBe(false);
  });

  it("moves ids from the table into the bitmap when it grows to cover them, and keeps sparse ids in the table", () => {
    const ids = new IdSet();
    // 5 million is beyond what the bitmap may cover while the set is small: it goes into the table...
    expect(ids.insert(5_000_000)).toBe(true);
    // ...until 200,000 ids make the bitmap cover it (32 ids per id held, plus 2^21).
    for (let i = 0; i < 200_000; i++) ids.add(i);
    for (let i = 0; i < 200_000; i++) ids.add(3_000_000 + i);
    expect([ids.has(5_000_000), ids.insert(5_000_000), ids.size]).toEqual([true, false, 400_001]);
    // Far and sparse ids stay in the table, whatever their order.
    for (let i = 1000; i > 0; i--) ids.add(1_000_000_000 + i * 7919);
    expect(ids.size).toBe(401_001);
    let missing = 0;
    for (let i = 1; i <= 1000; i++) if (!ids.has(1_000_000_000 + i * 7919)) missing++;
    for (let i = 0; i < 200_000; i += 97) if (!ids.has(i) || !ids.has(3_000_000 + i)) missing++;
    expect(missing).toBe(0);
    expect([ids.has(200_000), ids.has(2_999_999), ids.has(1_000_000_001)]).toEqual([false, false, false]);
  });

  it("answers has() as a Set does, for any ids added in any order", () => {
    const id = fc.oneof(fc.nat({ max: 5000 }), fc.integer({ min: 2_090_000, max: 2_200_000 }), fc.integer({ min: 2_147_480_000, max: 2_147_490_000 }), fc.stringMatching(/^\d{1,20}$/));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 3000 }), fc.array(id, { maxLength: 200 }), (added, probes) => {
        const ids = new IdSet();
        const reference = new Set<number | string>();
        for (const value of added) {
          ids.add(value);
          reference.add(value);
        }
        expect(ids.size).toBe(reference.size);
        for (const value of [...added, ...probes]) expect(ids.has(value)).toBe(reference.has(value));
      }),
    );
  });
});

describe("IdSet.insert", () => {
  it("adds an id and says whether it is new, as Set.has before Set.add does", () => {
    const id = fc.oneof(fc.nat({ max: 300 }), fc.integer({ min: 2_147_483_600, max: 2_147_483_700 }), fc.stringMatching(/^\d{1,20}$/));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 2000 }), (added) => {
        const ids = new IdSet();
        const reference = new Set<number | string>();
        for (const value of added) {
          expect(ids.insert(value)).toBe(!reference.has(value));
          reference.add(value);
        }
        expect(ids.size).toBe(reference.size);
      }),
    );
  });
});

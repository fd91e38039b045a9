import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortByTime, sortStably } from "../../src/io/time-order.js";

describe("sortStably(items, compare)", () => {
  it("orders as the built-in stable sort does, short and long arrays, sorted or not", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (keys) => {
        const items = keys.map((key, index) => ({ key, index }));
        const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(sortStably([...items], compare)).toEqual([...items].sort(compare));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe("sortByTime(items, timeOf)", () => {
  it("keeps an item without a time after the item before it", () => {
    expect(sortByTime([{ t: 5 }, { t: null }, { t: 1 }], (x) => x.t)).toEqual([{ t: 1 }, { t: 5 }, { t: null }]);
    expect(sortByTime([{ t: null }, { t: 3 }, { t: 2 }], (x) => x.t)).toEqual([{ t: null }, { t: 2 }, { t: 3 }]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benjaminiHochberg } from "../../src/stats/benjamini-hochberg.js";
import { holm } from "../../src/stats/holm.js";

const p = [0.01, undefined, 0.04, 0.03, 0.2, 0.0001, 0.5];

// References: R 4.2.2, p <- c(0.01, NA, 0.04, 0.03, 0.2, 0.0001, 0.5)
describe("holm(pValues) and benjaminiHochberg(pValues)", () => {
  it("agree with R's p.adjust, leaving missing p-values out of the count", () => {
    // p.adjust(p, "holm") = 0.0500 NA 0.1200 0.1200 0.4000 0.0006 0.5000
    expect(holm(p)).toEqual([0.05, undefined, 0.12, 0.12, 0.4, 0.0006, 0.5].map((v) => (v === undefined ? v : expect.closeTo(v, 14))));
    // p.adjust(p, "BH") = 0.0300 NA 0.0600 0.0600 0.2400 0.0006 0.5000
    expect(benjaminiHochberg(p)).toEqual([0.03, undefined, 0.06, 0.06, 0.24, 0.0006, 0.5].map((v) => (v === undefined ? v : expect.closeTo(v, 14))));
  });

  it("refuses p-values outside [0, 1]", () => {
    expect(() => holm([0.2, 1.5])).toThrow("carelens: p-values must be within [0, 1], got 1.5");
  });

  it("give adjusted p-values >= raw, <= 1, Holm >= BH, in the same order as the raw ones", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }), (raw) => {
        const h = holm(raw);
        const b = benjaminiHochberg(raw);
        raw.forEach((value, i) => {
          expect(h[i]).toBeGreaterThanOrEqual(value);
          expect(b[i]).toBeGreaterThanOrEqual(value);
          expect(h[i]).toBeLessThanOrEqual(1);
          expect(h[i]).toBeGreaterThanOrEqual(b[i]! - 1e-15);
          raw.forEach((other, j) => {
            if (value < other) {
              expect(h[i]).toBeLessThanOrEqual(h[j]!);
              expect(b[i]).toBeLessThanOrEqual(b[j]!);
            }
          });
        });
      }),
    );
  });
});

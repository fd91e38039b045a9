import { describe, expect, it } from "vitest";
import { reviewsNeeded } from "../../src/compare/reviews-needed.js";

// References: R 4.2.2, z <- qnorm(0.975)
describe("reviewsNeeded(options)", () => {
  it("gives n = ceil((2·z·σ / width)²) with σ = √(p(1-p)) for pass/fail items", () => {
    // ceiling((2*z*sqrt(0.8*0.2)/0.1)^2) = 246 (245.85336452)
    expect(reviewsNeeded({ targetWidth: 0.1, expectedScore: 0.8 })).toMatchObject({ reviews: 246, sd: expect.closeTo(0.4, 12) });
    // ceiling((2*z*0.5/0.1)^2) = 385 (384.146)
    expect(reviewsNeeded({ targetWidth: 0.1, expectedScore: 0.5 }).reviews).toBe(385);
  });
  it("takes a standard deviation for scored items and a confidence level", () => {
    // ceiling((2*qnorm(0.95)*1.2/0.5)^2) = 63 (62.33572118)
    expect(reviewsNeeded({ targetWidth: 0.5, sd: 1.2, level: 0.9 }).reviews).toBe(63);
  });
  it("refuses both or neither of expectedScore and sd, and a non-positive width", () => {
    expect(() => reviewsNeeded({ targetWidth: 0.1 })).toThrow(/give either expectedScore \(pass\/fail items\) or sd/);
    expect(() => reviewsNeeded({ targetWidth: 0.1, expectedScore: 0.5, sd: 1 })).toThrow(/give either expectedScore/);
    expect(() => reviewsNeeded({ targetWidth: 0, sd: 1 })).toThrow(/carelens: invalid reviewsNeeded options/);
  });
});
